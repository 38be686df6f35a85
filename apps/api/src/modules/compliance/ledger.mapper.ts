import { DEVELOPMENT_KINDS, developmentKindRoute, jpEarlyWarning, jpLedger, siasnCode, type DevelopmentKind } from "@bina/domain";
import type { JpEntryType, JpKindTotalType, JpLedgerType, JpUnitComplianceType, LearningRecordType } from "./compliance.type";
import type { JpEntryRow, LedgerSumsRow, UnitComplianceRow } from "./ledger.sql";
import type { LearningRecordRow } from "./learning-records.sql";

const kindOf = (kind: string): DevelopmentKind => {
  if (!(DEVELOPMENT_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown development kind in the ledger: ${kind}`);
  return kind as DevelopmentKind;
};

/** An employee's year from the store's sums, through the domain's `jpLedger` and (PNS) `jpEarlyWarning` as of `today`. */
export function toLedgerType(
  s: Pick<LedgerSumsRow, "employeeId" | "year" | "employmentType" | "earnedJp" | "pendingJp" | "plannedJp"> & { earnedByRoute?: LedgerSumsRow["earnedByRoute"] },
  today: string,
): JpLedgerType {
  const ledger = jpLedger({ employeeType: s.employmentType, entries: [{ jp: s.earnedJp, verified: true }, { jp: s.pendingJp, verified: false }] });
  return {
    employeeId: s.employeeId,
    year: s.year,
    employmentType: s.employmentType,
    ...ledger,
    plannedJp: s.plannedJp,
    warning: s.employmentType === "PNS" ? jpEarlyWarning({ ledger, year: s.year, date: today, plannedJp: s.plannedJp }) : null,
    earnedEducationJp: s.earnedByRoute?.EDUCATION ?? 0,
    earnedClassicalJp: s.earnedByRoute?.CLASSICAL ?? 0,
    earnedNonClassicalJp: s.earnedByRoute?.NON_CLASSICAL ?? 0,
  };
}

export const toEntryType = (e: JpEntryRow): JpEntryType => {
  const kind = kindOf(e.kind);
  return { ...e, kind, route: developmentKindRoute(kind), siasnCode: siasnCode(kind) };
};

export const toKindTotalType = (t: { kind: string; earnedJp: number; pendingJp: number }): JpKindTotalType => {
  const kind = kindOf(t.kind);
  return { kind, route: developmentKindRoute(kind), siasnCode: siasnCode(kind), earnedJp: t.earnedJp, pendingJp: t.pendingJp };
};

/** A unit's rollup with its early-warning counts as of `today` (at risk while the year runs, missed once it is over). */
export function toUnitComplianceType(r: UnitComplianceRow, year: number, today: string): JpUnitComplianceType {
  const short = r.pnsCount - r.pnsMet;
  const unreachable = short - r.pnsOnTrack;
  const over = today > `${String(year).padStart(4, "0")}-12-31`;
  return {
    unitId: r.unitId,
    pnsCount: r.pnsCount,
    pnsMet: r.pnsMet,
    share: r.pnsCount > 0 ? r.pnsMet / r.pnsCount : null,
    atRisk: over ? 0 : unreachable,
    missed: over ? short : 0,
    onTrack: over ? 0 : r.pnsOnTrack,
    meanJp: r.pnsCount > 0 ? Math.round((r.pnsEarnedJp / r.pnsCount) * 100) / 100 : null,
    pppkCount: r.pppkCount,
    pppkOverCap: r.pppkOverCap,
  };
}

export const toLearningRecordType = (r: LearningRecordRow): LearningRecordType => ({
  ...r,
  route: developmentKindRoute(r.kind),
});

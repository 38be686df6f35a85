import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { inSubtreeOfSql, scopeSql, underPathSql } from "../../kit/unit-scope";
import { ledgerPredicates } from "./ledger-store.sql";

type Db = Pick<EntityManager, "query">;
const num = (v: string | number | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));

/** One employee's stored sums for a year (zeros when the store has no row: nothing earned, pending or planned). */
export interface LedgerSumsRow {
  readonly employeeId: string;
  readonly year: number;
  readonly employmentType: "PNS" | "PPPK";
  readonly unitId: string;
  readonly unitPath: string;
  readonly earnedJp: number;
  readonly pendingJp: number;
  readonly plannedJp: number;
  readonly earnedByRoute: { readonly EDUCATION: number; readonly CLASSICAL: number; readonly NON_CLASSICAL: number };
}

interface SumsSql {
  employee_id: string;
  year: number;
  employment_type: "PNS" | "PPPK";
  unit_id: string;
  path: string;
  earned_jp: string | null;
  pending_jp: string | null;
  planned_jp: string | null;
  earned_education_jp: string | null;
  earned_classical_jp: string | null;
  earned_non_classical_jp: string | null;
}

/** The stored sums of (employee, year) pairs inside the scope, one statement for the batch. */
export async function ledgerSums(db: Db, scope: Scope, keys: readonly { employeeId: string; year: number }[]): Promise<LedgerSumsRow[]> {
  const p = new SqlParams();
  const rows = await queryRows<SumsSql>(
    db,
    `SELECT k.id AS employee_id, k.year, e.employment_type, e.unit_id, u.path, y.earned_jp, y.pending_jp, y.planned_jp,
            y.earned_education_jp, y.earned_classical_jp, y.earned_non_classical_jp
       FROM unnest(${p.add(keys.map((k) => k.employeeId), "uuid[]")}, ${p.add(keys.map((k) => k.year), "int[]")}) AS k(id, year)
       JOIN employees e ON e.id = k.id
       JOIN units u ON u.id = e.unit_id AND ${scopeSql(scope, "u.path", p)}
       LEFT JOIN jp_employee_years y ON y.employee_id = k.id AND y.year = k.year`,
    p,
  );
  return rows.map((r) => ({
    employeeId: r.employee_id,
    year: Number(r.year),
    employmentType: r.employment_type,
    unitId: r.unit_id,
    unitPath: r.path,
    earnedJp: num(r.earned_jp),
    pendingJp: num(r.pending_jp),
    plannedJp: num(r.planned_jp),
    earnedByRoute: { EDUCATION: num(r.earned_education_jp), CLASSICAL: num(r.earned_classical_jp), NON_CLASSICAL: num(r.earned_non_classical_jp) },
  }));
}

/** One credited activity of the ledger. */
export interface JpEntryRow {
  readonly id: string;
  readonly employeeId: string;
  readonly year: number;
  readonly kind: string;
  readonly jp: number;
  readonly verified: boolean;
  readonly source: "BATCH" | "RECORD";
  readonly sourceId: string;
  readonly title: string;
  readonly startedOn: string;
  readonly endedOn: string;
}

interface EntrySql {
  id: string;
  employee_id: string;
  year: number;
  kind: string;
  jp: string;
  verified: boolean;
  source: "BATCH" | "RECORD";
  source_id: string;
  title: string;
  started_on: string;
  ended_on: string;
}

const toEntry = (r: EntrySql): JpEntryRow => ({
  id: r.id,
  employeeId: r.employee_id,
  year: Number(r.year),
  kind: r.kind,
  jp: Number(r.jp),
  verified: r.verified,
  source: r.source,
  sourceId: r.source_id,
  title: r.title,
  startedOn: r.started_on,
  endedOn: r.ended_on,
});

/** The entries of (employee, year) pairs, oldest first, one statement for the batch (the caller checked the scope). */
export async function ledgerEntries(db: Db, keys: readonly { employeeId: string; year: number }[]): Promise<JpEntryRow[]> {
  const p = new SqlParams();
  const rows = await queryRows<EntrySql>(
    db,
    `SELECT j.id, j.employee_id, j.year, j.kind, j.jp, j.verified, j.source, j.source_id, j.title, j.started_on::text, j.ended_on::text
       FROM unnest(${p.add(keys.map((k) => k.employeeId), "uuid[]")}, ${p.add(keys.map((k) => k.year), "int[]")}) AS k(id, year)
       JOIN jp_entries j ON j.employee_id = k.id AND j.year = k.year
      ORDER BY j.employee_id, j.year, j.ended_on, j.id`,
    p,
  );
  return rows.map(toEntry);
}

/** Earned (verified) and pending JP per kind of (employee, year) pairs, one statement. */
export async function ledgerByKind(
  db: Db,
  keys: readonly { employeeId: string; year: number }[],
): Promise<{ employeeId: string; year: number; kind: string; earnedJp: number; pendingJp: number }[]> {
  const p = new SqlParams();
  const rows = await queryRows<{ employee_id: string; year: number; kind: string; earned: string; pending: string }>(
    db,
    `SELECT j.employee_id, j.year, j.kind, COALESCE(sum(j.jp) FILTER (WHERE j.verified), 0) AS earned, COALESCE(sum(j.jp) FILTER (WHERE NOT j.verified), 0) AS pending
       FROM unnest(${p.add(keys.map((k) => k.employeeId), "uuid[]")}, ${p.add(keys.map((k) => k.year), "int[]")}) AS k(id, year)
       JOIN jp_entries j ON j.employee_id = k.id AND j.year = k.year
      GROUP BY j.employee_id, j.year, j.kind ORDER BY j.employee_id, j.year, j.kind`,
    p,
  );
  return rows.map((r) => ({ employeeId: r.employee_id, year: Number(r.year), kind: r.kind, earnedJp: Number(r.earned), pendingJp: Number(r.pending) }));
}

/** One unit's compliance with its subtree, or the parent's total (`isTotal`). */
export interface UnitComplianceRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly isTotal: boolean;
  readonly pnsCount: number;
  readonly pnsMet: number;
  readonly pnsOnTrack: number;
  readonly pnsEarnedJp: number;
  readonly pppkCount: number;
  readonly pppkOverCap: number;
  readonly pppkEarnedJp: number;
}

interface UnitComplianceSql {
  unit_id: string;
  unit_name: string;
  is_total: boolean;
  pns: number;
  pns_met: number;
  pns_on_track: number;
  pns_earned_jp: string;
  pppk: number;
  pppk_over_cap: number;
  pppk_earned_jp: string;
}

/**
 * The compliance of the children of `parentUnitId` (default: the caller's root, or the city's root), each rolled up
 * with its subtree, and the parent's total (every employee under it, its own staff included). Read from the store
 * (`jp_unit_staff`, `jp_unit_years`): one statement, a row per unit of the subtree, never per employee. Empty when
 * the parent is unknown or outside the scope.
 */
export async function complianceByUnit(db: Db, scope: Scope, year: number, parentUnitId: string | null): Promise<UnitComplianceRow[]> {
  const p = new SqlParams();
  const parent = p.add(parentUnitId, "uuid");
  const scopeRoot = p.add(scope.kind === "SUBTREE" ? scope.unitId : null, "uuid");
  const y = p.add(year, "int");
  const rows = await queryRows<UnitComplianceSql>(
    db,
    `WITH parent AS (
       SELECT id, path, name FROM units
        WHERE id = COALESCE(${parent}, ${scopeRoot}, (SELECT id FROM units WHERE parent_id IS NULL ORDER BY path LIMIT 1))
          AND ${scopeSql(scope, "path", p)}
     ),
     sub AS (
       SELECT s.id, CASE WHEN s.id = pa.id THEN NULL ELSE split_part(substr(s.path, length(pa.path) + 1), '/', 1)::uuid END AS row_unit_id
         FROM units s, parent pa WHERE ${underPathSql("s.path", "pa.path")}
     ),
     per_unit AS (
       SELECT sub.row_unit_id, COALESCE(st.pns, 0) AS pns, COALESCE(st.pppk, 0) AS pppk, COALESCE(uy.pns_met, 0) AS pns_met,
              COALESCE(uy.pns_on_track, 0) AS pns_on_track, COALESCE(uy.pns_earned_jp, 0) AS pns_earned_jp,
              COALESCE(uy.pppk_over_cap, 0) AS pppk_over_cap, COALESCE(uy.pppk_earned_jp, 0) AS pppk_earned_jp
         FROM sub LEFT JOIN jp_unit_staff st ON st.unit_id = sub.id LEFT JOIN jp_unit_years uy ON uy.unit_id = sub.id AND uy.year = ${y}
     ),
     summed AS (
       SELECT row_unit_id, GROUPING(row_unit_id) = 1 AS is_total, sum(pns)::int AS pns, sum(pppk)::int AS pppk, sum(pns_met)::int AS pns_met,
              sum(pns_on_track)::int AS pns_on_track, sum(pns_earned_jp) AS pns_earned_jp, sum(pppk_over_cap)::int AS pppk_over_cap,
              sum(pppk_earned_jp) AS pppk_earned_jp
         FROM per_unit GROUP BY GROUPING SETS ((row_unit_id), ())
     )
     SELECT CASE WHEN s.is_total THEN pa.id ELSE s.row_unit_id END AS unit_id, CASE WHEN s.is_total THEN pa.name ELSE u.name END AS unit_name,
            s.is_total, s.pns, s.pppk, s.pns_met, s.pns_on_track, s.pns_earned_jp, s.pppk_over_cap, s.pppk_earned_jp
       FROM summed s CROSS JOIN parent pa LEFT JOIN units u ON u.id = s.row_unit_id
      WHERE s.is_total OR s.row_unit_id IS NOT NULL`,
    p,
  );
  return rows.map((r) => ({
    unitId: r.unit_id,
    unitName: r.unit_name,
    isTotal: r.is_total,
    pnsCount: r.pns,
    pnsMet: r.pns_met,
    pnsOnTrack: r.pns_on_track,
    pnsEarnedJp: Number(r.pns_earned_jp),
    pppkCount: r.pppk,
    pppkOverCap: r.pppk_over_cap,
    pppkEarnedJp: Number(r.pppk_earned_jp),
  }));
}

/** Which employees a drill-down lists. */
export type LedgerListFilter = "ALL" | "MET" | "SHORT" | "OVER_CAP" | "WARNING" | "MISSED";

/** One active employee's ledger sums for the year (zeros when nothing is stored). */
export interface LedgerEmployeeRow {
  readonly employeeId: string;
  readonly name: string;
  readonly employmentType: "PNS" | "PPPK";
  readonly unitId: string;
  readonly earnedJp: number;
  readonly pendingJp: number;
  readonly plannedJp: number;
  readonly earnedByRoute: LedgerSumsRow["earnedByRoute"];
}

interface LedgerEmployeeSql {
  id: string | null;
  name: string | null;
  employment_type: "PNS" | "PPPK";
  unit_id: string;
  earned_jp: string | null;
  pending_jp: string | null;
  planned_jp: string | null;
  earned_education_jp: string | null;
  earned_classical_jp: string | null;
  earned_non_classical_jp: string | null;
  total_count: number | null;
}

/**
 * Active employees of a unit's subtree (inside the scope) with their ledger sums for the year, by name, one page after
 * `after` (keyset on name, id). The total is summed from the store's per-unit counts, never counted over employees.
 * `WARNING`: PNS short of the minimum who cannot reach it with what is pending and planned (AT_RISK); `MISSED`: every
 * PNS short of it (once the year is over, the domain's `jpEarlyWarning` says MISSED whatever is pending). One statement.
 */
export async function ledgerEmployeesPage(
  db: Db,
  scope: Scope,
  f: { year: number; unitId: string | null; filter: LedgerListFilter },
  page: { limit: number; after: { name: string; id: string } | null; withTotal: boolean },
): Promise<{ rows: LedgerEmployeeRow[]; totalCount: number | null }> {
  const p = new SqlParams();
  const y = p.add(f.year, "int");
  const unitWhere = [scopeSql(scope, "u.path", p)];
  if (f.unitId) unitWhere.push(inSubtreeOfSql("u.path", p.add(f.unitId, "uuid")));
  const pr = ledgerPredicates("r");
  const row = {
    ALL: "TRUE",
    MET: `(${pr.pnsMet} OR ${pr.pppkWithinCap})`,
    SHORT: pr.pnsShort,
    OVER_CAP: pr.pppkOverCap,
    WARNING: pr.pnsAtRisk,
    MISSED: pr.pnsShort,
  }[f.filter];
  const total = {
    ALL: "COALESCE(st.pns, 0) + COALESCE(st.pppk, 0)",
    MET: "COALESCE(uy.pns_met, 0) + COALESCE(st.pppk, 0) - COALESCE(uy.pppk_over_cap, 0)",
    SHORT: "COALESCE(st.pns, 0) - COALESCE(uy.pns_met, 0)",
    OVER_CAP: "COALESCE(uy.pppk_over_cap, 0)",
    WARNING: "COALESCE(st.pns, 0) - COALESCE(uy.pns_met, 0) - COALESCE(uy.pns_on_track, 0)",
    MISSED: "COALESCE(st.pns, 0) - COALESCE(uy.pns_met, 0)",
  }[f.filter];
  const keyset = page.after ? `(r.name, r.id) > (${p.add(page.after.name, "varchar")}, ${p.add(page.after.id, "uuid")})` : "TRUE";
  const rows = await queryRows<LedgerEmployeeSql>(
    db,
    // NOT MATERIALIZED: read twice, the CTE would be materialised and the page turned into a hash join over every
    // employee and a sort (224 ms at 100,000 employees); inlined, the city's page walks the name index (2 ms).
    `WITH scoped AS NOT MATERIALIZED (SELECT u.id FROM units u WHERE ${unitWhere.join(" AND ")}),
     counted AS (
       SELECT ${page.withTotal ? `COALESCE(sum(${total}), 0)::int` : "NULL::int"} AS n
         FROM scoped s LEFT JOIN jp_unit_staff st ON st.unit_id = s.id LEFT JOIN jp_unit_years uy ON uy.unit_id = s.id AND uy.year = ${y}
        WHERE ${page.withTotal ? "TRUE" : "FALSE"}
     ),
     page AS (
       SELECT r.* FROM (
         SELECT e.id, e.name, e.employment_type, e.unit_id, y.earned_jp, y.pending_jp, y.planned_jp,
                y.earned_education_jp, y.earned_classical_jp, y.earned_non_classical_jp
           FROM employees e LEFT JOIN jp_employee_years y ON y.employee_id = e.id AND y.year = ${y}
          WHERE e.active AND e.unit_id IN (SELECT id FROM scoped)
       ) r
        WHERE ${row} AND ${keyset}
        ORDER BY r.name, r.id LIMIT ${p.add(page.limit, "int")}
     )
     SELECT (SELECT n FROM counted) AS total_count, page.* FROM (SELECT 1) one LEFT JOIN page ON TRUE ORDER BY page.name, page.id`,
    p,
  );
  return {
    totalCount: page.withTotal ? (rows[0]?.total_count ?? 0) : null,
    rows: rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        employeeId: r.id!,
        name: r.name!,
        employmentType: r.employment_type,
        unitId: r.unit_id,
        earnedJp: num(r.earned_jp),
        pendingJp: num(r.pending_jp),
        plannedJp: num(r.planned_jp),
        earnedByRoute: { EDUCATION: num(r.earned_education_jp), CLASSICAL: num(r.earned_classical_jp), NON_CLASSICAL: num(r.earned_non_classical_jp) },
      })),
  };
}

/** A training-history export row. */
export interface ExportRow {
  readonly nip: string;
  readonly name: string;
  readonly employmentType: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly kind: string;
  readonly title: string;
  readonly startedOn: string;
  readonly endedOn: string;
  readonly jp: string;
  readonly source: string;
  readonly verified: boolean;
}

/** The year's entries of the employees of a subtree inside the scope, by employee and date; at most `limit` rows. One statement. */
export async function exportRows(db: Db, scope: Scope, f: { year: number; unitId: string | null; includePending: boolean }, limit: number): Promise<ExportRow[]> {
  const p = new SqlParams();
  const where = [scopeSql(scope, "u.path", p)];
  if (f.unitId) where.push(inSubtreeOfSql("u.path", p.add(f.unitId, "uuid")));
  const rows = await queryRows<{
    nip: string; name: string; employment_type: string; code: string; unit_name: string; kind: string; title: string;
    started_on: string; ended_on: string; jp: string; source: string; verified: boolean;
  }>(
    db,
    `SELECT e.nip, e.name, e.employment_type, u.code, u.name AS unit_name, j.kind, j.title, j.started_on::text, j.ended_on::text, j.jp::text, j.source, j.verified
       FROM jp_entries j JOIN employees e ON e.id = j.employee_id JOIN units u ON u.id = e.unit_id
      WHERE j.year = ${p.add(f.year, "int")} AND ${where.join(" AND ")} ${f.includePending ? "" : "AND j.verified"}
      ORDER BY e.name, e.id, j.ended_on, j.id LIMIT ${p.add(limit, "int")}`,
    p,
  );
  return rows.map((r) => ({
    nip: r.nip,
    name: r.name,
    employmentType: r.employment_type,
    unitCode: r.code,
    unitName: r.unit_name,
    kind: r.kind,
    title: r.title,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    jp: r.jp,
    source: r.source,
    verified: r.verified,
  }));
}

import type { DataSource } from "typeorm";
import { jakartaDate } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { AppError, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { checkYear } from "../planning/plan-year";
import type { JpComplianceType, JpLedgerType } from "./compliance.type";
import { complianceByUnit, ledgerEmployeesPage, ledgerSums, type LedgerListFilter } from "./ledger.sql";
import { toLedgerType, toUnitComplianceType } from "./ledger.mapper";

/** Today in Asia/Jakarta, the date of record the early warning is judged on. */
export const today = (): string => jakartaDate(Date.now());

const unitIdError = (field: string, value: string) =>
  new AppError("BAD_USER_INPUT", `${field}: ${JSON.stringify(value.slice(0, 60))} is not a unit id`, { field, domainCode: "INVALID_ID" });

/** One employee's ledger for a year; NOT_FOUND for an unknown employee or one outside the caller's scope. */
export async function getJpLedger({ ds, caller, employeeId, year }: { ds: DataSource; caller: Caller; employeeId: string; year: number }): Promise<JpLedgerType> {
  checkYear(year, "year");
  if (!isUuid(employeeId)) throw notFound("Employee", employeeId.slice(0, 60));
  const [row] = await ledgerSums(ds.manager, await caller.scope(), [{ employeeId, year }]);
  if (!row) throw notFound("Employee", employeeId);
  return toLedgerType(row, today());
}

/**
 * The compliance of a unit (default: the caller's root unit, or the city) and of its direct sub-units ranked by the
 * share of PNS at the minimum. One statement on the store. NOT_FOUND when the unit is unknown or outside the scope.
 */
export async function getJpCompliance({ ds, caller, year, unitId }: { ds: DataSource; caller: Caller; year: number; unitId?: string | null }): Promise<JpComplianceType> {
  checkYear(year, "year");
  if (unitId != null && !isUuid(unitId)) throw unitIdError("unitId", unitId);
  const rows = await complianceByUnit(ds.manager, await caller.scope(), year, unitId ?? null);
  const totalRow = rows.find((r) => r.isTotal);
  if (!totalRow) throw notFound("Unit", unitId ?? "root");
  const date = today();
  const units = rows
    .filter((r) => !r.isTotal)
    .map((r) => ({ row: r, type: toUnitComplianceType(r, year, date) }))
    .sort((a, b) => (b.type.share ?? -1) - (a.type.share ?? -1) || b.type.pnsCount - a.type.pnsCount || a.row.unitName.localeCompare(b.row.unitName) || (a.row.unitId < b.row.unitId ? -1 : 1))
    .map((x) => x.type);
  return { year, total: toUnitComplianceType(totalRow, year, date), units };
}

/**
 * Active employees of a unit's subtree with their ledgers, by name (keyset), filtered by ledger status or to the
 * early-warning list. The total comes from the store's per-unit counts. One statement.
 */
export async function listJpLedgers({
  ds,
  caller,
  year,
  unitId,
  filter,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  year: number;
  unitId?: string | null;
  filter: LedgerListFilter;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<JpLedgerType>> {
  checkYear(year, "year");
  if (unitId != null && !isUuid(unitId)) throw unitIdError("unitId", unitId);
  const key = after ? decodeCursor(after, ["text", "uuid"]) : null;
  const date = today();
  // Once the year is over nobody is "at risk" any more: the warning list then lists every PNS who missed it.
  const yearOver = date > `${String(year).padStart(4, "0")}-12-31`;
  const { rows, totalCount } = await ledgerEmployeesPage(
    ds.manager,
    await caller.scope(),
    { year, unitId: unitId ?? null, filter: filter === "WARNING" && yearOver ? "MISSED" : filter },
    { limit: first + 1, after: key ? { name: key[0]!, id: key[1]! } : null, withTotal },
  );
  const typed = rows.map((r) => ({ ...toLedgerType({ ...r, year }, date), name: r.name }));
  return pageOf(typed, { first, after, totalCount }, (n) => encodeCursor([n.name, n.employeeId]));
}

import { JP_LEDGER_STATUSES, type JpLedgerStatus } from "@bina/domain";
import { readCursors, writeCursors, type CursorParams } from "../../../ui/cursor-list";

/**
 * The state of the JP compliance dashboard as it lives in the URL, so that a link can be shared:
 * `?year=2026&unit=<id>&status=SHORT&list=warnings&after=c1`. `unit` is the unit drilled into (its sub-units are
 * ranked, its employees listed); `list` picks the employees' list or the early-warning list; `after` is the stack of
 * cursors of that list.
 */
export const COMPLIANCE_LISTS = ["employees", "warnings"] as const;
export type ComplianceList = (typeof COMPLIANCE_LISTS)[number];

export interface ComplianceParams extends CursorParams {
  /** null: the current year. */
  readonly year: number | null;
  readonly unitId: string | null;
  readonly status: JpLedgerStatus | null;
  readonly list: ComplianceList;
}

export const DEFAULT_COMPLIANCE_PARAMS: ComplianceParams = { year: null, unitId: null, status: null, list: "employees", cursors: [] };

/** The years the dashboard offers: the ledger starts with the delivery stage, so from 2020 to next year. */
export const FIRST_LEDGER_YEAR = 2020;

/** A 4-digit year the API accepts (2000..2100), else null. */
export const parseLedgerYear = (value: string | null): number | null => {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export const parseComplianceParams = (query: URLSearchParams): ComplianceParams => ({
  year: parseLedgerYear(query.get("year")),
  unitId: query.get("unit") || null,
  status: oneOf(JP_LEDGER_STATUSES, query.get("status")),
  list: oneOf(COMPLIANCE_LISTS, query.get("list")) ?? "employees",
  cursors: readCursors(query),
});

/** The query string for `params`, defaults left out. */
export const toComplianceSearchParams = (params: ComplianceParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.year !== null) query.set("year", String(params.year));
  if (params.unitId) query.set("unit", params.unitId);
  if (params.status) query.set("status", params.status);
  if (params.list !== "employees") query.set("list", params.list);
  return writeCursors(query, params.cursors);
};

/** The current year in Asia/Jakarta (the ledger's calendar), whatever the browser's time zone. */
export const jakartaYear = (now: Date): number => Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Jakarta", year: "numeric" }).format(now));

/** The years to pick from, newest first: next year down to the first ledger year (and the chosen one, if outside). */
export const ledgerYears = (currentYear: number, chosen: number | null): number[] => {
  const years: number[] = [];
  for (let y = currentYear + 1; y >= FIRST_LEDGER_YEAR; y--) years.push(y);
  if (chosen !== null && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
};

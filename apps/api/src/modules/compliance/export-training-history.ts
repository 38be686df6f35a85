import type { DataSource } from "typeorm";
import { isDevelopmentKind, siasnCode } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { AppError } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { checkYear } from "../planning/plan-year";
import { exportRows } from "./ledger.sql";

/** Most rows one export returns (a city of 10,000 staff with a dozen activities each); more is refused, narrow by unit. */
export const EXPORT_MAX_ROWS = 200_000;

export const EXPORT_COLUMNS = [
  "nip", "name", "employment_type", "unit_code", "unit_name", "kind", "siasn_kind_code", "title", "started_on", "ended_on", "jp", "source", "status",
] as const;

/**
 * A CSV cell: quoted when it holds a comma, quote or line break; a text a spreadsheet would read as a formula (starting
 * with = + - @, or a tab or carriage return before one) is prefixed with an apostrophe (OWASP CSV injection).
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * The year's training history (the ledger's entries) of the employees of a unit's subtree inside the caller's scope,
 * as CSV with the SIASN kind codes: one row per entry, by employee and date. Verified entries only unless
 * `includePending`. One statement.
 */
export async function exportTrainingHistory({
  ds,
  caller,
  year,
  unitId,
  includePending,
}: {
  ds: DataSource;
  caller: Caller;
  year: number;
  unitId?: string | null;
  includePending: boolean;
}): Promise<{ csv: string; rows: number }> {
  checkYear(year, "year");
  if (unitId != null && !isUuid(unitId)) throw new AppError("BAD_USER_INPUT", `unitId: not a unit id`, { field: "unitId", domainCode: "INVALID_ID" });
  const rows = await exportRows(ds.manager, await caller.scope(), { year, unitId: unitId ?? null, includePending }, EXPORT_MAX_ROWS + 1);
  if (rows.length > EXPORT_MAX_ROWS) {
    throw new AppError("BAD_USER_INPUT", `unitId: the export has more than ${EXPORT_MAX_ROWS} rows; export one unit at a time`, { field: "unitId", domainCode: "TOO_MANY_ROWS" });
  }
  const lines = [EXPORT_COLUMNS.join(",")];
  for (const r of rows) {
    const code = isDevelopmentKind(r.kind) ? String(siasnCode(r.kind)) : "";
    lines.push(
      [r.nip, r.name, r.employmentType, r.unitCode, r.unitName, r.kind, code, r.title, r.startedOn, r.endedOn, r.jp, r.source, r.verified ? "VERIFIED" : "PENDING"]
        .map(csvCell)
        .join(","),
    );
  }
  return { csv: `${lines.join("\r\n")}\r\n`, rows: rows.length };
}

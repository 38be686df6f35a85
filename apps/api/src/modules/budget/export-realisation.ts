import type { DataSource } from "typeorm";
import { APBD_ACCOUNTS, jakartaDate } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { inScope } from "../../kit/unit-scope";
import { checkYear } from "../planning/plan-year";
import { XLSX_MEDIA_TYPE } from "./budget-files.type";
import { realisationByAccount, realisationByMonth, realisationByProgramme, reportHeaderNames } from "./realisation-report.sql";
import { realisationWorkbook } from "./realisation-xlsx";

export interface FileExport {
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly contentBase64: string;
}

const ACCOUNT_NAMES: ReadonlyMap<string, string> = new Map(APBD_ACCOUNTS.map((a) => [a.code, a.name]));

/**
 * The year's realisation report (pagu, realisasi, sisa, serapan per account code, per programme and per month against
 * the planned disbursement) as XLSX, over the lines the caller may see (an operator: lines of its subtree's units),
 * optionally narrowed to a unit and its sub-units (NOT_FOUND for an unknown unit or one outside an operator's subtree).
 * Four statements (header names, accounts, programmes, months); every sum is computed in SQL.
 */
export async function exportRealisation({ ds, caller, fiscalYear, unitId }: { ds: DataSource; caller: Caller; fiscalYear: number; unitId?: string | null }): Promise<FileExport> {
  checkYear(fiscalYear, "fiscalYear");
  if (unitId != null && !isUuid(unitId)) throw notFound("Unit", unitId);
  const scope = await caller.scope();
  // The header names the unit asked for, or an operator's own unit (its scope's root).
  const names = await reportHeaderNames(ds.manager, unitId ?? (scope.kind === "SUBTREE" ? scope.unitId : null));
  if (unitId != null && (!names.unit || !inScope(scope, names.unit.path))) throw notFound("Unit", unitId);
  const [accounts, programmes, months] = await Promise.all([
    realisationByAccount(ds.manager, scope, fiscalYear, unitId ?? null),
    realisationByProgramme(ds.manager, scope, fiscalYear, unitId ?? null),
    realisationByMonth(ds.manager, scope, fiscalYear, unitId ?? null),
  ]);
  const unitLabel = names.unit ? `${names.unit.name} (beserta sub-unit)` : "Seluruh unit kerja";
  const content = await realisationWorkbook({
    government: names.city ?? "Pemerintah Daerah",
    unitLabel,
    fiscalYear,
    printedOn: jakartaDate(Date.now()),
    accounts,
    accountNames: new Map(accounts.filter((a) => a.level === 1 && a.accountCode).map((a) => [a.accountCode!, ACCOUNT_NAMES.get(a.accountCode!) ?? `Rekening ${a.accountCode}`])),
    programmes,
    months,
  });
  return { fileName: `realisasi-anggaran-${fiscalYear}.xlsx`, mediaType: XLSX_MEDIA_TYPE, size: content.length, contentBase64: content.toString("base64") };
}

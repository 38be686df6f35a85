import { In, type DataSource } from "typeorm";
import { normalizeNipInput } from "@bina/domain";
import type { Caller, Scope } from "../../kit/caller";
import { inScope } from "../../kit/unit-scope";
import { recordAudit, type AuditRecord } from "../audit/record-audit";
import { EmployeeEntity } from "./employee.entity";
import { employeeSnapshot, toEmployeeColumns, type EmployeeColumns } from "./employee-record";
import { decodeUpload, yieldToEventLoop } from "../../kit/table-file/limits";
import type { ImportOutcome, ImportRowError } from "../../kit/table-file/import-outcome";
import { parseTableFile, type FileRow } from "../../kit/table-file/table-file.parser";
import { EMPLOYEE_FILE, type EmployeeFileColumn } from "./employee-file";
import type { ImportEmployeesInput } from "./employee.inputs";
import { UnitEntity } from "./unit.entity";

export type { ImportOutcome, ImportRowError };

/** Domain field → the file column it came from, so errors name what the user sees in the spreadsheet. */
const COLUMN_OF_FIELD: Record<string, EmployeeFileColumn> = {
  nip: "nip",
  name: "name",
  employmentType: "employment_type",
  rankCode: "rank",
  positionKind: "position_kind",
  positionTitle: "position_title",
  functionalGrade: "functional_grade",
  email: "email",
  phone: "phone",
};

interface GoodRow {
  readonly row: number;
  readonly columns: EmployeeColumns;
  readonly unitId: string;
}

/**
 * Imports employees from CSV or XLSX, all or nothing: if any row is bad, nothing is written and every bad row is
 * reported. Rows whose NIP already exists update that employee; the others create one. One transaction.
 */
export async function importEmployees({ ds, caller, input }: { ds: DataSource; caller: Caller; input: ImportEmployeesInput }): Promise<ImportOutcome> {
  const scope = await caller.scope();
  const user = caller.user;
  const content = decodeUpload(input.contentBase64);
  const parsed = await parseTableFile(EMPLOYEE_FILE, input.fileName, content);
  const dryRun = input.dryRun ?? false;
  if (!parsed.ok) return { totalRows: 0, created: 0, updated: 0, dryRun, errors: [{ row: 1, field: parsed.field ?? null, code: "UNREADABLE_FILE", message: parsed.message }] };

  const outcome = await ds.transaction(async (m): Promise<ImportOutcome> => {
    const units = await m.find(UnitEntity);
    const unitByCode = new Map(units.map((u) => [u.code, u]));
    const nips = parsed.rows.map((r) => normalizeNipInput(r.values.nip ?? ""));
    const existing = await m.find(EmployeeEntity, { where: { nip: In(nips) }, lock: { mode: "pessimistic_write" } });
    const existingByNip = new Map(existing.map((e) => [e.nip, e]));
    const unitById = new Map(units.map((u) => [u.id, u]));

    const errors: ImportRowError[] = [];
    const good: GoodRow[] = [];
    const seen = new Map<string, number>();
    for (const [i, r] of parsed.rows.entries()) {
      if (i % 500 === 499) await yieldToEventLoop();
      // A cell refused as such (a numeric NIP, a formula) is reported once, not again by the checks of its value.
      const flagged = new Set(r.errors.map((e) => e.field));
      const rowErrors = [...r.errors, ...(flagged.has("unit_code") ? [] : checkRow(r, unitByCode, scope))];
      const columns = toEmployeeColumns(draftOf(r));
      if (!columns.ok) {
        for (const e of columns.error) {
          const column = COLUMN_OF_FIELD[e.field ?? ""] ?? e.field ?? null;
          if (flagged.has(column)) continue;
          rowErrors.push({ row: r.row, field: column, code: e.reason ? `${e.code}.${e.reason}` : e.code, message: e.message });
        }
      } else {
        const nip = columns.value.nip;
        const first = seen.get(nip);
        if (first !== undefined) rowErrors.push({ row: r.row, field: "nip", code: "DUPLICATE_NIP", message: `The same NIP is already on row ${first}` });
        else seen.set(nip, r.row);
        const current = existingByNip.get(nip);
        const currentUnit = current ? unitById.get(current.unitId) : undefined;
        // Worded like a row aimed at a foreign unit, so the answer does not say who the NIP belongs to.
        if (current && currentUnit && !inScope(scope, currentUnit.path)) rowErrors.push(outsideScope(r.row, "nip"));
      }
      if (rowErrors.length === 0 && columns.ok) good.push({ row: r.row, columns: columns.value, unitId: unitByCode.get(r.values.unit_code ?? "")!.id });
      errors.push(...rowErrors);
    }

    const toCreate = good.filter((g) => !existingByNip.has(g.columns.nip));
    const toUpdate = good.filter((g) => existingByNip.has(g.columns.nip));
    const outcome = { totalRows: parsed.rows.length, created: toCreate.length, updated: toUpdate.length, dryRun, errors };
    const refusedRows = [...new Set(errors.filter((e) => e.code === "FORBIDDEN").map((e) => e.row))];
    if (refusedRows.length > 0) {
      // An attempt to write outside the caller's unit is kept, dry run or not: probing leaves a trace.
      await recordAudit(m, user.id, [
        { action: "IMPORT", entityType: "EmployeeFile", entityId: input.fileName.slice(0, 64), before: null, after: { fileName: input.fileName, dryRun, refused: true, rowsOutsideScope: refusedRows } },
      ]);
    }
    if (errors.length > 0) return { ...outcome, created: 0, updated: 0 };
    if (dryRun) return outcome;

    const audit: AuditRecord[] = [];
    for (let i = 0; i < toCreate.length; i += 500) {
      const batch = toCreate.slice(i, i + 500).map((g) => m.create(EmployeeEntity, { ...g.columns, unitId: g.unitId }));
      const saved = await m.save(batch, { chunk: 500 });
      for (const s of saved) audit.push({ action: "CREATE", entityType: "Employee", entityId: s.id, before: null, after: employeeSnapshot(s) });
    }
    for (const g of toUpdate) {
      const current = existingByNip.get(g.columns.nip)!;
      const before = employeeSnapshot(current);
      const saved = await m.save(m.merge(EmployeeEntity, current, { ...g.columns, unitId: g.unitId, active: true, version: current.version + 1 }));
      audit.push({ action: "UPDATE", entityType: "Employee", entityId: saved.id, before, after: employeeSnapshot(saved) });
    }
    audit.push({ action: "IMPORT", entityType: "EmployeeFile", entityId: input.fileName.slice(0, 64), before: null, after: { fileName: input.fileName, rows: parsed.rows.length, created: toCreate.length, updated: toUpdate.length } });
    await recordAudit(m, user.id, audit);
    return outcome;
  });
  // Large loads change the table a lot: refresh the planner's statistics (PGlite has no autovacuum).
  if (!outcome.dryRun && outcome.errors.length === 0 && outcome.created + outcome.updated >= 500) await ds.query("ANALYZE employees");
  return outcome;
}

const outsideScope = (row: number, field: EmployeeFileColumn): ImportRowError => ({
  row,
  field,
  code: "FORBIDDEN",
  message: "You cannot import into or over records outside your unit",
});

const draftOf = (r: FileRow<EmployeeFileColumn>) => ({
  nip: r.values.nip ?? "",
  name: r.values.name ?? "",
  employmentType: (r.values.employment_type ?? "").toUpperCase(),
  rankCode: r.values.rank ?? "",
  positionKind: (r.values.position_kind ?? "").toUpperCase().replace(/[\s-]+/g, "_"),
  positionTitle: r.values.position_title ?? "",
  functionalGrade: r.values.functional_grade ? r.values.functional_grade.toUpperCase().replace(/[\s-]+/g, "_") : null,
  email: r.values.email || null,
  phone: r.values.phone || null,
});

function checkRow(r: FileRow<EmployeeFileColumn>, unitByCode: ReadonlyMap<string, UnitEntity>, scope: Scope): ImportRowError[] {
  const code = r.values.unit_code ?? "";
  const unit = unitByCode.get(code);
  if (!unit) return [{ row: r.row, field: "unit_code", code: "UNKNOWN_UNIT", message: code ? `There is no unit with code ${code}` : "The unit code is empty" }];
  if (!inScope(scope, unit.path)) return [outsideScope(r.row, "unit_code")];
  return [];
}

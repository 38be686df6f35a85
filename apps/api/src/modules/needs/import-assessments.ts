import { In, type DataSource } from "typeorm";
import { normalizeNipInput, validateAssessmentLevel } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { inScope } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "../competency/competency.entity";
import { EmployeeEntity } from "../organization/employee.entity";
import type { ImportOutcome, ImportRowError } from "../../kit/table-file/import-outcome";
import { decodeUpload, yieldToEventLoop } from "../../kit/table-file/limits";
import { parseTableFile, type TableSpec } from "../../kit/table-file/table-file.parser";
import { ASSESSMENT_SOURCES, CompetencyAssessmentEntity, type AssessmentSource } from "./competency-assessment.entity";
import type { ImportAssessmentsInput } from "./needs.inputs";
import { cycleOf, dateInYear } from "./record-assessment";

type Column = "nip" | "competency_code" | "level" | "source" | "assessed_on";

/** Assessments one file may hold (a whole city's year: about 2,000 employees × 10 competencies). */
export const MAX_ASSESSMENT_IMPORT_ROWS = 30_000;

const ASSESSMENT_FILE: TableSpec<Column> = {
  columns: {
    nip: ["nip"],
    competency_code: ["competency_code", "kode_kompetensi"],
    level: ["level", "tingkat"],
    source: ["source", "sumber"],
    assessed_on: ["assessed_on", "tanggal"],
  },
  required: ["nip", "competency_code", "level", "source", "assessed_on"],
  maxRows: MAX_ASSESSMENT_IMPORT_ROWS,
  nipColumns: ["nip"],
  textColumns: ["competency_code", "source"],
};

/** Imports assessments, all or nothing: every bad row is reported and nothing is written unless all rows are good. */
export async function importAssessments({ ds, caller, input }: { ds: DataSource; caller: Caller; input: ImportAssessmentsInput }): Promise<ImportOutcome> {
  const { user } = caller;
  const content = decodeUpload(input.contentBase64);
  const parsed = await parseTableFile(ASSESSMENT_FILE, input.fileName, content);
  const dryRun = input.dryRun ?? false;
  if (!parsed.ok) return { totalRows: 0, created: 0, updated: 0, dryRun, errors: [{ row: 1, field: parsed.field ?? null, code: "UNREADABLE_FILE", message: parsed.message }] };

  const scope = await caller.scope();
  const outcome = await ds.transaction(async (m): Promise<ImportOutcome> => {
    const nips = [...new Set(parsed.rows.map((r) => normalizeNipInput(r.values.nip ?? "")))];
    const employees = await m.find(EmployeeEntity, { where: { nip: In(nips) }, relations: { unit: true } });
    const byNip = new Map(employees.map((e) => [e.nip, e]));
    const competencies = new Map((await m.find(CompetencyEntity, { where: { active: true } })).map((c) => [c.code, c]));
    const errors: ImportRowError[] = [];
    const good: Partial<CompetencyAssessmentEntity>[] = [];
    // Two rows for one employee, competency and date would make the level that counts arbitrary: both are refused.
    const firstRowOf = new Map<string, number>();
    const namedFirstRows = new Set<number>();
    const duplicateOf = (row: number, other: number): ImportRowError => ({
      row,
      field: null,
      code: "DUPLICATE_ROW",
      message: `Rows ${Math.min(row, other)} and ${Math.max(row, other)} assess the same employee and competency on the same date; keep one`,
    });
    for (const [i, r] of parsed.rows.entries()) {
      if (i % 500 === 499) await yieldToEventLoop();
      // A cell refused as such (a numeric NIP, a formula) is reported once, not again by the checks of its value.
      const rowErrors: ImportRowError[] = [...r.errors];
      const flagged = new Set(r.errors.map((e) => e.field));
      const bad = (field: Column, code: string, message: string) => {
        if (!flagged.has(field)) rowErrors.push({ row: r.row, field, code, message });
      };
      const employee = byNip.get(normalizeNipInput(r.values.nip ?? ""));
      if (!employee || !employee.unit || !inScope(scope, employee.unit.path)) bad("nip", "UNKNOWN_EMPLOYEE", `No employee with NIP ${r.values.nip ?? ""} in your unit`);
      const competency = competencies.get((r.values.competency_code ?? "").trim().toUpperCase());
      if (!competency) bad("competency_code", "UNKNOWN_COMPETENCY", `No active competency with code ${r.values.competency_code ?? ""}`);
      const level = validateAssessmentLevel(Number(r.values.level));
      if (!level.ok) bad("level", level.error.reason ? `${level.error.code}.${level.error.reason}` : level.error.code, level.error.message);
      const source = (r.values.source ?? "").trim().toUpperCase() as AssessmentSource;
      if (!ASSESSMENT_SOURCES.includes(source)) bad("source", "INVALID_SOURCE", `source must be one of ${ASSESSMENT_SOURCES.join(", ")}`);
      const date = (r.values.assessed_on ?? "").trim();
      const badDate = dateInYear(date, input.year, "assessed_on");
      if (badDate) bad("assessed_on", badDate.code, badDate.message);
      if (employee && competency && !badDate && !flagged.has("assessed_on")) {
        const key = `${employee.id}|${competency.id}|${date}`;
        const first = firstRowOf.get(key);
        if (first === undefined) firstRowOf.set(key, r.row);
        else {
          // The first row of the pair is named once, however many rows repeat it.
          if (!namedFirstRows.has(first)) errors.push(duplicateOf(first, r.row));
          namedFirstRows.add(first);
          rowErrors.push(duplicateOf(r.row, first));
        }
      }
      if (rowErrors.length === 0 && employee && competency && level.ok) {
        good.push({ employeeId: employee.id, competencyId: competency.id, level: level.value, source, assessedOn: date, recordedBy: user.id });
      }
      errors.push(...rowErrors);
    }
    errors.sort((a, b) => a.row - b.row);
    const outcome = { totalRows: parsed.rows.length, created: good.length, updated: 0, dryRun, errors };
    if (errors.length > 0) return { ...outcome, created: 0 };
    if (dryRun) return outcome;
    const cycle = await cycleOf(m, input.year);
    for (let i = 0; i < good.length; i += 1000) {
      await m.createQueryBuilder().insert().into(CompetencyAssessmentEntity).values(good.slice(i, i + 1000).map((g) => ({ ...g, cycleId: cycle.id }))).execute();
    }
    await recordAudit(m, user.id, [{ action: "IMPORT", entityType: "AssessmentFile", entityId: input.fileName.slice(0, 64), before: null, after: { fileName: input.fileName, year: input.year, rows: good.length } }]);
    return outcome;
  });
  // Large loads change the table a lot: refresh the planner's statistics (PGlite has no autovacuum).
  if (!outcome.dryRun && outcome.errors.length === 0 && outcome.created + outcome.updated >= 500) await ds.query("ANALYZE competency_assessments");
  return outcome;
}

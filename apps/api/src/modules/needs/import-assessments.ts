import { In, type DataSource } from "typeorm";
import { normalizeNipInput, validateAssessmentLevel } from "@bina/domain";
import { AppError } from "../../kit/errors";
import type { AuthUser, Scope } from "../../kit/caller";
import { inScope } from "../auth/resolve-scope";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "../competency/competency.entity";
import { EmployeeEntity } from "../organization/employee.entity";
import type { ImportOutcome, ImportRowError } from "../organization/import-employees";
import { parseTableFile, type TableSpec } from "../organization/table-file.parser";
import { ASSESSMENT_SOURCES, CompetencyAssessmentEntity, type AssessmentSource } from "./competency-assessment.entity";
import type { ImportAssessmentsInput } from "./needs.inputs";
import { cycleOf, dateInYear } from "./record-assessment";

type Column = "nip" | "competency_code" | "level" | "source" | "assessed_on";
const ASSESSMENT_FILE: TableSpec<Column> = {
  columns: {
    nip: ["nip"],
    competency_code: ["competency_code", "kode_kompetensi"],
    level: ["level", "tingkat"],
    source: ["source", "sumber"],
    assessed_on: ["assessed_on", "tanggal"],
  },
  required: ["nip", "competency_code", "level", "source", "assessed_on"],
};

/** Imports assessments, all or nothing: every bad row is reported and nothing is written unless all rows are good. */
export async function importAssessments(ds: DataSource, user: AuthUser, scope: Scope, input: ImportAssessmentsInput): Promise<ImportOutcome> {
  const content = Buffer.from(input.contentBase64, "base64");
  if (content.length === 0) throw new AppError("BAD_USER_INPUT", "contentBase64: the file is empty", { field: "contentBase64", domainCode: "EMPTY_FILE" });
  const parsed = await parseTableFile(ASSESSMENT_FILE, input.fileName, content);
  const dryRun = input.dryRun ?? false;
  if (!parsed.ok) return { totalRows: 0, created: 0, updated: 0, dryRun, errors: [{ row: 1, field: parsed.field ?? null, code: "UNREADABLE_FILE", message: parsed.message }] };

  const outcome = await ds.transaction(async (m): Promise<ImportOutcome> => {
    const nips = parsed.rows.map((r) => normalizeNipInput(r.values.nip ?? ""));
    const employees = await m.find(EmployeeEntity, { where: { nip: In(nips) }, relations: { unit: true } });
    const byNip = new Map(employees.map((e) => [e.nip, e]));
    const competencies = new Map((await m.find(CompetencyEntity, { where: { active: true } })).map((c) => [c.code, c]));
    const errors: ImportRowError[] = [];
    const good: Partial<CompetencyAssessmentEntity>[] = [];
    for (const r of parsed.rows) {
      const rowErrors: ImportRowError[] = [];
      const bad = (field: Column, code: string, message: string) => rowErrors.push({ row: r.row, field, code, message });
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
      if (rowErrors.length === 0 && employee && competency && level.ok) {
        good.push({ employeeId: employee.id, competencyId: competency.id, level: level.value, source, assessedOn: date, recordedBy: user.id });
      }
      errors.push(...rowErrors);
    }
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

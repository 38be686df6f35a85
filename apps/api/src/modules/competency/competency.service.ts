import type { DataSource } from "typeorm";
import { domainError, validateAssessmentLevel, validateCompetency } from "@bina/domain";
import { AppError, badInput, conflict, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import type { Caller } from "../../kit/caller";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "./competency.entity";
import { CompetencyStandardEntity } from "./competency-standard.entity";
import type { CompetencyInput, SetStandardInput, UpdateCompetencyInput } from "./competency.inputs";

const snapshot = (x: object): Record<string, unknown> => ({ ...x });

/** The competency dictionary and position standards: reads for everyone, changes for administrators (audited). */
export function competencyService(ds: DataSource) {
  const repo = ds.getRepository(CompetencyEntity);
  return {
    list: (kind?: string | null, includeInactive?: boolean | null) =>
      repo.find({ where: { ...(kind ? { kind: kind as CompetencyEntity["kind"] } : {}), ...(includeInactive ? {} : { active: true }) }, order: { kind: "ASC", code: "ASC" } }),

    standards: (competencyId?: string | null, positionKind?: string | null) => {
      if (competencyId && !isUuid(competencyId)) return Promise.resolve([]);
      return ds.getRepository(CompetencyStandardEntity).find({
        where: { ...(competencyId ? { competencyId } : {}), ...(positionKind ? { positionKind: positionKind as CompetencyStandardEntity["positionKind"] } : {}) },
        order: { positionKind: "ASC", functionalGrade: "ASC", positionTitle: "ASC" },
      });
    },

    async create(c: Caller, input: CompetencyInput) {
      const v = validateCompetency({ code: input.code, kind: input.kind, name: input.name, description: input.description ?? null });
      if (!v.ok) throw badInput(v.error);
      return ds.transaction(async (m) => {
        if (await m.existsBy(CompetencyEntity, { code: v.value.code })) {
          throw conflict(`A competency with code ${v.value.code} already exists`, { field: "code", domainCode: "DUPLICATE_CODE" });
        }
        const saved = await m.save(m.create(CompetencyEntity, { ...v.value }));
        await recordAudit(m, c.user.id, [{ action: "CREATE", entityType: "Competency", entityId: saved.id, before: null, after: snapshot(saved) }]);
        return saved;
      });
    },

    async update(c: Caller, input: UpdateCompetencyInput) {
      return ds.transaction(async (m) => {
        const current = await m.findOne(CompetencyEntity, { where: { id: input.id }, lock: { mode: "pessimistic_write" } });
        if (!current) throw notFound("Competency", input.id);
        if (current.version !== input.version) throw conflict(`Competency ${input.id} was changed by someone else; reload and try again`, { field: "version", domainCode: "STALE_VERSION" });
        const v = validateCompetency({
          code: current.code,
          kind: current.kind,
          name: input.name ?? current.name,
          description: input.description === undefined || input.description === null ? current.description : input.description,
        });
        if (!v.ok) throw badInput(v.error);
        const before = snapshot(current);
        const saved = await m.save(m.merge(CompetencyEntity, current, { name: v.value.name, description: v.value.description, active: input.active ?? current.active, version: current.version + 1 }));
        await recordAudit(m, c.user.id, [{ action: "UPDATE", entityType: "Competency", entityId: saved.id, before, after: snapshot(saved) }]);
        return saved;
      });
    },

    async setStandard(c: Caller, input: SetStandardInput) {
      const level = validateAssessmentLevel(input.level);
      if (!level.ok) throw badInput(level.error);
      if (input.functionalGrade && input.positionKind !== "FUNGSIONAL") {
        throw badInput(domainError("FUNCTIONAL_GRADE_NOT_ALLOWED", "functionalGrade applies to FUNGSIONAL positions only", { field: "functionalGrade" }));
      }
      return ds.transaction(async (m) => {
        if (!(await m.existsBy(CompetencyEntity, { id: input.competencyId }))) throw notFound("Competency", input.competencyId);
        const key = { competencyId: input.competencyId, positionKind: input.positionKind, functionalGrade: input.functionalGrade ?? "", positionTitle: input.positionTitle?.trim() ?? "" };
        const current = await m.findOne(CompetencyStandardEntity, { where: key, lock: { mode: "pessimistic_write" } });
        const before = current ? snapshot(current) : null;
        const saved = await m.save(current ? m.merge(CompetencyStandardEntity, current, { level: level.value, mandatoryProgramme: input.mandatoryProgramme ?? current.mandatoryProgramme }) : m.create(CompetencyStandardEntity, { ...key, level: level.value, mandatoryProgramme: input.mandatoryProgramme ?? false }));
        await recordAudit(m, c.user.id, [{ action: current ? "UPDATE" : "CREATE", entityType: "CompetencyStandard", entityId: saved.id, before, after: snapshot(saved) }]);
        return saved;
      });
    },

    async deleteStandard(c: Caller, id: string) {
      if (!isUuid(id)) throw notFound("CompetencyStandard", id);
      return ds.transaction(async (m) => {
        const current = await m.findOneBy(CompetencyStandardEntity, { id });
        if (!current) throw notFound("CompetencyStandard", id);
        await m.delete(CompetencyStandardEntity, { id });
        await recordAudit(m, c.user.id, [{ action: "DELETE", entityType: "CompetencyStandard", entityId: id, before: snapshot(current), after: null }]);
        return true;
      });
    },
  };
}

export const unknownCompetency = (id: string) =>
  new AppError("BAD_USER_INPUT", `competencyId: there is no competency ${id}`, { field: "competencyId", domainCode: "UNKNOWN_COMPETENCY" });

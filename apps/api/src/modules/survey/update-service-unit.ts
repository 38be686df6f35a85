import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { AppError, notFound, violatedUniqueIndex } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { inScope } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { UnitEntity } from "../organization/unit.entity";
import { ServiceUnitEntity } from "./service-unit.entity";
import { checkOrgUnit, SurveyFieldErrors } from "./survey-checks";
import { duplicateServiceUnitCode } from "./survey.errors";
import type { UpdateServiceUnitInput } from "./survey.inputs";

/**
 * Changes a service unit (optimistic lock; omitted fields keep their value), audited. A unit operator changes only
 * service units of its subtree; one outside is NOT_FOUND, as in its lists. Deactivating a service unit or moving it to
 * another organisational unit changes whose needs its weak survey elements raise, so only an ADMIN may: a unit operator
 * (the audited party) asking for either change is FORBIDDEN, naming the field; it may still change the name, kind and
 * yearly users.
 */
export async function updateServiceUnit({ ds, caller, input }: { ds: DataSource; caller: Caller; input: UpdateServiceUnitInput }): Promise<ServiceUnitEntity> {
  const errors = new SurveyFieldErrors();
  const code = input.code == null ? null : errors.code(input.code);
  const name = input.name == null ? null : errors.name(input.name);
  const yearlyUsers = input.yearlyUsers == null ? null : errors.yearlyUsers(input.yearlyUsers);
  errors.done();
  const scope = await caller.scope();
  try {
    return await ds.transaction(async (m) => {
      const current = await loadForChange(m, ServiceUnitEntity, {
        id: input.id,
        version: input.version,
        what: "Service unit",
        authorize: async (row) => {
          if (scope.kind === "ALL") return;
          const unit = await m.findOneBy(UnitEntity, { id: row.unitId });
          if (!unit || !inScope(scope, unit.path)) throw notFound("Service unit", input.id);
        },
      });
      if (caller.user.role !== "ADMIN") {
        for (const [field, changed] of [
          ["active", input.active != null && input.active !== current.active],
          ["unitId", input.unitId != null && input.unitId !== current.unitId],
        ] as const) {
          if (changed) throw new AppError("FORBIDDEN", `Only an administrator may change a service unit's ${field}`, { field });
        }
      }
      if (input.unitId != null && input.unitId !== current.unitId) await checkOrgUnit(m, scope, input.unitId);
      if (code !== null && code !== current.code && (await m.existsBy(ServiceUnitEntity, { code }))) throw duplicateServiceUnitCode(code);
      const before = { ...current };
      const saved = await m.save(
        m.merge(ServiceUnitEntity, current, {
          code: code ?? current.code,
          name: name ?? current.name,
          kind: input.kind ?? current.kind,
          unitId: input.unitId ?? current.unitId,
          yearlyUsers: yearlyUsers ?? current.yearlyUsers,
          active: input.active ?? current.active,
          version: current.version + 1,
        }),
      );
      await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "ServiceUnit", entityId: saved.id, before, after: { ...saved } }]);
      return saved;
    });
  } catch (e) {
    if (violatedUniqueIndex(e) === "service_units_code_key") throw duplicateServiceUnitCode(code ?? "");
    throw e;
  }
}

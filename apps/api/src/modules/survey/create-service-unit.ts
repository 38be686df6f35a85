import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { violatedUniqueIndex } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import { ServiceUnitEntity } from "./service-unit.entity";
import { checkOrgUnit, SurveyFieldErrors } from "./survey-checks";
import { duplicateServiceUnitCode } from "./survey.errors";
import type { ServiceUnitInput } from "./survey.inputs";

/**
 * Registers a service unit (ADMIN anywhere, a unit operator in its subtree), audited. A code in use is CONFLICT
 * DUPLICATE_CODE, also for the loser of two parallel creations (the unique index `service_units_code_key`).
 */
export async function createServiceUnit({ ds, caller, input }: { ds: DataSource; caller: Caller; input: ServiceUnitInput }): Promise<ServiceUnitEntity> {
  const errors = new SurveyFieldErrors();
  const fields = { code: errors.code(input.code), name: errors.name(input.name), yearlyUsers: errors.yearlyUsers(input.yearlyUsers) };
  errors.done();
  const scope = await caller.scope();
  try {
    return await ds.transaction(async (m) => {
      await checkOrgUnit(m, scope, input.unitId);
      if (await m.existsBy(ServiceUnitEntity, { code: fields.code })) throw duplicateServiceUnitCode(fields.code);
      const saved = await m.save(m.create(ServiceUnitEntity, { ...fields, kind: input.kind, unitId: input.unitId, active: input.active ?? true }));
      await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "ServiceUnit", entityId: saved.id, before: null, after: { ...saved } }]);
      return saved;
    });
  } catch (e) {
    if (violatedUniqueIndex(e) === "service_units_code_key") throw duplicateServiceUnitCode(fields.code);
    throw e;
  }
}

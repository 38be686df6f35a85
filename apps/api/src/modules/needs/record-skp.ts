import type { DataSource } from "typeorm";
import { skpPredikat } from "@bina/domain";
import type { AuthUser, Scope } from "../../kit/caller";
import { recordAudit } from "../audit/record-audit";
import { employeeInScope } from "./record-assessment";
import type { RecordSkpInput } from "./needs.inputs";
import { SkpResultEntity } from "./skp-result.entity";

/** Records (or replaces) an employee's SKP for a year; the predikat comes from the domain's matrix. Audited. */
export async function recordSkp(ds: DataSource, user: AuthUser, scope: Scope, input: RecordSkpInput) {
  const predikat = skpPredikat(input.resultRating, input.behaviourRating);
  return ds.transaction(async (m) => {
    const employee = await employeeInScope(m, scope, input.employeeId);
    const current = await m.findOne(SkpResultEntity, { where: { employeeId: employee.id, year: input.year }, lock: { mode: "pessimistic_write" } });
    const before = current ? { ...current } : null;
    const next = { resultRating: input.resultRating, behaviourRating: input.behaviourRating, predikat };
    const saved = await m.save(current ? m.merge(SkpResultEntity, current, { ...next, version: current.version + 1 }) : m.create(SkpResultEntity, { ...next, employeeId: employee.id, year: input.year }));
    await recordAudit(m, user.id, [{ action: current ? "UPDATE" : "CREATE", entityType: "SkpResult", entityId: saved.id, before, after: { ...saved } }]);
    return saved;
  });
}

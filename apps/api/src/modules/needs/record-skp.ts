import type { DataSource } from "typeorm";
import { skpPredikatResult } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, conflict, violatedUniqueIndex } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import type { RecordSkpInput } from "./needs.inputs";
import { employeeInScope } from "./needs-records";
import { SkpResultEntity } from "./skp-result.entity";

/**
 * Records (or replaces) an employee's SKP for a year; the predikat comes from the domain's matrix. Audited. Two
 * parallel first recordings for one employee and year: one wins, the other is CONFLICT (the unique index
 * `skp_results_employee_year_key`).
 */
export async function recordSkp({ ds, caller, input }: { ds: DataSource; caller: Caller; input: RecordSkpInput }): Promise<SkpResultEntity> {
  const predikat = skpPredikatResult(input.resultRating, input.behaviourRating);
  if (!predikat.ok) throw badInput(predikat.error);
  const scope = await caller.scope();
  try {
    return await ds.transaction(async (m) => {
      const employee = await employeeInScope(m, scope, input.employeeId);
      const current = await m.findOne(SkpResultEntity, { where: { employeeId: employee.id, year: input.year }, lock: { mode: "pessimistic_write" } });
      const before = current ? { ...current } : null;
      const next = { resultRating: input.resultRating, behaviourRating: input.behaviourRating, predikat: predikat.value };
      const saved = await m.save(
        current ? m.merge(SkpResultEntity, current, { ...next, version: current.version + 1 }) : m.create(SkpResultEntity, { ...next, employeeId: employee.id, year: input.year }),
      );
      await recordAudit(m, caller.user.id, [{ action: current ? "UPDATE" : "CREATE", entityType: "SkpResult", entityId: saved.id, before, after: { ...saved } }]);
      return saved;
    });
  } catch (e) {
    if (violatedUniqueIndex(e) === "skp_results_employee_year_key") {
      throw conflict(`Someone else recorded the ${input.year} SKP of this employee at the same time; reload and try again`, { domainCode: "UNIQUE_VIOLATION" });
    }
    throw e;
  }
}

import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { violatedUniqueIndex } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { BudgetFieldErrors } from "./budget-checks";
import { checkPlan, checkProgramme, duplicateLine } from "./budget-line-checks";
import { BudgetLineEntity } from "./budget-line.entity";
import type { UpdateBudgetLineInput } from "./budget.inputs";
import { linesByIds } from "./budget.sql";
import type { LineView } from "./budget-views";

/**
 * Changes a line's name, plan or programme (ADMIN), audited; the ceiling changes only through an approved revision.
 * CONFLICT STALE_VERSION when someone changed the line since it was read; DUPLICATE_CODE as on creation.
 */
export async function updateBudgetLine({ ds, caller, input }: { ds: DataSource; caller: Caller; input: UpdateBudgetLineInput }): Promise<LineView> {
  const errors = new BudgetFieldErrors();
  const name = input.name == null ? null : errors.text(input.name, "name", "lineName");
  errors.done();
  try {
    await ds.transaction(async (m) => {
      const line = await loadForChange(m, BudgetLineEntity, { id: input.id, version: input.version, what: "Budget line" });
      const plan = input.plannedByMonth ? checkPlan(errors, input.plannedByMonth, line.ceiling) : null;
      const programmeId = input.clearProgramme
        ? null
        : input.programmeId
          ? await checkProgramme(m, errors, input.programmeId, line.fiscalYear)
          : line.programmeId;
      errors.done();
      const before = { name: line.name, plannedByMonth: line.plannedByMonth, programmeId: line.programmeId };
      const after = { name: name ?? line.name, plannedByMonth: plan ?? line.plannedByMonth, programmeId };
      await m.update(BudgetLineEntity, { id: line.id }, { ...after, version: line.version + 1 });
      await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "BudgetLine", entityId: line.id, before, after }]);
    });
  } catch (e) {
    throw duplicateLine(violatedUniqueIndex(e)) ?? e;
  }
  return (await linesByIds(ds, [input.id]))[0]!;
}

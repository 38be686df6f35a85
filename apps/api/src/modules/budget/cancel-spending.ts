import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { loadForChange } from "../../kit/optimistic-lock";
import { queryRows, SqlParams } from "../../kit/sql";
import { BudgetFieldErrors, lockLine } from "./budget-checks";
import { BudgetSpendingEntity } from "./budget-spending.entity";
import type { CancelSpendingInput } from "./budget.inputs";
import { recordSpendingChange, snapshotOf } from "./spending-history";
import { spendingCancelled } from "./update-spending";

/**
 * Cancels an active spending with a reason (same roles and scope as recording): its amount is released from the line
 * (`spent = spent − amount`), it stays with a CANCELLED history event, audited. CONFLICT STALE_VERSION,
 * SPENDING_CANCELLED when already cancelled; NOT_FOUND outside the caller's scope.
 */
export async function cancelSpending({ ds, caller, input }: { ds: DataSource; caller: Caller; input: CancelSpendingInput }): Promise<BudgetSpendingEntity> {
  const errors = new BudgetFieldErrors();
  const reason = errors.text(input.reason, "reason", "reason");
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const s = await loadForChange(m, BudgetSpendingEntity, {
      id: input.id,
      version: input.version,
      what: "Spending",
      authorize: async (row) => {
        await lockLine(m, scope, row.budgetLineId, "id");
      },
    });
    if (s.status !== "ACTIVE") throw spendingCancelled(s.id);
    errors.done();
    const before = snapshotOf(s);
    const changes = { status: "CANCELLED" as const, cancelReason: reason, version: s.version + 1 };
    await m.update(BudgetSpendingEntity, { id: s.id }, changes);
    const p = new SqlParams();
    await queryRows(m, `UPDATE budget_lines SET spent = spent - ${p.add(s.amount, "bigint")} WHERE id = ${p.add(s.budgetLineId, "uuid")}`, p);
    const saved = Object.assign(s, changes);
    await recordSpendingChange(m, caller.user.id, s.id, "CANCELLED", before, snapshotOf(saved));
    return saved;
  });
}

import { canSpend, type DomainError } from "@bina/domain";
import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { assertStandardCost, BudgetFieldErrors, checkBatch, checkQuantity, lockLine, refusal } from "./budget-checks";
import { BudgetSpendingEntity } from "./budget-spending.entity";
import type { RecordSpendingInput } from "./budget.inputs";
import { recordSpendingChange, snapshotOf } from "./spending-history";

/**
 * Records a spending (ADMIN anywhere, a unit operator on a line of its subtree), race-free: in one transaction the line
 * is locked (SELECT ... FOR UPDATE), its commitment computed in SQL under the lock, the domain's canSpend decides (a
 * spend on a programme's line settles its commitment), then the spending, `spent = spent + amount`, the CREATED history
 * event and the audit row are written. Refused with BAD_USER_INPUT BUDGET_EXCEEDED (field amount, `remaining`) when it
 * does not fit, ABOVE_STANDARD_COST / INVALID_STANDARD_COST_INPUT by category, INVALID_AMOUNT, INVALID_TEXT,
 * INVALID_DATE / DATE_OUTSIDE_YEAR (spentOn), UNKNOWN_REFERENCE (batchId); NOT_FOUND for a line the caller cannot see.
 */
export async function recordSpending({ ds, caller, input }: { ds: DataSource; caller: Caller; input: RecordSpendingInput }): Promise<BudgetSpendingEntity> {
  const errors = new BudgetFieldErrors();
  const description = errors.text(input.description, "description", "description");
  const documentNumber = errors.text(input.documentNumber, "documentNumber", "documentNumber");
  const quantity = checkQuantity(errors, input.quantity);
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const line = await lockLine(m, scope, input.budgetLineId);
    const spentOn = errors.date(input.spentOn, line.fiscalYear, "spentOn");
    const batchId = await checkBatch(m, errors, input.batchId, line);
    errors.done();
    assertStandardCost({ category: input.category ?? null, amount: input.amount, quantity, level: input.speakerLevel, minutes: input.minutes });
    // Only a programme's line carries a commitment, and a spend booked on it is the programme's, so it settles it. A spend
    // on another line linked to a programme's batch settles that programme's commitment too (on its own line, which
    // this spend does not need: that commitment is capped by what its line has left, never by this line's money).
    const verdict = canSpend({ ceiling: line.ceiling, spent: line.spent, committed: line.committed }, input.amount, { settlesCommitment: line.programmeId !== null });
    if (!verdict.ok) throw refusal(verdict.error as DomainError & Record<string, unknown>);
    const saved = await m.save(
      m.create(BudgetSpendingEntity, {
        budgetLineId: line.id,
        amount: input.amount,
        spentOn,
        description,
        documentNumber,
        category: input.category ?? null,
        quantity,
        batchId,
        status: "ACTIVE",
        cancelReason: null,
        createdBy: caller.user.id,
      }),
    );
    const p = new SqlParams();
    await queryRows(m, `UPDATE budget_lines SET spent = spent + ${p.add(input.amount, "bigint")} WHERE id = ${p.add(line.id, "uuid")}`, p);
    await recordSpendingChange(m, caller.user.id, saved.id, "CREATED", null, snapshotOf(saved), { budgetLineId: line.id, category: saved.category, batchId });
    return saved;
  });
}

import { canEditSpend, checkPositiveRupiah, type DomainError, type SpendingCategory } from "@bina/domain";
import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { failure } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { queryRows, SqlParams } from "../../kit/sql";
import { assertStandardCost, BudgetFieldErrors, lockLine, refusal } from "./budget-checks";
import { BudgetSpendingEntity } from "./budget-spending.entity";
import type { UpdateSpendingInput } from "./budget.inputs";
import { recordSpendingChange, snapshotOf } from "./spending-history";

/** CONFLICT SPENDING_CANCELLED: a cancelled spending is not changed any more. */
export const spendingCancelled = (id: string) =>
  failure("SPENDING_CANCELLED", `Spending ${id} is cancelled; record a new one instead`, { field: "id" });

/**
 * Edits an active spending (same roles and scope as recording), keeping its history: the spending and then its line are
 * locked, a larger amount is checked by the domain's canEditSpend (its growth as a new spend on the line, the same rule as
 * the admin's form) and the category's standard cost, `spent` moves by the difference, an EDITED event keeps before and after,
 * audited. CONFLICT STALE_VERSION, SPENDING_CANCELLED; NOT_FOUND outside the caller's scope.
 */
export async function updateSpending({ ds, caller, input }: { ds: DataSource; caller: Caller; input: UpdateSpendingInput }): Promise<BudgetSpendingEntity> {
  const errors = new BudgetFieldErrors();
  const description = input.description == null ? null : errors.text(input.description, "description", "description");
  const documentNumber = input.documentNumber == null ? null : errors.text(input.documentNumber, "documentNumber", "documentNumber");
  const amount = input.amount == null ? null : errors.take(checkPositiveRupiah(input.amount, "amount")) ?? null;
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    let line: Awaited<ReturnType<typeof lockLine>> | null = null;
    const s = await loadForChange(m, BudgetSpendingEntity, {
      id: input.id,
      version: input.version,
      what: "Spending",
      authorize: async (row) => {
        line = await lockLine(m, scope, row.budgetLineId, "id");
      },
    });
    if (s.status !== "ACTIVE") throw spendingCancelled(s.id);
    const l = line!;
    const spentOn = input.spentOn == null ? s.spentOn : errors.date(input.spentOn, l.fiscalYear, "spentOn");
    errors.done();
    const before = snapshotOf(s);
    const newAmount = amount ?? s.amount;
    if (newAmount !== s.amount) {
      assertStandardCost({ category: s.category as SpendingCategory | null, amount: newAmount, quantity: s.quantity, level: input.speakerLevel, minutes: input.minutes });
    }
    // The growth is checked as a new spend on the line as it is now (its figures read under the lock); the refusal's
    // `remaining` is the most this spending may become. A programme's line settles its own commitment.
    const verdict = canEditSpend({ ceiling: l.ceiling, spent: l.spent, committed: l.committed }, s.amount, newAmount, { settlesCommitment: l.programmeId !== null });
    if (!verdict.ok) throw refusal(verdict.error as DomainError & Record<string, unknown>);
    const changes = {
      amount: newAmount,
      spentOn,
      description: description ?? s.description,
      documentNumber: documentNumber ?? s.documentNumber,
      version: s.version + 1,
    };
    await m.update(BudgetSpendingEntity, { id: s.id }, changes);
    if (newAmount !== s.amount) {
      const p = new SqlParams();
      await queryRows(m, `UPDATE budget_lines SET spent = spent + ${p.add(newAmount - s.amount, "bigint")} WHERE id = ${p.add(l.id, "uuid")}`, p);
    }
    const saved = Object.assign(s, changes);
    await recordSpendingChange(m, caller.user.id, s.id, "EDITED", before, snapshotOf(saved));
    return saved;
  });
}

import type { EntityManager } from "typeorm";
import { recordAudit } from "../audit/record-audit";
import type { AuditAction } from "../audit/audit-entry.entity";
import { BudgetSpendingEventEntity, type SpendingEventKindValue, type SpendingSnapshot } from "./budget-spending-event.entity";
import type { BudgetSpendingEntity } from "./budget-spending.entity";

export const snapshotOf = (s: Pick<BudgetSpendingEntity, "amount" | "spentOn" | "description" | "documentNumber" | "status" | "cancelReason">): SpendingSnapshot => ({
  amount: s.amount,
  spentOn: s.spentOn,
  description: s.description,
  documentNumber: s.documentNumber,
  status: s.status,
  cancelReason: s.cancelReason,
});

const ACTION: Record<SpendingEventKindValue, AuditAction> = { CREATED: "CREATE", EDITED: "UPDATE", CANCELLED: "UPDATE" };

/** A spending's history event and its audit row, in the change's transaction. */
export async function recordSpendingChange(
  m: EntityManager,
  actorId: string,
  spendingId: string,
  kind: SpendingEventKindValue,
  before: SpendingSnapshot | null,
  after: SpendingSnapshot,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await m.insert(BudgetSpendingEventEntity, { spendingId, kind, before, after, actorId });
  await recordAudit(m, actorId, [
    { action: ACTION[kind], entityType: "BudgetSpending", entityId: spendingId, before: before as Record<string, unknown> | null, after: { ...after, ...extra } },
  ]);
}

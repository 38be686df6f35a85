import type { SpendingEventKindValue } from "./budget-spending-event.entity";
import type { SpendingState } from "./budget-spending.entity";

/** A budget line with its figures as the use cases return it (raw sums in SQL; committed, remaining and absorption by the domain). */
export interface LineView {
  readonly id: string;
  readonly fiscalYear: number;
  readonly accountCode: string;
  readonly name: string;
  readonly unitId: string | null;
  readonly programmeId: string | null;
  readonly ceiling: number;
  readonly spent: number;
  /** The open commitment the line carries (the domain's openCommitment). */
  readonly committed: number;
  /** ceiling − spent − committed (the domain's lineFigures), never negative. */
  readonly remaining: number;
  readonly absorptionPercent: number | null;
  readonly plannedByMonth: number[];
  readonly version: number;
}

export interface SpendingView {
  readonly id: string;
  readonly budgetLineId: string;
  readonly amount: number;
  readonly spentOn: string;
  readonly description: string;
  readonly documentNumber: string;
  readonly category: string | null;
  readonly quantity: number | null;
  readonly batchId: string | null;
  readonly status: SpendingState;
  readonly cancelReason: string | null;
  readonly version: number;
  readonly createdAt: Date;
}

export interface SpendingEventView {
  readonly kind: SpendingEventKindValue;
  readonly at: Date;
  readonly actorId: string | null;
  readonly amountBefore: number | null;
  readonly amountAfter: number | null;
  readonly note: string | null;
}

import { LEFT_OUT_REASONS, type LeftOutReason } from "./explain-selection.js";
import type { SelectionMethod } from "./solve-knapsack.js";

/** The figures of one plan run, for the admin app to put into words in the user's language (no prose here). */
export interface PlanFacts {
  readonly method: SelectionMethod;
  /** Candidates considered. */
  readonly candidateCount: number;
  /** Candidates chosen, mandatory ones included. */
  readonly selectedCount: number;
  /** Mandatory candidates (all of them chosen). */
  readonly mandatoryCount: number;
  readonly totalCost: number;
  readonly totalValue: number;
  readonly remaining: number;
  /** totalCost + remaining. */
  readonly ceiling: number;
  /** Left-out candidates by reason; every reason present (0 when none). */
  readonly leftOut: Readonly<Record<LeftOutReason, number>>;
  /** For an APPROXIMATE plan: an upper bound on the best total value; otherwise null. */
  readonly upperBound: number | null;
  /** False when the search stopped early: the value is proven maximal but among equally valuable plans the cheapest, fewest, earliest was not checked exhaustively (only beyond 40 independent candidates). */
  readonly tieBreakProven: boolean;
}

export interface PlanFactsInput {
  readonly candidates: ReadonlyArray<{ readonly id: string; readonly mandatory?: boolean }>;
  readonly selection: {
    readonly selectedIds: readonly string[];
    readonly totalCost: number;
    readonly totalValue: number;
    readonly remaining: number;
    readonly method: SelectionMethod;
    readonly upperBound?: number;
    readonly note?: string;
  };
  /** From `explainSelection` or `explainCoverageSelection` on the same run. */
  readonly leftOut: ReadonlyArray<{ readonly reason: LeftOutReason }>;
}

/**
 * A plan run as structured facts: the method, counts, money and the left-out candidates counted
 * by reason, from the selection (`selectProgrammesWithinBudget` or `selectPlanByCoverage`) and its
 * explanation. The API stores and returns them; the admin app renders them in Indonesian or
 * English. A `note` on an EXACT selection means the tie-break was not proven (`tieBreakProven`).
 */
export const explainPlan = ({ candidates, selection, leftOut }: PlanFactsInput): PlanFacts => {
  const counts = Object.fromEntries(LEFT_OUT_REASONS.map((reason) => [reason, 0])) as Record<LeftOutReason, number>;
  for (const { reason } of leftOut) counts[reason] += 1;
  return {
    method: selection.method,
    candidateCount: candidates.length,
    selectedCount: selection.selectedIds.length,
    mandatoryCount: candidates.filter((c) => c.mandatory === true).length,
    totalCost: selection.totalCost,
    totalValue: selection.totalValue,
    remaining: selection.remaining,
    ceiling: selection.totalCost + selection.remaining,
    leftOut: counts,
    upperBound: selection.method === "APPROXIMATE" ? (selection.upperBound ?? null) : null,
    tieBreakProven: !(selection.method === "EXACT" && selection.note !== undefined),
  };
};

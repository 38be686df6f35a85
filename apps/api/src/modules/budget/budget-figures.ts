import { costEffectiveness, lineFigures, monthlyAbsorption, type MonthlyAbsorptionRow } from "@bina/domain";
import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { MAX_LINES_PER_YEAR, MAX_PROGRAMME_COSTS } from "./budget-limits";
import { budgetMonths, budgetTotals, linesOfYear, pendingRevisionCount } from "./budget.sql";
import type { LineView } from "./budget-views";
import type { BudgetKey } from "./open-budget";
import { programmeCostRows, type ProgrammeCostRow } from "./programme-costs.sql";

// The read use cases of a budget's fields: each one SQL statement over the lines the caller sees, then the domain.

export interface BudgetTotals {
  readonly ceiling: number;
  readonly committed: number;
  readonly spent: number;
  readonly remaining: number;
  readonly absorptionPercent: number | null;
}

/** Σ ceiling and spent (SQL), committed, remaining and absorption (the domain's openCommitment and lineFigures). */
export async function budgetTotalsOf({ ds, caller, key }: { ds: DataSource; caller: Caller; key: BudgetKey }): Promise<BudgetTotals> {
  const t = await budgetTotals(ds, await caller.scope(), key.fiscalYear, key.unitId);
  return { ...t, ...lineFigures(t) };
}

/** The year's lines the caller sees, by account code and name. */
export async function budgetLinesOf({ ds, caller, key }: { ds: DataSource; caller: Caller; key: BudgetKey }): Promise<LineView[]> {
  return linesOfYear(ds, await caller.scope(), key.fiscalYear, key.unitId, MAX_LINES_PER_YEAR);
}

/** Absorption by month against the planned disbursement: sums in SQL, running totals and percents by the domain. */
export async function budgetMonthsOf({ ds, caller, key }: { ds: DataSource; caller: Caller; key: BudgetKey }): Promise<MonthlyAbsorptionRow[]> {
  const m = await budgetMonths(ds, await caller.scope(), key.fiscalYear, key.unitId);
  return monthlyAbsorption(m.ceiling, m.planned, m.spent);
}

export type ProgrammeCost = ProgrammeCostRow & ReturnType<typeof costEffectiveness>;

/** Each programme's cost and outcomes (SQL), and its cost-effectiveness (the domain). */
export async function programmeCostsOf({ ds, caller, key }: { ds: DataSource; caller: Caller; key: BudgetKey }): Promise<ProgrammeCost[]> {
  const rows = await programmeCostRows(ds, await caller.scope(), key.fiscalYear, key.unitId, MAX_PROGRAMME_COSTS);
  return rows.map((r) => ({ ...r, ...costEffectiveness({ cost: r.cost, participantJp: r.participantJp, participants: r.participants, meanNGain: r.meanNGain, gapsAddressed: r.gapsAddressed }) }));
}

/** Requested revisions touching the lines the caller sees. */
export async function pendingRevisionsOf({ ds, caller, key }: { ds: DataSource; caller: Caller; key: BudgetKey }): Promise<number> {
  return pendingRevisionCount(ds, await caller.scope(), key.fiscalYear, key.unitId);
}

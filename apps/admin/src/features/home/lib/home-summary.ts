/**
 * What the home page (`/`, Beranda) reads from the API's answers, as pure functions: the year's cycle at a glance.
 *
 * The page's year is the plan (fiscal) year, as on the planning page: needs found in an assessment cycle are planned
 * for the year after it (needs of 2026 are planned for 2027), so the needs card reads the cycle of the year before.
 */

/** The year of the assessment cycle whose needs a plan year builds on. */
export const needsYearOf = (planYear: number): number => planYear - 1;

/** A competency's total over the caller's scope, as the needs heatmap's total row gives it. */
export interface CompetencyTotal {
  readonly competency: { readonly id: string; readonly code: string; readonly name: string };
  readonly employeesInNeed: number;
  readonly totalGap: number;
}

/**
 * The competency with the most employees in need (then the larger total gap, then the code, so the choice is
 * stable); null when no competency has anyone in need.
 */
export const mostInNeed = <T extends CompetencyTotal>(totals: readonly T[]): T | null => {
  let best: T | null = null;
  for (const cell of totals) {
    if (cell.employeesInNeed <= 0) continue;
    if (
      best === null ||
      cell.employeesInNeed > best.employeesInNeed ||
      (cell.employeesInNeed === best.employeesInNeed &&
        (cell.totalGap > best.totalGap || (cell.totalGap === best.totalGap && cell.competency.code < best.competency.code)))
    ) {
      best = cell;
    }
  }
  return best;
};

/** A plan version as the home page reads it. */
export interface PlanGlance {
  readonly id: string;
  readonly version: number;
  readonly status: "ADOPTED" | "DRAFT" | "SUPERSEDED";
  readonly ceiling: number;
  readonly totalCost: number;
}

/**
 * Where the year's plan stands:
 * - `adopted`: the adopted version (at most one per year);
 * - `drafts`: versions were run but none is adopted;
 * - `none`: no version yet;
 * - `unknown`: the page of versions read holds no adopted one but more versions exist than were read (the planning
 *   page tells), so the home page does not claim "not adopted".
 */
export type PlanStanding<P extends PlanGlance> =
  | { readonly kind: "adopted"; readonly plan: P; readonly versions: number }
  | { readonly kind: "drafts"; readonly versions: number }
  | { readonly kind: "none" }
  | { readonly kind: "unknown"; readonly versions: number };

export const planStanding = <P extends PlanGlance>(plans: readonly P[], totalCount: number): PlanStanding<P> => {
  const adopted = plans.find((p) => p.status === "ADOPTED");
  if (adopted) return { kind: "adopted", plan: adopted, versions: totalCount };
  if (totalCount === 0) return { kind: "none" };
  if (plans.length < totalCount) return { kind: "unknown", versions: totalCount };
  return { kind: "drafts", versions: totalCount };
};

/** The share of the ceiling a plan's cost takes, 0..100 with one decimal, as the planning page shows it (a ceiling of 0 is fully used). */
export const ceilingUsedPercent = (plan: Pick<PlanGlance, "ceiling" | "totalCost">): number =>
  plan.ceiling > 0 ? Math.min(100, Math.round((plan.totalCost / plan.ceiling) * 1000) / 10) : 100;

/** A survey period as the home page reads it. */
export interface HomeSurveyPeriod {
  readonly id: string;
  readonly code: string;
  readonly startsOn: string;
}

/**
 * The survey period the home page shows the city's IKM of: the latest of the year that has begun by `today`
 * (`YYYY-MM-DD`), by start date; null when none has.
 */
export const latestStartedPeriod = <T extends HomeSurveyPeriod>(periods: readonly T[], today: string): T | null =>
  periods.filter((p) => p.startsOn <= today).reduce<T | null>((best, p) => (best === null || p.startsOn > best.startsOn ? p : best), null);

/** The calendar year of a fiscal year, as the batches filter takes it (first and last day). */
export const fiscalYearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The links of the cards for a plan year: each card opens its stage's page on the same year. */
export const stageLinks = (planYear: number) => ({
  employees: "/employees",
  needs: `/needs/heatmap?year=${needsYearOf(planYear)}`,
  planning: `/planning?year=${planYear}`,
  // Delivery and the JP ledger of the year in progress: the year whose needs the plan answers.
  delivery: `/delivery?year=${needsYearOf(planYear)}`,
  compliance: `/compliance?year=${needsYearOf(planYear)}`,
  surveys: "/surveys",
  budget: `/budget?year=${needsYearOf(planYear)}`,
});

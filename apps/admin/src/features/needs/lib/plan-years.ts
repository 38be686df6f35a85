/**
 * The years a plan or a proposal can be for: the years of the assessment cycles and the year after each
 * (needs found in 2026 are planned for 2027), plus this year and the next. Newest first.
 */
export const planningYears = (cycleYears: readonly number[], currentYear: number): number[] =>
  [...new Set([...cycleYears, ...cycleYears.map((y) => y + 1), currentYear, currentYear + 1])].sort((a, b) => b - a);

/** The year a new plan or proposal is for by default: the year after the latest assessment cycle (or after this year). */
export const defaultPlanYear = (latestCycleYear: number | null, currentYear: number): number => (latestCycleYear ?? currentYear) + 1;

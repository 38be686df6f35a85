/** Proficiency levels of every competency, 1 (lowest) to 5 (PermenPANRB 38/2017). */
export const COMPETENCY_LEVELS = [1, 2, 3, 4, 5] as const;
export type CompetencyLevel = (typeof COMPETENCY_LEVELS)[number];

/**
 * The regulation's name of each level, kept in Indonesian (no exact English words):
 * 1 Paham (aware), 2 Dasar (basic), 3 Menengah (intermediate), 4 Mumpuni (advanced), 5 Ahli (expert).
 */
export const COMPETENCY_LEVEL_NAMES: Readonly<Record<CompetencyLevel, string>> = {
  1: "Paham",
  2: "Dasar",
  3: "Menengah",
  4: "Mumpuni",
  5: "Ahli",
};

/** Whether `n` is one of the levels 1..5 (an integer, not `"3"` or 3.5). */
export const isCompetencyLevel = (n: unknown): n is CompetencyLevel =>
  typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 5;

/** `competencyLevelName(3)` is `"Menengah"`. A value that is not a level 1..5 is a RangeError. */
export const competencyLevelName = (level: CompetencyLevel): string => {
  if (!isCompetencyLevel(level)) throw new RangeError(`competencyLevelName: not a level 1..5: ${String(level)}`);
  return COMPETENCY_LEVEL_NAMES[level];
};

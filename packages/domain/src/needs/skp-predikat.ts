/** A rating of work results or of behaviour against the expectation (PermenPANRB 6/2022). */
export const SKP_RATINGS = ["ABOVE", "MEETS", "BELOW"] as const;
export type SkpRating = (typeof SKP_RATINGS)[number];

/** The performance predikat, best first (PermenPANRB 6/2022). */
export const SKP_PREDIKATS = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;
export type SkpPredikat = (typeof SKP_PREDIKATS)[number];

export type SkpPredikatTable = Readonly<Record<SkpRating, Readonly<Record<SkpRating, SkpPredikat>>>>;

/**
 * The predikat by work-result rating (rows) and behaviour rating (columns), PermenPANRB 6/2022
 * (DOMAIN.md §5). KURANG is the regulation's "Kurang/Misconduct": results at or above expectation
 * with behaviour below it.
 */
export const SKP_PREDIKAT_TABLE: SkpPredikatTable = {
  ABOVE: { BELOW: "KURANG", MEETS: "BAIK", ABOVE: "SANGAT_BAIK" },
  MEETS: { BELOW: "KURANG", MEETS: "BAIK", ABOVE: "BAIK" },
  BELOW: { BELOW: "SANGAT_KURANG", MEETS: "BUTUH_PERBAIKAN", ABOVE: "BUTUH_PERBAIKAN" },
};

/** The predikat of a work-result rating and a behaviour rating; pass another table to adopt a newer regulation. */
export const skpPredikat = (result: SkpRating, behaviour: SkpRating, table: SkpPredikatTable = SKP_PREDIKAT_TABLE): SkpPredikat =>
  table[result][behaviour];

/** A performance gap (DOMAIN.md §4): a predikat below BAIK. */
export const isPerformanceGap = (predikat: SkpPredikat): boolean => predikat !== "SANGAT_BAIK" && predikat !== "BAIK";

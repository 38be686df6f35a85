import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

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

export type SkpRatingError = DomainError<"INVALID_SKP_RATING"> & { readonly field: "resultRating" | "behaviourRating" };

const isRating = (value: unknown): value is SkpRating => (SKP_RATINGS as readonly unknown[]).includes(value);
const isPredikat = (value: unknown): value is SkpPredikat => (SKP_PREDIKATS as readonly unknown[]).includes(value);

/**
 * The predikat of a work-result rating and a behaviour rating, for untrusted input:
 * INVALID_SKP_RATING on `resultRating` or `behaviourRating` for anything but `ABOVE`, `MEETS` or
 * `BELOW` (exactly; `"above"` is refused, not guessed). Pass another table to adopt a newer
 * regulation; a table that does not give a predikat for every pair is a RangeError.
 */
export const skpPredikatResult = (
  result: SkpRating,
  behaviour: SkpRating,
  table: SkpPredikatTable = SKP_PREDIKAT_TABLE,
): Result<SkpPredikat, SkpRatingError> => {
  for (const [field, value] of [["resultRating", result], ["behaviourRating", behaviour]] as const) {
    if (!isRating(value)) {
      return err({ ...domainError("INVALID_SKP_RATING", `${field} must be one of ${SKP_RATINGS.join(", ")}`), field });
    }
  }
  const predikat: unknown = table?.[result]?.[behaviour];
  if (!isPredikat(predikat)) throw new RangeError(`skpPredikat: the table gives no predikat for ${result} × ${behaviour}`);
  return ok(predikat);
};

/** {@link skpPredikatResult} for ratings already checked (a GraphQL enum): a bad rating is a RangeError. */
export const skpPredikat = (result: SkpRating, behaviour: SkpRating, table: SkpPredikatTable = SKP_PREDIKAT_TABLE): SkpPredikat => {
  const predikat = skpPredikatResult(result, behaviour, table);
  if (!predikat.ok) throw new RangeError(`INVALID_SKP_RATING: ${predikat.error.message}, got ${String(predikat.error.field === "resultRating" ? result : behaviour)}`);
  return predikat.value;
};

/** A performance gap (DOMAIN.md §4): a predikat below BAIK. An unknown predikat is a RangeError. */
export const isPerformanceGap = (predikat: SkpPredikat): boolean => {
  if (!isPredikat(predikat)) throw new RangeError(`isPerformanceGap: unknown predikat ${String(predikat)}`);
  return predikat !== "SANGAT_BAIK" && predikat !== "BAIK";
};

import { SKP_PREDIKATS, type SkpPredikat } from "../needs/skp-predikat.js";
import { roundHalfUp } from "../shared/rounding.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { ikmBand, type SkmBand } from "../survey/skm.js";

export const RESULT_DIRECTIONS = ["IMPROVED", "UNCHANGED", "WORSENED"] as const;
export type ResultDirection = (typeof RESULT_DIRECTIONS)[number];

export interface ResultsChangeInput {
  /** The alumnus's SKP predikat before and after the training (PermenPANRB 6/2022), when known. */
  readonly skpBefore?: SkpPredikat | null;
  readonly skpAfter?: SkpPredikat | null;
  /** The unit's IKM (25..100) in the survey period before and after the training, when known. */
  readonly ikmBefore?: number | null;
  readonly ikmAfter?: number | null;
}

export interface ResultsChange {
  readonly skp: {
    readonly before: SkpPredikat | null;
    readonly after: SkpPredikat | null;
    /** Steps up the predikat order (SANGAT_BAIK best, as `SKP_PREDIKATS` lists it); null unless both known. */
    readonly steps: number | null;
    readonly direction: ResultDirection | null;
  };
  readonly ikm: {
    readonly before: number | null;
    readonly after: number | null;
    /** after − before, rounded half up to 2 decimals; null unless both known. */
    readonly delta: number | null;
    readonly bandBefore: SkmBand | null;
    readonly bandAfter: SkmBand | null;
    readonly direction: ResultDirection | null;
  };
}

export type ResultsChangeError = DomainError<"INVALID_RESULTS_INPUT">;

const direction = (delta: number | null): ResultDirection | null =>
  delta === null ? null : delta > 0 ? "IMPROVED" : delta < 0 ? "WORSENED" : "UNCHANGED";

/**
 * Kirkpatrick level 4 for one alumnus and their unit (DOMAIN.md §6): the SKP predikat before and after
 * (ordered as `SKP_PREDIKATS`, best first, so moving from BAIK to SANGAT_BAIK is one step up; KURANG
 * sits between BUTUH_PERBAIKAN and SANGAT_KURANG as the regulation lists it) and the unit's IKM before
 * and after with its bands. INVALID_RESULTS_INPUT naming the field for a predikat not in the list or an IKM
 * that is not a number 25..100.
 */
export const resultsChange = (input: ResultsChangeInput): Result<ResultsChange, ResultsChangeError> => {
  const predikat = (field: "skpBefore" | "skpAfter"): SkpPredikat | null | ResultsChangeError => {
    const value: unknown = input?.[field] ?? null;
    if (value === null) return null;
    return (SKP_PREDIKATS as readonly unknown[]).includes(value)
      ? (value as SkpPredikat)
      : domainError("INVALID_RESULTS_INPUT", `one of ${SKP_PREDIKATS.join(", ")}`, { field });
  };
  const ikm = (field: "ikmBefore" | "ikmAfter"): number | null | ResultsChangeError => {
    const value: unknown = input?.[field] ?? null;
    if (value === null) return null;
    return typeof value === "number" && Number.isFinite(value) && value >= 25 && value <= 100
      ? value
      : domainError("INVALID_RESULTS_INPUT", "an IKM is a number 25..100", { field });
  };
  const isError = (v: unknown): v is ResultsChangeError => typeof v === "object" && v !== null;
  const skpBefore = predikat("skpBefore");
  if (isError(skpBefore)) return err(skpBefore);
  const skpAfter = predikat("skpAfter");
  if (isError(skpAfter)) return err(skpAfter);
  const ikmBefore = ikm("ikmBefore");
  if (isError(ikmBefore)) return err(ikmBefore);
  const ikmAfter = ikm("ikmAfter");
  if (isError(ikmAfter)) return err(ikmAfter);
  const steps = skpBefore === null || skpAfter === null ? null : SKP_PREDIKATS.indexOf(skpBefore) - SKP_PREDIKATS.indexOf(skpAfter);
  const delta = ikmBefore === null || ikmAfter === null ? null : roundHalfUp(ikmAfter - ikmBefore, 2);
  return ok({
    skp: { before: skpBefore, after: skpAfter, steps, direction: direction(steps) },
    ikm: {
      before: ikmBefore,
      after: ikmAfter,
      delta,
      bandBefore: ikmBefore === null ? null : ikmBand(ikmBefore),
      bandAfter: ikmAfter === null ? null : ikmBand(ikmAfter),
      direction: direction(delta),
    },
  });
};

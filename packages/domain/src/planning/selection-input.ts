import { rupiahMessage, rupiahProblem } from "../budget/rupiah.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { MAX_PLAN_VALUE } from "./hundredths.js";

/** A programme (or batch) the plan could fund. */
export interface ProgrammeCandidate {
  /** Unique among the candidates. */
  readonly id: string;
  /** Whole rupiah, >= 0. */
  readonly cost: number;
  /** What funding it is worth, 0..10^10 (see `programmeValue`); compared to 2 decimals, rounded half up. */
  readonly value: number;
  /** Always selected when `true` (e.g. Latsar CPNS, leadership training required for the position). */
  readonly mandatory?: boolean;
}

/** Most candidates one call takes (a city's yearly plan has dozens to a few hundred). */
export const SELECTION_MAX_CANDIDATES = 1000;

export const SELECTION_ERROR_CODES = [
  "INVALID_CEILING",
  "TOO_MANY_CANDIDATES",
  "INVALID_ID",
  "DUPLICATE_ID",
  "INVALID_COST",
  "INVALID_VALUE",
  "TOTAL_COST_TOO_LARGE",
  "MANDATORY_OVER_CEILING",
] as const;
export type SelectionErrorCode = (typeof SELECTION_ERROR_CODES)[number];
export type SelectionError = DomainError<SelectionErrorCode>;

/**
 * Check the optimiser's input; the first problem, in this order: the ceiling, the number of
 * candidates, then each candidate in turn (id, cost, value), then the sum of all costs.
 */
export const checkSelectionInput = (
  candidates: ReadonlyArray<ProgrammeCandidate>,
  ceiling: number,
): Result<ReadonlyArray<ProgrammeCandidate>, SelectionError> => {
  const ceilingProblem = rupiahProblem(ceiling);
  if (ceilingProblem !== null) {
    return err(
      domainError("INVALID_CEILING", rupiahMessage(ceilingProblem, "Budget ceiling"), { field: "ceiling", reason: ceilingProblem }),
    );
  }
  const list: ReadonlyArray<Partial<ProgrammeCandidate> | null> = Array.isArray(candidates) ? candidates : [];
  if (list.length > SELECTION_MAX_CANDIDATES) {
    return err(
      domainError("TOO_MANY_CANDIDATES", `At most ${SELECTION_MAX_CANDIDATES} candidates at once`, { field: "candidates" }),
    );
  }
  const seen = new Set<string>();
  let total = 0;
  for (const [i, candidate] of list.entries()) {
    const id = candidate?.id;
    const at = `candidates[${i}]`;
    if (typeof id !== "string" || id.trim() === "") {
      return err(domainError("INVALID_ID", "Every candidate needs an id", { field: `${at}.id` }));
    }
    if (seen.has(id)) return err(domainError("DUPLICATE_ID", `Candidate id ${id} appears more than once`, { field: `${at}.id` }));
    seen.add(id);
    const costProblem = rupiahProblem(candidate?.cost);
    if (costProblem !== null) {
      return err(domainError("INVALID_COST", rupiahMessage(costProblem, "Cost"), { field: `${at}.cost`, reason: costProblem }));
    }
    const value = candidate?.value;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > MAX_PLAN_VALUE) {
      const reason = typeof value !== "number" || !Number.isFinite(value) ? "NOT_A_NUMBER" : value < 0 ? "NEGATIVE" : "TOO_LARGE";
      return err(domainError("INVALID_VALUE", `Value must be a number from 0 to ${MAX_PLAN_VALUE}`, { field: `${at}.value`, reason }));
    }
    total += candidate?.cost ?? 0;
  }
  if (!Number.isSafeInteger(total)) {
    return err(domainError("TOTAL_COST_TOO_LARGE", "The candidates' costs add up to more than can be computed exactly", { field: "candidates" }));
  }
  return ok(list as ReadonlyArray<ProgrammeCandidate>);
};

export const mandatoryOverCeiling = (mandatoryCost: number, ceiling: number): SelectionError =>
  domainError(
    "MANDATORY_OVER_CEILING",
    `Mandatory programmes alone cost Rp${mandatoryCost}, more than the ceiling of Rp${ceiling}`,
    { field: "ceiling" },
  );

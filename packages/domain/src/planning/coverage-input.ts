import { rupiahMessage, rupiahProblem } from "../budget/rupiah.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { MAX_PLAN_VALUE, toHundredths } from "./hundredths.js";

/** A programme the plan could fund, valued by the needs it covers together with the others chosen. */
export interface CoverageCandidate {
  /** Unique among the candidates. */
  readonly id: string;
  /** Whole rupiah, >= 0. */
  readonly cost: number;
  /** Employees it trains: a whole number >= 1. */
  readonly participants: number;
  /** The competencies it develops: at least one, none twice. */
  readonly competencyIds: readonly string[];
  /** Always selected when `true`. */
  readonly mandatory?: boolean;
}

/** A competency's need for the plan year (city-wide, or for whatever scope the plan serves). */
export interface CoverageNeed {
  /** Unique among the needs. */
  readonly competencyId: string;
  /** Employees with a gap in it: a whole number >= 0. */
  readonly employeesInNeed: number;
  /** Their mean priority (e.g. `priorityScore`, 0..100), taken to 2 decimals, half up. */
  readonly meanPriority: number;
}

/** Most candidates the exact coverage optimiser takes. */
export const COVERAGE_MAX_CANDIDATES = 40;

export const COVERAGE_ERROR_CODES = [
  "INVALID_CEILING",
  "TOO_MANY_CANDIDATES",
  "INVALID_ID",
  "DUPLICATE_ID",
  "INVALID_COST",
  "INVALID_PARTICIPANTS",
  "INVALID_COMPETENCIES",
  "DUPLICATE_COMPETENCY",
  "INVALID_NEED",
  "DUPLICATE_NEED",
  "TOTAL_COST_TOO_LARGE",
  "TOTAL_VALUE_TOO_LARGE",
  "MANDATORY_OVER_CEILING",
] as const;
export type CoverageErrorCode = (typeof COVERAGE_ERROR_CODES)[number];
export type CoverageError = DomainError<CoverageErrorCode>;

/**
 * The problem in exact integers (internal): candidates in input order, needs that can add value
 * (priority and employees both > 0) renumbered 0..K-1, priorities in whole hundredths.
 */
export interface CoverageProblem {
  readonly ids: readonly string[];
  readonly cost: readonly number[];
  readonly participants: readonly number[];
  /** Per candidate: the indices of the needs it covers (needs without value left out). */
  readonly needsOf: readonly (readonly number[])[];
  readonly mandatory: readonly boolean[];
  /** Per need: mean priority in whole hundredths. */
  readonly priority: readonly number[];
  /** Per need: employees in need. */
  readonly inNeed: readonly number[];
  readonly ceiling: number;
}

const isId = (id: unknown): id is string => typeof id === "string" && id.trim() !== "";
const fail = (code: CoverageErrorCode, message: string, field: string, reason?: string): Result<never, CoverageError> =>
  err(domainError(code, message, reason === undefined ? { field } : { field, reason }));

interface NeedsInput {
  readonly candidates: ReadonlyArray<CoverageCandidate>;
  readonly needs: ReadonlyArray<CoverageNeed>;
  readonly ceiling: number;
}

/**
 * Check the coverage optimiser's input and turn it into a {@link CoverageProblem}. The first
 * problem, in this order: the ceiling, the number of candidates, each candidate (id, cost,
 * participants, competencies), each need, then the sums of costs and of the needs' values, then
 * the mandatory candidates against the ceiling.
 */
export const checkCoverageInput = ({ candidates, needs, ceiling }: NeedsInput): Result<CoverageProblem, CoverageError> => {
  const ceilingProblem = rupiahProblem(ceiling);
  if (ceilingProblem !== null) return fail("INVALID_CEILING", rupiahMessage(ceilingProblem, "Budget ceiling"), "ceiling", ceilingProblem);
  const list: ReadonlyArray<Partial<CoverageCandidate> | null> = Array.isArray(candidates) ? candidates : [];
  if (list.length > COVERAGE_MAX_CANDIDATES) {
    return fail("TOO_MANY_CANDIDATES", `The exact coverage optimiser takes at most ${COVERAGE_MAX_CANDIDATES} candidates`, "candidates");
  }

  const seenIds = new Set<string>();
  let totalCost = 0;
  let mandatoryCost = 0;
  for (const [i, c] of list.entries()) {
    const at = `candidates[${i}]`;
    const id = c?.id;
    if (!isId(id)) return fail("INVALID_ID", "Every candidate needs an id", `${at}.id`);
    if (seenIds.has(id)) return fail("DUPLICATE_ID", `Candidate id ${id} appears more than once`, `${at}.id`);
    seenIds.add(id);
    const costProblem = rupiahProblem(c?.cost);
    if (costProblem !== null) return fail("INVALID_COST", rupiahMessage(costProblem, "Cost"), `${at}.cost`, costProblem);
    const participants = c?.participants;
    if (typeof participants !== "number" || !Number.isSafeInteger(participants) || participants < 1) {
      return fail("INVALID_PARTICIPANTS", "Participants must be a whole number of at least 1", `${at}.participants`);
    }
    const competencyIds: readonly unknown[] = Array.isArray(c?.competencyIds) ? (c?.competencyIds ?? []) : [];
    if (competencyIds.length === 0) return fail("INVALID_COMPETENCIES", "A candidate develops at least one competency", `${at}.competencyIds`, "EMPTY");
    const seenCompetencies = new Set<string>();
    for (const competencyId of competencyIds) {
      if (!isId(competencyId)) return fail("INVALID_COMPETENCIES", "Every competency id must be a non-blank string", `${at}.competencyIds`, "INVALID_ID");
      if (seenCompetencies.has(competencyId)) {
        return fail("DUPLICATE_COMPETENCY", `Competency ${competencyId} is listed twice: it would count its participants twice`, `${at}.competencyIds`);
      }
      seenCompetencies.add(competencyId);
    }
    totalCost += c?.cost ?? 0;
    if (c?.mandatory === true) mandatoryCost += c.cost ?? 0;
  }

  const needList: ReadonlyArray<Partial<CoverageNeed> | null> = Array.isArray(needs) ? needs : [];
  const needIndex = new Map<string, number>();
  const priority: number[] = [];
  const inNeed: number[] = [];
  const seenNeeds = new Set<string>();
  let totalValue = 0;
  for (const [j, need] of needList.entries()) {
    const at = `needs[${j}]`;
    const competencyId = need?.competencyId;
    if (!isId(competencyId)) return fail("INVALID_NEED", "Every need names its competency", `${at}.competencyId`, "INVALID_ID");
    if (seenNeeds.has(competencyId)) return fail("DUPLICATE_NEED", `Competency ${competencyId} has more than one need`, `${at}.competencyId`);
    seenNeeds.add(competencyId);
    const employees = need?.employeesInNeed;
    if (typeof employees !== "number" || !Number.isSafeInteger(employees) || employees < 0) {
      return fail("INVALID_NEED", "Employees in need must be a whole number >= 0", `${at}.employeesInNeed`, "INVALID_COUNT");
    }
    const mean = need?.meanPriority;
    if (typeof mean !== "number" || !Number.isFinite(mean) || mean < 0 || mean > MAX_PLAN_VALUE) {
      return fail("INVALID_NEED", `Mean priority must be a number from 0 to ${MAX_PLAN_VALUE}`, `${at}.meanPriority`, "INVALID_PRIORITY");
    }
    const p = toHundredths(mean);
    if (p > 0 && employees > 0) {
      needIndex.set(competencyId, priority.length);
      priority.push(p);
      inNeed.push(employees);
      totalValue += p * employees;
    }
  }

  if (!Number.isSafeInteger(totalCost)) {
    return fail("TOTAL_COST_TOO_LARGE", "The candidates' costs add up to more than can be computed exactly", "candidates");
  }
  if (!(totalValue <= Number.MAX_SAFE_INTEGER)) {
    return fail("TOTAL_VALUE_TOO_LARGE", "The needs add up to more value than can be computed exactly", "needs");
  }
  if (mandatoryCost > ceiling) {
    return fail("MANDATORY_OVER_CEILING", `Mandatory programmes alone cost Rp${mandatoryCost}, more than the ceiling of Rp${ceiling}`, "ceiling");
  }

  const valid = list as ReadonlyArray<CoverageCandidate>;
  return ok({
    ids: valid.map((c) => c.id),
    cost: valid.map((c) => c.cost),
    participants: valid.map((c) => c.participants),
    needsOf: valid.map((c) => c.competencyIds.flatMap((id) => (needIndex.has(id) ? [needIndex.get(id) ?? 0] : []))),
    mandatory: valid.map((c) => c.mandatory === true),
    priority,
    inNeed,
    ceiling,
  });
};

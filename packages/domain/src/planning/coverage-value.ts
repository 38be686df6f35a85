import type { CoverageNeed } from "./coverage-input.js";
import { fromHundredths, MAX_PLAN_VALUE, toHundredths } from "./hundredths.js";

/** A chosen programme as coverage sees it. */
export interface CoveringProgramme {
  /** Employees it trains: a whole number >= 0. */
  readonly participants: number;
  /** The competencies it develops, none twice. */
  readonly competencyIds: readonly string[];
}

/**
 * The value of a SET of programmes by the need it covers: per competency, its mean priority (2
 * decimals, half up) × min(employees in need, Σ participants of the chosen programmes that
 * develop it), summed and exact to 2 decimals. Two programmes for the same 30 employees in need
 * are worth what one is; a competency without a need (or not among `needs`) adds nothing.
 * *Practice*: there is no national formula (DOMAIN.md §4).
 *
 * For data the system has already checked (the optimiser's `selectPlanByCoverage` returns a
 * Result for the same input): a competency listed twice in one programme, a need listed twice,
 * participants or employees that are not whole numbers >= 0, or a mean priority outside
 * 0..10^10 throw a RangeError.
 */
export const coverageValue = (chosen: ReadonlyArray<CoveringProgramme>, needs: ReadonlyArray<CoverageNeed>): number => {
  const covered = new Map<string, number>();
  for (const { participants, competencyIds } of chosen) {
    if (!Number.isSafeInteger(participants) || participants < 0) {
      throw new RangeError(`coverageValue: participants must be a whole number >= 0, got ${String(participants)}`);
    }
    const seen = new Set<string>();
    for (const id of competencyIds) {
      if (seen.has(id)) throw new RangeError(`coverageValue: competency ${id} is listed twice in one programme`);
      seen.add(id);
      covered.set(id, (covered.get(id) ?? 0) + participants);
    }
  }
  const seenNeeds = new Set<string>();
  let hundredths = 0;
  for (const { competencyId, employeesInNeed, meanPriority } of needs) {
    if (seenNeeds.has(competencyId)) throw new RangeError(`coverageValue: competency ${competencyId} has more than one need`);
    seenNeeds.add(competencyId);
    if (!Number.isSafeInteger(employeesInNeed) || employeesInNeed < 0) {
      throw new RangeError(`coverageValue: employeesInNeed must be a whole number >= 0, got ${String(employeesInNeed)}`);
    }
    if (!Number.isFinite(meanPriority) || meanPriority < 0 || meanPriority > MAX_PLAN_VALUE) {
      throw new RangeError(`coverageValue: meanPriority must be a number from 0 to ${MAX_PLAN_VALUE}, got ${String(meanPriority)}`);
    }
    hundredths += toHundredths(meanPriority) * Math.min(employeesInNeed, covered.get(competencyId) ?? 0);
  }
  if (!Number.isSafeInteger(hundredths)) throw new RangeError("coverageValue: the value is too large to compute exactly");
  return fromHundredths(hundredths);
};

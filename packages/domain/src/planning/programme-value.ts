import { roundHalfUp } from "../shared/rounding.js";

/** A need a programme covers: its priority score and how many of the employees with it the programme takes. */
export interface CoveredNeed {
  /** The need's priority, e.g. `priorityScore(...).score` (0..100). */
  readonly priority: number;
  /** Employees with this need the programme enrols. */
  readonly participants: number;
}

/**
 * What funding a programme is worth to the optimiser: `Σ priority × participants` over the
 * needs it covers, rounded half up to 2 decimals. With one row per enrolled employee
 * (participants 1) it is the sum of their priority scores: a programme that trains many people
 * with urgent needs is worth more than one that trains a few with mild ones. *Practice*: there
 * is no national formula (DOMAIN.md §4).
 *
 * A priority that is not a finite number >= 0 or participants that are not a whole number >= 0
 * are programmer errors (RangeError): both come from the system's own data.
 */
export const programmeValue = (coveredNeeds: ReadonlyArray<CoveredNeed>): number => {
  let total = 0;
  for (const { priority, participants } of coveredNeeds) {
    if (!Number.isFinite(priority) || priority < 0) throw new RangeError(`programmeValue: priority must be >= 0, got ${String(priority)}`);
    if (!Number.isInteger(participants) || participants < 0) {
      throw new RangeError(`programmeValue: participants must be a whole number >= 0, got ${String(participants)}`);
    }
    total += priority * participants;
  }
  return roundHalfUp(total, 2);
};

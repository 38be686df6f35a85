import { absorptionPercent } from "./ratios.js";
import { assertRupiah } from "./rupiah.js";

/** What a programme's open commitment is computed from, in whole rupiah. */
export interface CommitmentInput {
  /**
   * What the programme P is expected to cost: the larger of its adopted plan's cost and its sessions' scheduled fees
   * (contract §2). Any amount >= 0; a value past 2^53 may be passed as `Number.MAX_SAFE_INTEGER` (the cap below keeps
   * the result exact).
   */
  readonly base: number;
  /**
   * Σ ACTIVE spending of P: every spending on one of P's lines, and every spending on any other line that is linked to
   * one of P's batches (each spending once).
   */
  readonly programmeSpent: number;
  /** The ceiling of the line that carries P's commitment (P's line with the lowest account code). */
  readonly lineCeiling: number;
  /** What that line has spent. */
  readonly lineSpent: number;
}

/**
 * The open commitment a programme's carrying line shows (contract §2, "Commitments"):
 * `min(max(0, base − programmeSpent), max(0, lineCeiling − lineSpent))`. What the programme still expects to spend,
 * less everything already spent for it wherever it was booked, and never more than the line can still pay: a
 * commitment is money set aside on that line, so it cannot exceed what the line has left. Every other line commits 0.
 * RangeError for an amount that is not whole rupiah (the figures are the system's own).
 */
export const openCommitment = ({ base, programmeSpent, lineCeiling, lineSpent }: CommitmentInput): number => {
  assertRupiah("openCommitment", { base, programmeSpent, lineCeiling, lineSpent });
  return Math.min(Math.max(0, base - programmeSpent), Math.max(0, lineCeiling - lineSpent));
};

/** A line's (or a sum of lines') money: the ceiling, what is spent and what is committed. */
export interface LineFiguresInput {
  readonly ceiling: number;
  readonly spent: number;
  readonly committed: number;
}

/** What the budget shows of a line or of a sum of lines. */
export interface LineFigures {
  /** Remaining (sisa setelah komitmen): ceiling − spent − committed, never negative. */
  readonly remaining: number;
  /** Absorption (serapan): spent / ceiling × 100, 2 decimals; null when the ceiling is 0. */
  readonly absorptionPercent: number | null;
}

/**
 * The remaining amount and the absorption of a line, or of a sum of lines (the year's totals, an account's subtotal):
 * `remaining = ceiling − spent − committed`, `absorptionPercent(ceiling, spent)`. Never negative by construction: the
 * spent is never above the ceiling (the spending check and the database see to it) and {@link openCommitment} is
 * capped at what the line has left, so a sum of lines cannot go below 0 either. Figures that break this (or are not
 * whole rupiah) are a programmer error: RangeError.
 */
export const lineFigures = ({ ceiling, spent, committed }: LineFiguresInput): LineFigures => {
  assertRupiah("lineFigures", { ceiling, spent, committed });
  const remaining = ceiling - spent - committed;
  if (remaining < 0) throw new RangeError(`lineFigures: spent ${spent} and committed ${committed} are more than the ceiling ${ceiling}`);
  return { remaining, absorptionPercent: absorptionPercent(ceiling, spent) };
};

import { roundHalfUp } from "../shared/rounding.js";
import { assertRupiah } from "./rupiah.js";

/** `numerator / denominator` rounded half up, exactly (numerator >= 0, denominator > 0). */
const divideHalfUp = (numerator: bigint, denominator: bigint): number => Number((2n * numerator + denominator) / (2n * denominator));

/** The most participant-JP a programme can have here (a city's whole year is far below it). */
const MAX_PARTICIPANT_JP = 1e12;

/** participantJp in hundredths of a JP, or a RangeError unless a finite number >= 0 with at most 2 decimals. */
const hundredthsOf = (caller: string, participantJp: number): bigint => {
  if (typeof participantJp !== "number" || !Number.isFinite(participantJp) || participantJp < 0 || participantJp > MAX_PARTICIPANT_JP) {
    throw new RangeError(`${caller}: participantJp must be a number 0..${MAX_PARTICIPANT_JP}, got ${String(participantJp)}`);
  }
  const scaled = participantJp * 100;
  const hundredths = Math.round(scaled);
  if (Math.abs(scaled - hundredths) > 1e-6) throw new RangeError(`${caller}: participantJp has at most 2 decimals, got ${participantJp}`);
  return BigInt(hundredths);
};

/**
 * Cost per participant-JP (DOMAIN.md §8: total cost / (participants × JP)) from the sum of credited
 * JP over the participants (`participantJp`, e.g. 37.5 when participants earned different JP):
 * whole rupiah rounded half up, computed exactly; null when participantJp is 0.
 * `costPerParticipantJp(c, p, jp)` equals `costPerParticipantJpOf(c, p × jp)`. RangeError for a cost
 * that is not whole rupiah or a participantJp that is not a number >= 0 with at most 2 decimals.
 */
export const costPerParticipantJpOf = (totalCost: number, participantJp: number): number | null => {
  assertRupiah("costPerParticipantJpOf", { totalCost });
  const hundredths = hundredthsOf("costPerParticipantJpOf", participantJp);
  if (hundredths === 0n) return null;
  return divideHalfUp(BigInt(totalCost) * 100n, hundredths);
};

export interface CostEffectivenessInput {
  /** The programme's cost (realised spending), whole rupiah. */
  readonly cost: number;
  /** Σ credited JP over the participants (at most 2 decimals). */
  readonly participantJp: number;
  /** Participants counted for the gain. */
  readonly participants: number;
  /** The participants' mean N-gain (a fraction, 0.45 = 45 points), or null when not measured. */
  readonly meanNGain: number | null;
  /** Competency gaps the programme addressed. */
  readonly gapsAddressed: number;
}

export interface CostEffectiveness {
  /** Rupiah per participant-JP, or null when there are no participant-JP. */
  readonly costPerParticipantJp: number | null;
  /** Rupiah per participant per N-gain point: cost / (participants × meanNGain × 100), whole rupiah; null when no positive gain. */
  readonly costPerGainPoint: number | null;
  /** N-gain points summed over participants per Rp1,000,000: participants × meanNGain × 100 / (cost / 1,000,000), 2 decimals. */
  readonly gainPerMillionRupiah: number | null;
  /** Rupiah per gap addressed, whole rupiah; null when none. */
  readonly costPerGapAddressed: number | null;
}

/**
 * Cost-effectiveness of a programme (issue 10, DOMAIN.md §6 and §8): cost per participant-JP, cost
 * per N-gain point, gain per million rupiah and cost per gap addressed; whole rupiah rounded half up,
 * the gain per million to 2 decimals. costPerGainPoint is null when meanNGain is null or <= 0 or there
 * are no participants; gainPerMillionRupiah is null when the cost is 0 or meanNGain is null;
 * costPerGapAddressed is null when no gap was addressed. RangeError for a cost that is not whole
 * rupiah, counts that are not safe integers >= 0, a bad participantJp or a meanNGain that is not a
 * finite number.
 */
export const costEffectiveness = (input: CostEffectivenessInput): CostEffectiveness => {
  const { cost, participantJp, participants, meanNGain, gapsAddressed } = input;
  assertRupiah("costEffectiveness", { cost, participants, gapsAddressed });
  if (meanNGain !== null && (typeof meanNGain !== "number" || !Number.isFinite(meanNGain))) {
    throw new RangeError(`costEffectiveness: meanNGain must be a finite number or null, got ${String(meanNGain)}`);
  }
  const gainPoints = meanNGain === null ? null : participants * meanNGain * 100;
  return {
    costPerParticipantJp: costPerParticipantJpOf(cost, participantJp),
    costPerGainPoint: gainPoints === null || meanNGain === null || meanNGain <= 0 || participants === 0 ? null : roundHalfUp(cost / gainPoints, 0),
    gainPerMillionRupiah: gainPoints === null || cost === 0 ? null : roundHalfUp((gainPoints * 1_000_000) / cost, 2),
    costPerGapAddressed: gapsAddressed === 0 ? null : divideHalfUp(BigInt(cost), BigInt(gapsAddressed)),
  };
};

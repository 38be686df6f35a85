import { assertRupiah } from "./rupiah.js";

/** `numerator / denominator` rounded half up to a whole number, exactly (both integers >= 0, denominator > 0). */
const divideHalfUp = (numerator: bigint, denominator: bigint): number => Number((2n * numerator + denominator) / (2n * denominator));

/**
 * Cost per participant-JP (DOMAIN.md §8): `totalCost / (participants × jp)` in whole rupiah,
 * rounded half up, computed exactly; null when participants × jp is 0 (nothing to divide by).
 * Each argument must be a safe integer >= 0 (RangeError otherwise: the inputs are the system's own
 * checked amounts and counts).
 *
 * `costPerParticipantJp(36_100_000, 40, 25)` is 36,100; `costPerParticipantJp(100, 3, 2)` is 17
 * (16.67 rounded); `costPerParticipantJp(5, 2, 1)` is 3 (2.5 rounded up).
 */
export const costPerParticipantJp = (totalCost: number, participants: number, jp: number): number | null => {
  assertRupiah("costPerParticipantJp", { totalCost, participants, jp });
  if (participants === 0 || jp === 0) return null;
  return divideHalfUp(BigInt(totalCost), BigInt(participants) * BigInt(jp));
};

/**
 * Absorption (serapan, DOMAIN.md §8): `spent / ceiling × 100` as a percentage rounded half up to
 * 2 decimals, computed exactly (so Rp 1 of Rp 3 is 33.33 and Rp 2 of Rp 3 is 66.67); null when the
 * ceiling is 0. Spending above the ceiling gives more than 100. Each amount must be whole rupiah
 * (a safe integer >= 0; RangeError otherwise).
 */
export const absorptionPercent = (ceiling: number, spent: number): number | null => {
  assertRupiah("absorptionPercent", { ceiling, spent });
  if (ceiling === 0) return null;
  // Hundredths of a percent: spent × 10,000 / ceiling, rounded half up.
  return divideHalfUp(BigInt(spent) * 10_000n, BigInt(ceiling)) / 100;
};

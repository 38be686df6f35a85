import { DISBURSEMENT_PROFILE, disbursementPlan } from "./disbursement.js";
import { assertRupiah } from "./rupiah.js";

/**
 * The first month (1..12) of a fiscal year whose planned disbursement may still change on `today` (`YYYY-MM-DD`, the
 * city's calendar, Asia/Jakarta): January for a year still ahead; today's month in the current year (the month is not
 * over, so its plan is still open); December for a year already past, so a late revision (booked after the year closed)
 * still has a month to land in and the plan keeps summing to the ceiling.
 */
export const firstOpenMonth = (fiscalYear: number, today: string): number => {
  if (!Number.isInteger(fiscalYear)) throw new RangeError(`firstOpenMonth: fiscalYear must be an integer, got ${String(fiscalYear)}`);
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(today);
  const month = m ? Number(m[2]) : NaN;
  if (!m || month < 1 || month > 12) throw new RangeError(`firstOpenMonth: today must be YYYY-MM-DD, got ${String(today)}`);
  const year = Number(m[1]);
  if (fiscalYear > year) return 1;
  if (fiscalYear < year) return 12;
  return month;
};

/**
 * A line's monthly plan (rencana penarikan) after its ceiling changed to `ceiling`, re-split from `fromMonth` (1..12,
 * {@link firstOpenMonth}) on: the months before it are past and keep their plan; what is left of the new ceiling after
 * them is split over the months ahead in proportion to their current plan (the default profile's months ahead when
 * they are all zero), by largest remainder, so the 12 months add up exactly to the ceiling.
 *
 * A cut below what the past months planned (the new ceiling under their sum) cannot be absorbed ahead: the months ahead
 * get 0 and the past months are lowered from the latest backward until the plan sums to the ceiling. The plan is a
 * schedule, not money spent (a revision below what was spent is refused by `applyRevision`), and the earliest months
 * keep the plan they were reported against longest. Bad input is a programmer error (RangeError).
 */
export const resplitPlan = (plannedByMonth: ReadonlyArray<number>, ceiling: number, fromMonth: number): number[] => {
  if (!Array.isArray(plannedByMonth) || plannedByMonth.length !== 12) throw new RangeError("resplitPlan: the plan has 12 months");
  plannedByMonth.forEach((amount, i) => assertRupiah("resplitPlan", { [`plannedByMonth[${i}]`]: amount }));
  assertRupiah("resplitPlan", { ceiling });
  if (!Number.isInteger(fromMonth) || fromMonth < 1 || fromMonth > 12) throw new RangeError(`resplitPlan: fromMonth is 1..12, got ${String(fromMonth)}`);
  const open = fromMonth - 1;
  const plan = [...plannedByMonth];
  const past = plan.slice(0, open).reduce((a, b) => a + b, 0);
  if (ceiling >= past) {
    const ahead = plan.map((v, i) => (i < open ? 0 : v));
    const weights = ahead.some((v) => v > 0) ? ahead : DISBURSEMENT_PROFILE.map((w, i) => (i < open ? 0 : w));
    const split = disbursementPlan(ceiling - past, weights);
    return plan.map((v, i) => (i < open ? v : (split[i] ?? 0)));
  }
  // The cut: nothing ahead, the past lowered from its latest month back.
  let excess = past - ceiling;
  for (let i = 11; i >= 0; i--) {
    if (i >= open) {
      plan[i] = 0;
      continue;
    }
    const taken = Math.min(plan[i] ?? 0, excess);
    plan[i] = (plan[i] ?? 0) - taken;
    excess -= taken;
  }
  return plan;
};

export { checkRupiah, rupiahProblem, RUPIAH_INVALID_REASONS } from "./rupiah.js";
export type { RupiahError, RupiahInvalidReason } from "./rupiah.js";
export { costPerParticipantJp, absorptionPercent } from "./ratios.js";
export { DAILY_ALLOWANCE_KINDS, DAILY_ALLOWANCE_RULES, dailyAllowanceCeiling } from "./allowances.js";
export type { DailyAllowanceKind } from "./allowances.js";

export { checkRupiah, rupiahProblem, RUPIAH_INVALID_REASONS } from "./rupiah.js";
export type { RupiahError, RupiahInvalidReason } from "./rupiah.js";
export { costPerParticipantJp, absorptionPercent } from "./ratios.js";

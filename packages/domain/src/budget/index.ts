export { checkRupiah, rupiahProblem, RUPIAH_INVALID_REASONS } from "./rupiah.js";
export type { RupiahError, RupiahInvalidReason } from "./rupiah.js";
export { costPerParticipantJp, absorptionPercent } from "./ratios.js";
export { DAILY_ALLOWANCE_KINDS, DAILY_ALLOWANCE_RULES, dailyAllowanceCeiling } from "./allowances.js";
export type { DailyAllowanceKind } from "./allowances.js";
export { formatRupiah } from "./format.js";
export { checkPositiveRupiah, POSITIVE_AMOUNT_INVALID_REASONS } from "./amount.js";
export type { AmountError, PositiveAmountInvalidReason } from "./amount.js";
export { canSpend, canEditSpend } from "./spend.js";
export { MAX_LINE_CEILING, checkLineCeiling } from "./ceiling.js";
export type { CeilingError } from "./ceiling.js";
export { openCommitment, lineFigures } from "./line-figures.js";
export type { CommitmentInput, LineFiguresInput, LineFigures } from "./line-figures.js";
export type { BudgetLineMoney, CanSpendOptions, BudgetExceededError, CanSpendError } from "./spend.js";
export { REVISION_KINDS, REVISION_REASON_MAX_LENGTH, REVISION_INVALID_REASONS, applyRevision } from "./revisions.js";
export type {
  RevisionKind,
  RevisionInvalidReason,
  TransferRevision,
  ChangeRevision,
  BudgetRevision,
  RevisableLine,
  InvalidRevisionError,
  RevisionBelowSpentError,
  RevisionError,
} from "./revisions.js";
export { DISBURSEMENT_PROFILE, disbursementPlan, monthlyAbsorption } from "./disbursement.js";
export type { MonthlyAbsorptionRow } from "./disbursement.js";
export { firstOpenMonth, resplitPlan } from "./resplit.js";
export { APBD_ACCOUNTS, ACCOUNT_CODE_PATTERN, checkAccountCode } from "./accounts.js";
export type { ApbdAccount, AccountCodeError } from "./accounts.js";
export {
  SPENDING_CATEGORIES,
  SPENDING_CATEGORY_ACCOUNT,
  STANDARD_COST_RULES,
  STANDARD_COST_MAX_QUANTITY,
  STANDARD_COST_MAX_MINUTES,
  STANDARD_COST_INPUT_INVALID_REASONS,
  checkStandardCost,
} from "./standard-costs.js";
export type {
  SpendingCategory,
  StandardCostRules,
  StandardCostInputInvalidReason,
  StandardCostInput,
  AboveStandardCostError,
  StandardCostInputError,
  StandardCostError,
} from "./standard-costs.js";
export { costPerParticipantJpOf, costEffectiveness } from "./cost-effectiveness.js";
export type { CostEffectivenessInput, CostEffectiveness } from "./cost-effectiveness.js";

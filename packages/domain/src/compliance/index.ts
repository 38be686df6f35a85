export { JP_LEDGER_RULES, JP_LEDGER_STATUSES, JP_EARLY_WARNINGS, jpLedger, jpEarlyWarning } from "./jp-ledger.js";
export type { JpLedgerRules, JpLedgerStatus, JpLedgerEntry, JpLedger, JpEarlyWarning } from "./jp-ledger.js";

import { JP_EARLY_WARNINGS, JP_LEDGER_RULES, JP_LEDGER_STATUSES, type JpEarlyWarning, type JpLedgerStatus } from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";

export type { JpLedgerStatus };
export type JpWarning = JpEarlyWarning;

/** Where a learning record stands. */
export const LEARNING_RECORD_STATUSES = ["SUBMITTED", "VERIFIED", "REJECTED"] as const;
export type LearningRecordStatus = (typeof LEARNING_RECORD_STATUSES)[number];

export const LearningRecordStatusEnum = describedEnum("LearningRecordStatus", "Where a learning record stands.", LEARNING_RECORD_STATUSES, {
  SUBMITTED: "Submitted by a unit operator; its JP is pending until BKPSDM verifies it.",
  VERIFIED: "Verified by BKPSDM; its JP is earned.",
  REJECTED: "Rejected by BKPSDM with a reason; it credits nothing.",
});


export const JpLedgerStatusEnum = describedEnum("JpLedgerStatus", "An employee's JP ledger status for a year (PP 11/2017 art. 203(4); PP 49/2018 art. 40(1)).", JP_LEDGER_STATUSES, {
  MET: `A PNS earned at least the minimum (${JP_LEDGER_RULES.pnsMinimumJp} JP), or a PPPK stayed within the cap (${JP_LEDGER_RULES.pppkMaximumJp} JP).`,
  SHORT: "A PNS earned less than the minimum so far.",
  OVER_CAP: "A PPPK earned more than the cap.",
});


export const JpWarningEnum = describedEnum("JpWarning", "Whether a PNS will reach the yearly minimum.", JP_EARLY_WARNINGS, {
  MET: "The minimum is already earned.",
  ON_TRACK: "Short, but what is earned, pending and planned (enrolled batches) reaches the minimum.",
  AT_RISK: "Short, and what is earned, pending and planned cannot reach the minimum by 31 December.",
  MISSED: "The year is over and the minimum was not earned.",
});

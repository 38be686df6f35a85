import { describedEnum } from "../../kit/enum-of";
import { ATTENDANCE_METHODS } from "./session-attendance.entity";

export const COMPLETION_OUTCOMES = ["COMPLETED", "NOT_COMPLETED"] as const;
export type CompletionOutcome = (typeof COMPLETION_OUTCOMES)[number];

export const CERTIFICATE_STATUSES = ["VALID", "REVOKED"] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const AttendanceMethodEnum = describedEnum("AttendanceMethod", "How an attendance mark was taken.", ATTENDANCE_METHODS, {
  SHEET: "Entered on the organiser's attendance sheet.",
  IMPORT: "Read from an imported CSV or XLSX file.",
  QR: "The participant checked in with the session's QR code.",
});

export const CompletionOutcomeEnum = describedEnum("CompletionOutcome", "What completion found for a participant.", COMPLETION_OUTCOMES, {
  COMPLETED: "Attended enough of the batch's JP and, where there is a post-test, reached the pass mark.",
  NOT_COMPLETED: "Attended too little, or stayed below the post-test's pass mark.",
});

export const CertificateStatusEnum = describedEnum("CertificateStatus", "Whether a certificate stands.", CERTIFICATE_STATUSES, {
  VALID: "Issued and not revoked.",
  REVOKED: "Revoked by BKPSDM; the public page says so and the JP no longer count.",
});

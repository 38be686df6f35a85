import { allowedBatchMoves, allowedProgrammeMoves, type DeliveryState, type NominationState } from "@bina/domain";

/**
 * The status moves a programme offers: the domain's lifecycle table. A programme does not go back to DRAFT from
 * the catalogue (the table allows no backward move anyway).
 */
export const programmeMoves = (status: DeliveryState): readonly DeliveryState[] => allowedProgrammeMoves(status);

/**
 * The status moves a batch page offers as buttons: the domain's table, without COMPLETED (a batch completes only
 * through "complete batch", which works out attendance, outcomes and certificates at once).
 */
export const batchMoves = (status: DeliveryState): readonly DeliveryState[] => allowedBatchMoves(status).filter((s) => s !== "COMPLETED");

/** Whether nominations are taken (the API refuses others with NOMINATIONS_CLOSED). */
export const takesNominations = (status: DeliveryState): boolean => status === "PLANNED" || status === "OPEN";

/** Whether attendance, scores and QR check-in are taken (the API refuses others with BATCH_NOT_RUNNING). */
export const takesAttendance = (status: DeliveryState): boolean => status === "RUNNING";

/** Whether sessions still change (the API refuses others with BATCH_CLOSED). */
export const sessionsOpen = (status: DeliveryState): boolean => !["COMPLETED", "EVALUATED", "CANCELLED"].includes(status);

/** What an administrator may decide on a nomination: approve a seat holder awaiting approval, reject while undecided. */
export const nominationDecisions = (status: NominationState): { readonly approve: boolean; readonly reject: boolean; readonly cancel: boolean } => ({
  approve: status === "NOMINATED",
  reject: status === "NOMINATED" || status === "WAITLISTED",
  cancel: status === "NOMINATED" || status === "APPROVED" || status === "WAITLISTED",
});

/** Colour of a delivery state's tag. */
export const DELIVERY_STATE_COLORS: Readonly<Record<DeliveryState, string>> = {
  DRAFT: "default",
  PLANNED: "blue",
  OPEN: "geekblue",
  RUNNING: "magenta",
  COMPLETED: "green",
  EVALUATED: "purple",
  CANCELLED: "red",
};

export const NOMINATION_STATE_COLORS: Readonly<Record<NominationState, string>> = {
  NOMINATED: "blue",
  APPROVED: "green",
  WAITLISTED: "magenta",
  REJECTED: "red",
  CANCELLED: "default",
};

/** The public verification page of a certificate code, on the server that serves this app. */
export const verifyPath = (code: string): string => `/verify/${encodeURIComponent(code)}`;

/**
 * When to ask for a fresh QR check-in code: some seconds before the shown one expires (never sooner than in one
 * second, so a clock ahead of the server's does not ask in a loop).
 */
export const refreshDelayMs = (expiresAt: string, nowMs: number, marginMs = 15_000): number => {
  const expires = Date.parse(expiresAt);
  if (!Number.isFinite(expires)) return 1_000;
  return Math.max(1_000, expires - nowMs - marginMs);
};

/** A schedule clash as the API names it (CONFLICT SCHEDULE_CONFLICT's extensions), or null for another error. */
export interface ScheduleClash {
  readonly batchName: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly resource: string;
}

export const scheduleClashOf = (errors: readonly { readonly extensions?: Readonly<Record<string, unknown>> | undefined }[]): ScheduleClash | null => {
  for (const e of errors) {
    const x = e.extensions ?? {};
    if (x["domainCode"] !== "SCHEDULE_CONFLICT") continue;
    const text = (key: string) => (typeof x[key] === "string" ? (x[key] as string) : "");
    return {
      batchName: text("clashingBatchName"),
      date: text("clashingDate"),
      start: text("clashingStart").slice(0, 5),
      end: text("clashingEnd").slice(0, 5),
      resource: text("resource"),
    };
  }
  return null;
};

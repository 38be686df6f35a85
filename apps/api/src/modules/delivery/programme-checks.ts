import { domainError, type DevelopmentKind, type LeadershipProgramme } from "@bina/domain";
import { failure } from "../../kit/errors";
import type { FieldErrors } from "./delivery-checks";

/** A leadership programme only for LEADERSHIP_TRAINING (INVALID_ACTIVITY naming `leadershipProgramme` otherwise). */
export function checkLeadership(errors: FieldErrors, kind: DevelopmentKind, leadership: LeadershipProgramme | null): LeadershipProgramme | null {
  if (leadership !== null && kind !== "LEADERSHIP_TRAINING") {
    errors.add(
      domainError("INVALID_ACTIVITY", "leadershipProgramme: only a LEADERSHIP_TRAINING programme is a leadership programme", {
        field: "leadershipProgramme",
        reason: "NOT_LEADERSHIP_TRAINING",
      }),
    );
  }
  return leadership;
}


/** Programme states that take no new batch and let none move forward (CONFLICT PROGRAMME_CLOSED). */
export const CLOSED_PROGRAMME_STATES: readonly string[] = ["CANCELLED", "COMPLETED", "EVALUATED"];

/** Batch states that keep their programme from being cancelled (CONFLICT PROGRAMME_HAS_ACTIVE_BATCHES). */
export const ACTIVE_BATCH_STATES: readonly string[] = ["RUNNING", "COMPLETED", "EVALUATED"];

/** Batch states cancelled together with their programme. */
export const EARLY_BATCH_STATES: readonly string[] = ["DRAFT", "PLANNED", "OPEN"];

/** Refuses a new batch, or a batch moving forward, under a cancelled or finished programme (CONFLICT PROGRAMME_CLOSED). */
export function assertProgrammeOpen(programme: { id: string; title: string; status: string }, field: string): void {
  if (!CLOSED_PROGRAMME_STATES.includes(programme.status)) return;
  throw failure("PROGRAMME_CLOSED", `Programme "${programme.title}" is ${programme.status}; its batches are not added to or moved forward`, {
    field,
    programmeId: programme.id,
    programmeStatus: programme.status,
  });
}

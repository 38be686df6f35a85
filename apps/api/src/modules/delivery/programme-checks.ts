import { domainError, type DevelopmentKind, type LeadershipProgramme } from "@bina/domain";
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


import { REVISION_KINDS, type RevisionKind } from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";
import { REVISION_STATES, type RevisionState } from "./budget-revision.entity";

export type { RevisionKind, RevisionState };

export const RevisionKindEnum = describedEnum("RevisionKind", "What a budget revision does to the year's ceilings.", REVISION_KINDS, {
  TRANSFER: "Moves `amount` of ceiling from one line (fromLine) to another (toLine); the year's total stays the same.",
  CHANGE: "Sets one line's ceiling to `newCeiling` (e.g. the APBD-P, the mid-year budget change).",
});

export const RevisionStatusEnum = describedEnum("RevisionStatus", "Where a budget revision stands.", REVISION_STATES, {
  REQUESTED: "Requested, waiting for an administrator's decision; the ceilings are unchanged.",
  APPROVED: "Approved by an administrator and applied to the lines' ceilings and monthly plans.",
  REJECTED: "Rejected by an administrator; nothing changed.",
});

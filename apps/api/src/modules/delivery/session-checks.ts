import type { EntityManager } from "typeorm";
import { checkSessionFee, domainError, validateSessionTime, type SessionRole, type SpeakerLevel } from "@bina/domain";
import { badInput, conflict } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import type { BatchEntity } from "./batch.entity";
import { FieldErrors } from "./delivery-checks";
import { MAX_SESSION_JP } from "./delivery-limits";
import { SpeakerEntity } from "./speaker.entity";


/** The session fields a change ends with, before the schedule check. */
export interface SessionFields {
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly jp: number;
  readonly topic: string;
  readonly venue: string | null;
  readonly speakerId: string | null;
  readonly role: SessionRole;
  readonly fee: number | null;
}

/** Sessions may change until a batch is completed or cancelled (CONFLICT BATCH_CLOSED afterwards). */
export function assertSessionsOpen(batch: BatchEntity): void {
  if (["COMPLETED", "EVALUATED", "CANCELLED"].includes(batch.status)) {
    throw conflict(`Batch ${batch.name} is ${batch.status}; its sessions no longer change`, { domainCode: "BATCH_CLOSED" });
  }
}

/**
 * A session's fields by the domain's rules, all problems together as field errors: the time (validateSessionTime), the
 * day within the batch, JP 0..24 in hundredths, the topic and venue texts, the speaker existing, and the fee (only with
 * a speaker) at most the ceiling of the speaker's level and role (checkSessionFee: FEE_ABOVE_CEILING on `fee`).
 */
export async function checkSession(
  m: EntityManager,
  batch: BatchEntity,
  draft: Omit<SessionFields, "topic" | "venue"> & { topic: string | null; venue: string | null | undefined; currentVenue?: string | null; currentTopic?: string },
): Promise<SessionFields & { minutes: number }> {
  const errors = new FieldErrors();
  const time = errors.take(validateSessionTime({ date: draft.date, start: draft.start, end: draft.end }));
  if (time && (draft.date < batch.startsOn || draft.date > batch.endsOn)) {
    errors.add(domainError("INVALID_DATE", `date: the batch runs from ${batch.startsOn} to ${batch.endsOn}`, { field: "date", reason: "OUTSIDE_BATCH" }));
  }
  if (!Number.isFinite(draft.jp) || draft.jp < 0 || draft.jp > MAX_SESSION_JP || Math.round(draft.jp * 100) !== draft.jp * 100) {
    errors.add(domainError("INVALID_JP", `jp: 0..${MAX_SESSION_JP} JP, at most two decimals`, { field: "jp" }));
  }
  const topic = draft.topic === null ? draft.currentTopic ?? "" : errors.text(draft.topic, "topic", "topic");
  const venue = draft.venue === undefined ? draft.currentVenue ?? batch.venue : errors.optionalText(draft.venue, "venue", "venue", batch.venue);
  errors.done();
  let level: SpeakerLevel | null = null;
  if (draft.speakerId !== null) {
    const speaker = isUuid(draft.speakerId) ? await m.findOneBy(SpeakerEntity, { id: draft.speakerId }) : null;
    if (!speaker) throw badInput(domainError("UNKNOWN_SPEAKER", `speakerId: there is no speaker ${draft.speakerId}`, { field: "speakerId" }));
    level = speaker.level as SpeakerLevel;
  }
  if (draft.fee !== null) {
    if (draft.speakerId === null) throw badInput(domainError("INVALID_AMOUNT", "fee: a fee is paid to a speaker; choose one", { field: "fee" }));
    const fee = checkSessionFee({ role: draft.role, level, minutes: time!.minutes, jp: draft.jp, fee: draft.fee });
    if (!fee.ok) throw badInput(fee.error);
  }
  return { date: draft.date, start: draft.start.slice(0, 5), end: draft.end.slice(0, 5), jp: draft.jp, topic, venue, speakerId: draft.speakerId, role: draft.role, fee: draft.fee, minutes: time!.minutes };
}

import type { DataSource } from "typeorm";
import { domainError } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, conflict } from "../../kit/errors";
import { queryRows } from "../../kit/sql";
import { recordAudit } from "../audit/record-audit";
import { checkBatchDates, checkCapacity, checkQuotas, checkRange, replaceQuotas } from "./batch-checks";
import { BatchEntity } from "./batch.entity";
import { checkUrl, FieldErrors } from "./delivery-checks";
import type { UpdateBatchInput } from "./delivery.inputs";
import { ProgrammeEntity } from "./programme.entity";
import { lockBatch, promoteWaitlisted, seatsTaken } from "./seats";
import type { NominationEntity } from "./nomination.entity";

/** A batch whose participants were credited (COMPLETED, EVALUATED): what they were credited is fixed. */
export const CREDITED_STATUSES: readonly string[] = ["COMPLETED", "EVALUATED"];

const sameNumber = (a: number | string | null, b: number | string | null): boolean => (a === null || b === null ? a === b : Number(a) === Number(b));

/**
 * Once a batch is COMPLETED or EVALUATED its dates, pass mark and minimum attendance share decided (and are printed on)
 * what participants were credited: a change of any of them is CONFLICT BATCH_CLOSED naming the field (undo the
 * completion first). Name, venue, link and capacity may still change.
 */
function assertCreditUnchanged(
  current: BatchEntity,
  next: { startsOn: string; endsOn: string; passMark: number | null; minAttendanceShare: number | null },
): void {
  if (!CREDITED_STATUSES.includes(current.status)) return;
  const changed =
    next.startsOn !== current.startsOn
      ? "startsOn"
      : next.endsOn !== current.endsOn
        ? "endsOn"
        : !sameNumber(next.passMark, current.passMark)
          ? "passMark"
          : !sameNumber(next.minAttendanceShare, current.minAttendanceShare)
            ? "minAttendanceShare"
            : null;
  if (changed) {
    throw conflict(`${changed}: batch ${current.name} is ${current.status}; what its participants were credited no longer changes (undo the completion first)`, {
      field: changed,
      domainCode: "BATCH_CLOSED",
    });
  }
}

/**
 * Changes a batch (optimistic lock, the batch row locked as for nominations). The capacity may not drop below the
 * seats held; the dates must keep every session inside; a larger capacity or new quotas promote waitlisted nominees in
 * the same transaction. A COMPLETED or EVALUATED batch keeps its dates, pass mark and minimum attendance share
 * (CONFLICT BATCH_CLOSED). Audited.
 */
export async function updateBatch({
  ds,
  caller,
  input,
}: {
  ds: DataSource;
  caller: Caller;
  input: UpdateBatchInput;
}): Promise<{ batch: BatchEntity; promoted: NominationEntity[] }> {
  return ds.transaction(async (m) => {
    const current = await lockBatch(m, input.id);
    if (current.version !== input.version) {
      throw conflict(`Batch ${current.id} was changed by someone else (version ${current.version}, you sent ${input.version}); reload and try again`, {
        field: "version",
        domainCode: "STALE_VERSION",
        currentVersion: current.version,
      });
    }
    const programme = await m.findOneByOrFail(ProgrammeEntity, { id: current.programmeId });
    const errors = new FieldErrors();
    const startsOn = input.startsOn ?? current.startsOn;
    const endsOn = input.endsOn ?? current.endsOn;
    const fields = {
      name: input.name == null ? current.name : errors.text(input.name, "name", "batchName"),
      venue: errors.optionalText(input.venue, "venue", "venue", current.venue),
      onlineUrl: checkUrl(errors, input.onlineUrl, current.onlineUrl),
      capacity: input.capacity == null ? current.capacity : checkCapacity(errors, input.capacity),
      minAttendanceShare: input.minAttendanceShare == null ? current.minAttendanceShare : checkRange(errors, input.minAttendanceShare, "minAttendanceShare", 0, 1),
      passMark: input.passMark == null ? current.passMark : checkRange(errors, input.passMark, "passMark", 0, 100),
      startsOn,
      endsOn,
    };
    checkBatchDates(errors, startsOn, endsOn, programme.year);
    errors.done();
    assertCreditUnchanged(current, fields);
    const taken = await seatsTaken(m, current.id);
    if (fields.capacity < taken) {
      throw badInput(domainError("INVALID_CAPACITY", `capacity: ${taken} seats are held; cancel nominations first`, { field: "capacity", reason: "BELOW_SEATS_TAKEN" }));
    }
    const [span] = await queryRows<{ first: string | null; last: string | null }>(
      m,
      `SELECT min(date)::text AS first, max(date)::text AS last FROM batch_sessions WHERE batch_id = $1`,
      [current.id],
    );
    if (span?.first && (span.first < startsOn || span.last! > endsOn)) {
      throw badInput(domainError("INVALID_DATE", `startsOn: sessions are held from ${span.first} to ${span.last}`, { field: span.first < startsOn ? "startsOn" : "endsOn" }));
    }
    const quotas = input.quotas ? await checkQuotas(m, input.quotas) : null;
    const before = { ...current };
    const saved = await m.save(m.merge(BatchEntity, current, { ...fields, version: current.version + 1 }));
    if (quotas) await replaceQuotas(m, saved.id, quotas);
    const promoted = fields.capacity > before.capacity || quotas ? await promoteWaitlisted(m, saved, caller.user.id) : [];
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "Batch", entityId: saved.id, before, after: { ...saved, ...(quotas ? { quotas } : {}) } }]);
    return { batch: saved, promoted };
  });
}

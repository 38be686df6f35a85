import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { recordAudit } from "../audit/record-audit";
import { checkBatchDates, checkCapacity, checkQuotas, checkRange, replaceQuotas } from "./batch-checks";
import { BatchEntity } from "./batch.entity";
import { checkUrl, FieldErrors } from "./delivery-checks";
import type { BatchInput } from "./delivery.inputs";
import { assertProgrammeOpen } from "./programme-checks";
import { ProgrammeEntity } from "./programme.entity";

/**
 * A new batch of a programme (DRAFT, no sessions, credited JP 0), with its quotas; audited. Refused under a cancelled
 * or finished programme (CONFLICT PROGRAMME_CLOSED, field programmeId): the programme row is read FOR SHARE, so a
 * programme being cancelled or finished at the same moment (moveProgramme, row locked FOR UPDATE) is waited for.
 */
export async function createBatch({ ds, caller, input }: { ds: DataSource; caller: Caller; input: BatchInput }): Promise<BatchEntity> {
  return ds.transaction(async (m) => {
    const programme = isUuid(input.programmeId) ? await m.findOne(ProgrammeEntity, { where: { id: input.programmeId }, lock: { mode: "pessimistic_read" } }) : null;
    if (!programme) throw notFound("Programme", input.programmeId);
    assertProgrammeOpen(programme, "programmeId");
    const errors = new FieldErrors();
    const fields = {
      name: errors.text(input.name, "name", "batchName"),
      venue: errors.optionalText(input.venue, "venue", "venue"),
      onlineUrl: checkUrl(errors, input.onlineUrl),
      capacity: checkCapacity(errors, input.capacity),
      minAttendanceShare: checkRange(errors, input.minAttendanceShare ?? null, "minAttendanceShare", 0, 1),
      passMark: checkRange(errors, input.passMark ?? null, "passMark", 0, 100),
    };
    checkBatchDates(errors, input.startsOn, input.endsOn, programme.year);
    errors.done();
    const quotas = await checkQuotas(m, input.quotas ?? []);
    const saved = await m.save(
      m.create(BatchEntity, { ...fields, programmeId: programme.id, startsOn: input.startsOn, endsOn: input.endsOn, status: "DRAFT", creditedJp: 0 }),
    );
    await replaceQuotas(m, saved.id, quotas);
    await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "Batch", entityId: saved.id, before: null, after: { ...saved, quotas } }]);
    return saved;
  });
}

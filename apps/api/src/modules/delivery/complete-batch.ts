import type { DataSource, EntityManager } from "typeorm";
import { COMPLETION_RULES, completionOf, transitionBatch, type DeliveryState } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, failure } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { queryRows } from "../../kit/sql";
import { recordAudit, type AuditRecord } from "../audit/record-audit";
import { BatchEntity } from "./batch.entity";
import { newCertificateCode } from "./certificate-code";

export interface BatchCompletion {
  readonly batchId: string;
  readonly status: string;
  readonly version: number;
  readonly completed: number;
  readonly notCompleted: number;
  readonly certificates: number;
}

interface ParticipantRow {
  readonly id: string;
  readonly employeeId: string;
  readonly name: string;
  readonly postScore: string | null;
  readonly attendedJp: string;
}

/** The printed number of a certificate, from the sequence: `STTPP/<year of the batch's end>/<6 digits>`. */
const NUMBER_SQL = `'STTPP/' || $3 || '/' || lpad(nextval('certificate_number_seq')::text, 6, '0')`;

/**
 * Completes a RUNNING batch (ADMIN; optimistic lock on the batch's version). In one transaction, with audit rows: every
 * APPROVED participant's attended JP (Σ JP of the sessions marked present) and outcome by the domain's `completionOf`
 * (the batch's own minimum attendance share, else the default, and its post-test pass mark if any); for each one who
 * completed, a verified BATCH entry in the JP ledger (the batch's credited JP, the programme's kind and title, the
 * batch's dates) and a certificate with an unguessable code and a number, except for one whose certificate was revoked
 * (kept through an undone completion: no new certificate, no JP); the batch becomes COMPLETED
 * (`transitionBatch`). Concurrent attendance writers hold the batch FOR SHARE, so none lands after the count.
 */
export async function completeBatch({ ds, caller, batchId, version }: { ds: DataSource; caller: Caller; batchId: string; version: number | null }): Promise<BatchCompletion> {
  return ds.transaction(async (m) => {
    const batch = await loadForChange(m, BatchEntity, { id: batchId, version, what: "Batch" });
    const before = { status: batch.status, version: batch.version };
    const next = transitionBatch(batch.status as DeliveryState, "COMPLETED");
    if (!next.ok) throw badInput(next.error);
    const [totals] = await queryRows<{ jp: string; sessions: number }>(m, `SELECT COALESCE(sum(jp), 0) AS jp, count(*)::int AS sessions FROM batch_sessions WHERE batch_id = $1`, [batch.id]);
    if (!totals || totals.sessions === 0) throw failure("BATCH_HAS_NO_SESSIONS", "The batch has no sessions: nothing to complete", { field: "batchId" });
    const batchJp = Number(totals.jp);
    const [programme] = await queryRows<{ kind: string; title: string }>(m, `SELECT kind, title FROM programmes WHERE id = $1`, [batch.programmeId]);
    const participants = await queryRows<ParticipantRow>(
      m,
      `SELECT n.id, n.employee_id AS "employeeId", e.name, n.post_score AS "postScore",
              COALESCE((SELECT sum(s.jp) FROM session_attendance a JOIN batch_sessions s ON s.id = a.session_id
                         WHERE a.nomination_id = n.id AND a.present), 0) AS "attendedJp"
         FROM nominations n JOIN employees e ON e.id = n.employee_id
        WHERE n.batch_id = $1 AND n.status = 'APPROVED'
        ORDER BY e.name, n.id`,
      [batch.id],
    );
    const rules = { ...COMPLETION_RULES, minAttendanceShare: batch.minAttendanceShare ?? COMPLETION_RULES.minAttendanceShare };
    const outcomes = participants.map((p) => {
      const result = completionOf({ batchJp, attendedJp: Number(p.attendedJp), postTestScore: p.postScore === null ? null : Number(p.postScore), passMark: batch.passMark }, rules);
      if (!result.ok) throw badInput(result.error);
      return { ...p, completed: result.value.completed, reasons: result.value.reasons };
    });
    await m.query(
      `UPDATE nominations n SET attended_jp = x.attended, outcome = x.outcome, completed_at = now()
         FROM unnest($1::uuid[], $2::numeric[], $3::text[]) AS x(id, attended, outcome) WHERE n.id = x.id`,
      [outcomes.map((o) => o.id), outcomes.map((o) => o.attendedJp), outcomes.map((o) => (o.completed ? "COMPLETED" : "NOT_COMPLETED"))],
    );
    const done = outcomes.filter((o) => o.completed);
    // A certificate revoked before an undone completion stays revoked: its holder gets no new certificate and no JP.
    const revoked = new Set(
      (
        await queryRows<{ nominationId: string }>(
          m,
          `SELECT c.nomination_id AS "nominationId" FROM certificates c JOIN nominations n ON n.id = c.nomination_id WHERE n.batch_id = $1 AND c.revoked_at IS NOT NULL`,
          [batch.id],
        )
      ).map((r) => r.nominationId),
    );
    const certificates = await issue(
      m,
      done.filter((o) => !revoked.has(o.id)),
      { batch, kind: programme!.kind, title: programme!.title },
    );
    const saved = await m.save(m.merge(BatchEntity, batch, { status: next.value, version: batch.version + 1 }));
    const audit: AuditRecord[] = [
      {
        action: "UPDATE",
        entityType: "Batch",
        entityId: batch.id,
        before,
        after: {
          status: saved.status,
          version: saved.version,
          batchJp,
          completed: done.map((o) => o.id),
          keptRevoked: done.filter((o) => revoked.has(o.id)).map((o) => o.id),
          notCompleted: outcomes.filter((o) => !o.completed).map((o) => ({ id: o.id, attendedJp: Number(o.attendedJp), reasons: o.reasons })),
        },
      },
      ...certificates.map((c): AuditRecord => ({ action: "CREATE", entityType: "Certificate", entityId: c.id, before: null, after: { ...c } })),
    ];
    await recordAudit(m, caller.user.id, audit);
    return { batchId: batch.id, status: saved.status, version: saved.version, completed: done.length, notCompleted: outcomes.length - done.length, certificates: certificates.length };
  });
}

/** Ledger entries and certificates of the participants who completed: two statements whatever their number. */
async function issue(
  m: EntityManager,
  done: readonly { id: string; employeeId: string }[],
  { batch, kind, title }: { batch: BatchEntity; kind: string; title: string },
): Promise<{ id: string; nominationId: string; number: string }[]> {
  if (done.length === 0) return [];
  await m.query(
    `INSERT INTO jp_entries (employee_id, year, kind, jp, verified, source, source_id, title, started_on, ended_on)
     SELECT x.employee_id, EXTRACT(YEAR FROM $4::date)::smallint, $1, $2, true, 'BATCH', x.id, $5, $3::date, $4::date
       FROM unnest($6::uuid[], $7::uuid[]) AS x(id, employee_id)`,
    [kind, batch.creditedJp, batch.startsOn, batch.endsOn, title.slice(0, 200), done.map((d) => d.id), done.map((d) => d.employeeId)],
  );
  return queryRows<{ id: string; nominationId: string; number: string }>(
    m,
    `INSERT INTO certificates (nomination_id, code, number)
     SELECT x.id, x.code, ${NUMBER_SQL} FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS x(id, code, ord) ORDER BY x.ord
     RETURNING id, nomination_id AS "nominationId", number`,
    [done.map((d) => d.id), done.map(() => newCertificateCode()), batch.endsOn.slice(0, 4)],
  );
}

/**
 * Undoes a completion (ADMIN; a correction, outside the transition table): a COMPLETED batch goes back to RUNNING, its
 * participants' outcomes are cleared and their BATCH ledger entries and valid certificates are removed, in one
 * transaction with audit rows. A revoked certificate is kept (its ledger entry went with the revocation): its code keeps
 * answering REVOKED and a later completion does not reissue it. BATCH_NOT_COMPLETED (CONFLICT) for any other status (an EVALUATED batch is final).
 */
export async function undoBatchCompletion({ ds, caller, batchId, version }: { ds: DataSource; caller: Caller; batchId: string; version: number | null }): Promise<BatchCompletion> {
  return ds.transaction(async (m) => {
    const batch = await loadForChange(m, BatchEntity, { id: batchId, version, what: "Batch" });
    const before = { status: batch.status, version: batch.version };
    if (batch.status !== "COMPLETED") throw failure("BATCH_NOT_COMPLETED", `Only a COMPLETED batch can be reopened; it is ${batch.status}`, { field: "batchId", status: batch.status });
    await m.query(`DELETE FROM jp_entries WHERE source = 'BATCH' AND source_id IN (SELECT id FROM nominations WHERE batch_id = $1)`, [batch.id]);
    // TypeORM answers a DELETE ... RETURNING on PostgreSQL as [rows, affected].
    const [removed] = (await m.query(
      `DELETE FROM certificates WHERE nomination_id IN (SELECT id FROM nominations WHERE batch_id = $1) AND revoked_at IS NULL
       RETURNING id, nomination_id AS "nominationId", number, code, revoked_at AS "revokedAt"`,
      [batch.id],
    )) as [{ id: string; nominationId: string; number: string; code: string; revokedAt: Date | null }[], number];
    await m.query(`UPDATE nominations SET attended_jp = NULL, outcome = NULL, completed_at = NULL WHERE batch_id = $1 AND outcome IS NOT NULL`, [batch.id]);
    const saved = await m.save(m.merge(BatchEntity, batch, { status: "RUNNING", version: batch.version + 1 }));
    await recordAudit(m, caller.user.id, [
      { action: "UPDATE", entityType: "Batch", entityId: batch.id, before, after: { status: saved.status, version: saved.version, completionUndone: true } },
      ...removed.map((c): AuditRecord => ({ action: "DELETE", entityType: "Certificate", entityId: c.id, before: { ...c }, after: null })),
    ]);
    return { batchId: batch.id, status: saved.status, version: saved.version, completed: 0, notCompleted: 0, certificates: removed.length };
  });
}

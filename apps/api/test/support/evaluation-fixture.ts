import type { DataSource } from "typeorm";
import { createRunningBatch, type AttendanceFixture } from "./attendance-fixture";

export interface CompletedBatch extends AttendanceFixture {
  /** Two speakers of the batch's sessions (the reaction form asks about each). */
  readonly speakers: readonly { id: string; name: string }[];
  /** The participants' scores as stored (pre, post) and outcome, in the fixture's participant order. */
  readonly scores: readonly { pre: number | null; post: number | null; completed: boolean }[];
}

/** Scores cycling through a high, a medium and a low gain, a pre-test of 100, a negative gain and a missing post-test. */
const SCORES: readonly { pre: number | null; post: number | null; completed: boolean }[] = [
  { pre: 40, post: 85, completed: true },
  { pre: 50.5, post: 70.25, completed: true },
  { pre: 60, post: 62, completed: true },
  { pre: 100, post: 100, completed: true },
  { pre: 70, post: 65, completed: false },
  { pre: 55, post: null, completed: false },
];

/**
 * A COMPLETED batch written straight into the tables (completion itself is tested by the attendance specs): the
 * attendance fixture's batch and participants, two speakers on its sessions, pre/post scores and outcomes.
 */
export async function createCompletedBatch(ds: DataSource, opts: { title?: string; approvedElsewhere?: number; endsOn?: string } = {}): Promise<CompletedBatch> {
  const f = await createRunningBatch(ds, { title: opts.title, approvedElsewhere: opts.approvedElsewhere });
  const speakers: { id: string; name: string }[] = [];
  for (const name of ["Dr. Ratna Wulandari", "Ir. Bambang Setiawan"]) {
    const [s] = (await ds.query(
      `INSERT INTO speakers (name, institution, origin_city, level) VALUES ($1, 'Universitas Diponegoro', 'Semarang', 'ESELON_III_BELOW') RETURNING id`,
      [name],
    )) as { id: string }[];
    speakers.push({ id: s!.id, name });
  }
  await ds.query(`UPDATE batch_sessions SET speaker_id = CASE WHEN starts_at < '12:00' THEN $2::uuid ELSE $3::uuid END WHERE batch_id = $1`, [f.batchId, speakers[0]!.id, speakers[1]!.id]);
  const scores = f.participants.map((_, i) => SCORES[i % SCORES.length]!);
  await ds.query(
    `UPDATE nominations n SET pre_score = x.pre, post_score = x.post, outcome = x.outcome, completed_at = now(), attended_jp = 10
       FROM unnest($1::uuid[], $2::numeric[], $3::numeric[], $4::text[]) AS x(id, pre, post, outcome) WHERE n.id = x.id`,
    [f.participants.map((p) => p.nominationId), scores.map((s) => s.pre), scores.map((s) => s.post), scores.map((s) => (s.completed ? "COMPLETED" : "NOT_COMPLETED"))],
  );
  await ds.query(`UPDATE batches SET status = 'COMPLETED', ends_on = COALESCE($2::date, ends_on) WHERE id = $1`, [f.batchId, opts.endsOn ?? null]);
  return { ...f, speakers, scores };
}

import type { DataSource } from "typeorm";
import { DEFAULT_REACTION_INSTRUMENT, nGainCategory, REACTION_ASPECTS, SKP_PREDIKATS, type NGainCategory } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { queryRows, SqlParams } from "../../kit/sql";
import { scopeSql } from "../../kit/unit-scope";
import { ikmSql } from "../survey/ikm.sql";
import { gainSql, SCORE_MAX } from "./batch-evaluation.sql";
import { invitationScopeSql, PARTICIPANT_JOINS, participantScopeSql } from "./evaluation-scope";

export interface ProgrammeEffectivenessRow {
  readonly programmeId: string;
  readonly title: string;
  /** Batches COMPLETED or EVALUATED. */
  readonly batches: number;
  /** Their participants with an outcome (the caller's). */
  readonly participants: number;
  /** Level 1: the mean of the aspects' means over every answered reaction form (as summariseReaction's overall). */
  readonly reactionMean: number | null;
  /** Level 2: the mean of the participants' defined N-gains. */
  readonly meanNGain: number | null;
  readonly nGainCategory: NGainCategory | null;
  /** Level 3: the mean of every behaviour answer (alumni and superiors). */
  readonly behaviourMean: number | null;
  /** Level 4: alumni whose SKP predikat rose, of those with both years known; null when none is. */
  readonly skpImprovedShare: number | null;
  /** Level 4: the mean IKM change of the service units around the batches (pairs with both periods known). */
  readonly ikmChange: number | null;
}

/**
 * The effectiveness of a year's programmes across the four levels, by title: programmes with at least one COMPLETED or
 * EVALUATED batch. One statement for the page's programmes, one for their figures (an operator's over its own
 * participants), whatever the number of batches, participants and forms.
 */
export async function programmeEffectiveness({
  ds,
  caller,
  year,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  year: number;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<ProgrammeEffectivenessRow>> {
  const cursor = after ? decodeCursor(after, ["text", "uuid"]) : null;
  const scope = await caller.scope();
  const p = new SqlParams();
  const where = `pr.year = ${p.add(year, "int")} AND EXISTS (SELECT 1 FROM batches b WHERE b.programme_id = pr.id AND b.status IN ('COMPLETED', 'EVALUATED'))`;
  const keyset = cursor ? `AND (pr.title, pr.id) > (${p.add(cursor[0])}, ${p.add(cursor[1], "uuid")})` : "";
  const total = withTotal ? `(SELECT count(*)::int FROM programmes pr WHERE ${where})` : "NULL::int";
  const page = await queryRows<{ id: string; title: string; total: number | null }>(
    ds,
    `SELECT pr.id, pr.title, ${total} AS total FROM programmes pr WHERE ${where} ${keyset} ORDER BY pr.title, pr.id LIMIT ${p.add(first + 1)}`,
    p,
  );
  let totalCount = withTotal ? (page[0]?.total ?? null) : null;
  if (withTotal && totalCount === null) {
    const p2 = new SqlParams();
    totalCount =
      (await queryRows<{ n: number }>(ds, `SELECT count(*)::int AS n FROM programmes pr WHERE pr.year = ${p2.add(year, "int")} AND EXISTS (SELECT 1 FROM batches b WHERE b.programme_id = pr.id AND b.status IN ('COMPLETED', 'EVALUATED'))`, p2))[0]?.n ?? 0;
  }
  const ids = page.slice(0, first).map((r) => r.id);
  const figures = new Map<string, Figures>();
  if (ids.length > 0) for (const f of await figuresOf(ds, scope, ids)) figures.set(f.programmeId, f);
  const nodes = page.map((r): ProgrammeEffectivenessRow => {
    const f = figures.get(r.id);
    const aspectMeans = REACTION_ASPECTS.map((a) => f?.aspects?.[a]).filter((x): x is { s: number; n: number } => !!x && x.n > 0).map((x) => x.s / x.n);
    const meanNGain = f && f.gains > 0 ? f.sumGain / f.gains : null;
    const known = f ? f.improved + f.unchanged + f.worsened : 0;
    return {
      programmeId: r.id,
      title: r.title,
      batches: f?.batches ?? 0,
      participants: f?.participants ?? 0,
      reactionMean: aspectMeans.length === 0 ? null : aspectMeans.reduce((a, b) => a + b, 0) / aspectMeans.length,
      meanNGain,
      nGainCategory: meanNGain === null ? null : nGainCategory(meanNGain),
      behaviourMean: f && f.behaviourN > 0 ? f.behaviourSum / f.behaviourN : null,
      skpImprovedShare: known === 0 ? null : f!.improved / known,
      ikmChange: f && f.ikmChange !== null ? Number(f.ikmChange) : null,
    };
  });
  return pageOf(nodes, { first, after, totalCount }, (r) => encodeCursor([r.title, r.programmeId]));
}

interface Figures {
  programmeId: string;
  batches: number;
  participants: number;
  aspects: Record<string, { s: number; n: number }> | null;
  sumGain: number;
  gains: number;
  behaviourSum: number;
  behaviourN: number;
  improved: number;
  unchanged: number;
  worsened: number;
  ikmChange: string | null;
}

async function figuresOf(ds: DataSource, scope: Awaited<ReturnType<Caller["scope"]>>, programmeIds: readonly string[]): Promise<Figures[]> {
  const p = new SqlParams();
  const ids = p.add([...programmeIds], "uuid[]");
  const max = p.add(SCORE_MAX, "float8");
  const order = p.add([...SKP_PREDIKATS], "text[]");
  const keys = p.add(DEFAULT_REACTION_INSTRUMENT.questions.map((q) => q.key), "text[]");
  const aspects = p.add(DEFAULT_REACTION_INSTRUMENT.questions.map((q) => q.aspect), "text[]");
  return queryRows<Figures>(
    ds,
    `WITH bt AS (SELECT b.id, b.programme_id, b.starts_on, b.ends_on, EXTRACT(YEAR FROM b.starts_on)::int AS year FROM batches b
                  WHERE b.programme_id = ANY(${ids}) AND b.status IN ('COMPLETED', 'EVALUATED')),
     part AS (
       SELECT bt.programme_id, bt.id AS batch_id, bt.year, n.employee_id, n.outcome, u.path AS unit_path, ${gainSql(max)} AS g
         FROM bt JOIN nominations n ON n.batch_id = bt.id ${PARTICIPANT_JOINS}
        WHERE n.status = 'APPROVED' AND n.outcome IS NOT NULL AND ${participantScopeSql(scope, p)}
     ),
     forms AS (
       SELECT bt.programme_id, i.level, i.answered_at, i.answers FROM bt JOIN evaluation_invitations i ON i.batch_id = bt.id
        WHERE i.answered_at IS NOT NULL AND ${invitationScopeSql(scope, p)}
     ),
     q AS (SELECT * FROM unnest(${keys}, ${aspects}) AS q(key, aspect)),
     ans AS (
       SELECT f.programme_id, f.level, a.key, (a.value)::int AS score FROM forms f, jsonb_each(f.answers -> 'answers') AS a(key, value) WHERE jsonb_typeof(a.value) = 'number'
       UNION ALL
       SELECT f.programme_id, f.level, a.key, (a.value)::int FROM forms f, jsonb_each(COALESCE(f.answers -> 'speakers', '{}'::jsonb)) AS s(key, value), jsonb_each(s.value) AS a(key, value)
        WHERE jsonb_typeof(a.value) = 'number'
     ),
     skp AS (
       SELECT part.programme_id, array_position(${order}, sb.predikat::text) AS before, array_position(${order}, sa.predikat::text) AS after
         FROM part LEFT JOIN skp_results sb ON sb.employee_id = part.employee_id AND sb.year = part.year - 1
                   LEFT JOIN skp_results sa ON sa.employee_id = part.employee_id AND sa.year = part.year
        WHERE part.outcome = 'COMPLETED'
     ),
     su AS (
       SELECT DISTINCT bt.programme_id, bt.id AS batch_id, bt.starts_on, bt.ends_on, s.id
         FROM bt CROSS JOIN service_units s JOIN units su_u ON su_u.id = s.unit_id
        WHERE s.active AND ${scopeSql(scope, "su_u.path", p)} AND EXISTS (SELECT 1 FROM part WHERE part.batch_id = bt.id AND part.unit_path LIKE su_u.path || '%')
     ),
     pts AS (
       SELECT t.service_unit_id, sp.starts_on, sp.ends_on, ${ikmSql((u) => `t.s${u}`, (u) => `t.n${u}`)} AS ikm
         FROM survey_tallies t JOIN survey_periods sp ON sp.id = t.period_id WHERE t.respondents > 0 AND t.service_unit_id IN (SELECT id FROM su)
     ),
     ikm AS (
       SELECT su.programme_id, avg(af.ikm - bf.ikm) AS change
         FROM su
         JOIN LATERAL (SELECT ikm FROM pts WHERE pts.service_unit_id = su.id AND pts.ends_on < su.starts_on ORDER BY pts.ends_on DESC LIMIT 1) bf ON TRUE
         JOIN LATERAL (SELECT ikm FROM pts WHERE pts.service_unit_id = su.id AND pts.starts_on > su.ends_on ORDER BY pts.starts_on LIMIT 1) af ON TRUE
        GROUP BY su.programme_id
     )
     SELECT pid AS "programmeId",
            (SELECT count(*)::int FROM bt WHERE bt.programme_id = pid) AS batches,
            (SELECT count(*)::int FROM part WHERE part.programme_id = pid) AS participants,
            (SELECT json_object_agg(x.aspect, json_build_object('s', x.s, 'n', x.n)) FROM (
               SELECT q.aspect, sum(ans.score)::int AS s, count(*)::int AS n FROM ans JOIN q ON q.key = ans.key
                WHERE ans.programme_id = pid AND ans.level = 'REACTION' GROUP BY q.aspect) x) AS aspects,
            COALESCE((SELECT sum(g) FROM part WHERE part.programme_id = pid), 0) AS "sumGain",
            (SELECT count(g)::int FROM part WHERE part.programme_id = pid) AS gains,
            COALESCE((SELECT sum(score)::int FROM ans WHERE ans.programme_id = pid AND ans.level = 'BEHAVIOUR'), 0) AS "behaviourSum",
            (SELECT count(*)::int FROM ans WHERE ans.programme_id = pid AND ans.level = 'BEHAVIOUR') AS "behaviourN",
            (SELECT count(*)::int FROM skp WHERE skp.programme_id = pid AND skp.before > skp.after) AS improved,
            (SELECT count(*)::int FROM skp WHERE skp.programme_id = pid AND skp.before = skp.after) AS unchanged,
            (SELECT count(*)::int FROM skp WHERE skp.programme_id = pid AND skp.before < skp.after) AS worsened,
            (SELECT round(change, 2)::text FROM ikm WHERE ikm.programme_id = pid) AS "ikmChange"
       FROM unnest(${ids}) AS pid`,
    p,
  );
}

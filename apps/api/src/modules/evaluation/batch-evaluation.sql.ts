import type { DataSource } from "typeorm";
import {
  BEHAVIOUR_RESPONDENT_ROLES,
  DEFAULT_BEHAVIOUR_QUESTIONNAIRE,
  DEFAULT_REACTION_INSTRUMENT,
  N_GAIN_RULES,
  REACTION_ASPECTS,
  SKP_PREDIKATS,
  type BehaviourRespondentRole,
  type ReactionAspect,
} from "@bina/domain";
import type { Scope } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { invitationScopeSql, PARTICIPANT_JOINS, participantScopeSql } from "./evaluation-scope";

/** Test scores are percentages: the N-gain's maximum. */
export const SCORE_MAX = 100;

export interface MeanOf {
  readonly mean: number | null;
  readonly answers: number;
}

const meanOf = (sum: number, count: number): MeanOf => ({ mean: count === 0 ? null : sum / count, answers: count });

export interface ReactionAggregate {
  readonly invited: number;
  readonly answered: number;
  /** The mean of the answered aspects' means (each aspect weighs the same), as summariseReaction's `overall`. */
  readonly overall: number | null;
  readonly aspects: readonly ({ aspect: ReactionAspect } & MeanOf)[];
  readonly questions: readonly ({ key: string; aspect: ReactionAspect; text: string } & MeanOf)[];
  readonly speakers: readonly ({ speakerId: string } & MeanOf)[];
}

/** The answered forms' scores as rows of (question key, speaker or null, score): each answer once. */
const answerRows = (forms: string): string => `
  SELECT a.key, NULL::text AS speaker, (a.value)::int AS score
    FROM ${forms} f, jsonb_each(f.answers -> 'answers') AS a(key, value)
   WHERE f.answered_at IS NOT NULL AND jsonb_typeof(a.value) = 'number'
  UNION ALL
  SELECT a.key, s.key AS speaker, (a.value)::int AS score
    FROM ${forms} f, jsonb_each(COALESCE(f.answers -> 'speakers', '{}'::jsonb)) AS s(key, value), jsonb_each(s.value) AS a(key, value)
   WHERE f.answered_at IS NOT NULL AND jsonb_typeof(a.value) = 'number'`;

/**
 * Level 1 of a batch: sums and counts per question, aspect and speaker over the answered REACTION forms (the caller's
 * participants), in one statement; means as summariseReaction gives them (unrounded, sum / count).
 */
export async function reactionAggregate(ds: Pick<DataSource, "query">, scope: Scope, batchId: string): Promise<ReactionAggregate> {
  const p = new SqlParams();
  const instrument = DEFAULT_REACTION_INSTRUMENT;
  const rows = await queryRows<{ kind: string; k: string | null; total: number; n: number }>(
    ds,
    `WITH forms AS (
       SELECT i.answered_at, i.answers FROM evaluation_invitations i
        WHERE i.batch_id = ${p.add(batchId, "uuid")} AND i.level = 'REACTION' AND ${invitationScopeSql(scope, p)}
     ), q AS (
       SELECT * FROM unnest(${p.add(instrument.questions.map((x) => x.key), "text[]")}, ${p.add(instrument.questions.map((x) => x.aspect), "text[]")}) AS q(key, aspect)
     ), ans AS (${answerRows("forms")})
     SELECT 'Q' AS kind, ans.key AS k, sum(score)::int AS total, count(*)::int AS n FROM ans GROUP BY ans.key
     UNION ALL SELECT 'A', q.aspect, sum(score)::int, count(*)::int FROM ans JOIN q ON q.key = ans.key GROUP BY q.aspect
     UNION ALL SELECT 'S', ans.speaker, sum(score)::int, count(*)::int FROM ans WHERE ans.speaker IS NOT NULL GROUP BY ans.speaker
     UNION ALL SELECT 'N', NULL, count(*) FILTER (WHERE answered_at IS NOT NULL)::int, count(*)::int FROM forms`,
    p,
  );
  const get = (kind: string, k: string | null) => rows.find((r) => r.kind === kind && r.k === k);
  const aspects = REACTION_ASPECTS.map((aspect) => ({ aspect, ...meanOf(get("A", aspect)?.total ?? 0, get("A", aspect)?.n ?? 0) }));
  const means = aspects.map((a) => a.mean).filter((m): m is number => m !== null);
  const totals = get("N", null);
  return {
    invited: totals?.n ?? 0,
    answered: totals?.total ?? 0,
    overall: means.length === 0 ? null : means.reduce((a, b) => a + b, 0) / means.length,
    aspects,
    questions: instrument.questions.map((q) => ({ key: q.key, aspect: q.aspect, text: q.text, ...meanOf(get("Q", q.key)?.total ?? 0, get("Q", q.key)?.n ?? 0) })),
    speakers: rows
      .filter((r) => r.kind === "S" && r.k !== null)
      .map((r) => ({ speakerId: r.k!, ...meanOf(r.total, r.n) }))
      .sort((a, b) => a.speakerId.localeCompare(b.speakerId)),
  };
}

export interface LearningAggregate {
  /** Participants with an outcome (the caller's). */
  readonly participants: number;
  /** Of them, those with both a pre-test and a post-test score. */
  readonly withScores: number;
  readonly meanPre: number | null;
  readonly meanPost: number | null;
  /** The mean of the defined gains (pre below the maximum). */
  readonly meanNGain: number | null;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  /** Pre-test at the maximum: no gain to measure (N/A). */
  readonly undefinedGain: number;
}

/**
 * The gain of a nomination `n` in IEEE double arithmetic, as the domain's nGain computes it in JavaScript (a score's
 * numeric(5,2) becomes the same double as `Number("82.15")`), so the categories here are the domain's on the same rows.
 */
export const gainSql = (maxParam: string): string =>
  `CASE WHEN n.pre_score IS NOT NULL AND n.post_score IS NOT NULL AND n.pre_score::float8 <> ${maxParam}
        THEN (n.post_score::float8 - n.pre_score::float8) / (${maxParam} - n.pre_score::float8) END`;

/** Level 2 of a batch: the N-gain distribution of the caller's participants with an outcome, in one statement. */
export async function learningAggregate(ds: Pick<DataSource, "query">, scope: Scope, batchId: string): Promise<LearningAggregate> {
  const p = new SqlParams();
  const max = p.add(SCORE_MAX, "float8");
  const high = p.add(N_GAIN_RULES.high, "float8");
  const medium = p.add(N_GAIN_RULES.medium, "float8");
  const [r] = await queryRows<{
    participants: number;
    withScores: number;
    sumPre: number | null;
    sumPost: number | null;
    sumGain: number | null;
    gains: number;
    high: number;
    medium: number;
    low: number;
  }>(
    ds,
    `SELECT count(*)::int AS participants, count(*) FILTER (WHERE x.scored)::int AS "withScores",
            sum(x.pre) FILTER (WHERE x.scored) AS "sumPre", sum(x.post) FILTER (WHERE x.scored) AS "sumPost",
            sum(x.g) AS "sumGain", count(x.g)::int AS gains,
            count(*) FILTER (WHERE x.g >= ${high})::int AS high,
            count(*) FILTER (WHERE x.g >= ${medium} AND x.g < ${high})::int AS medium,
            count(*) FILTER (WHERE x.g < ${medium})::int AS low
       FROM (SELECT n.pre_score::float8 AS pre, n.post_score::float8 AS post, n.pre_score IS NOT NULL AND n.post_score IS NOT NULL AS scored, ${gainSql(max)} AS g
               FROM nominations n ${PARTICIPANT_JOINS}
              WHERE n.batch_id = ${p.add(batchId, "uuid")} AND n.status = 'APPROVED' AND n.outcome IS NOT NULL AND ${participantScopeSql(scope, p)}) x`,
    p,
  );
  const withScores = r?.withScores ?? 0;
  return {
    participants: r?.participants ?? 0,
    withScores,
    meanPre: withScores === 0 ? null : Number(r!.sumPre) / withScores,
    meanPost: withScores === 0 ? null : Number(r!.sumPost) / withScores,
    meanNGain: !r || r.gains === 0 ? null : Number(r.sumGain) / r.gains,
    high: r?.high ?? 0,
    medium: r?.medium ?? 0,
    low: r?.low ?? 0,
    undefinedGain: withScores - (r?.gains ?? 0),
  };
}

export interface BehaviourRoleAggregate {
  readonly role: BehaviourRespondentRole;
  readonly invited: number;
  readonly respondents: number;
  readonly mean: number | null;
  readonly answers: number;
  readonly questions: readonly ({ key: string; text: string } & MeanOf)[];
}

export interface BehaviourAggregate {
  /** The first behaviour follow-up date scheduled; null when none is. */
  readonly dueOn: string | null;
  readonly invited: number;
  readonly answered: number;
  readonly roles: readonly BehaviourRoleAggregate[];
  /** Superior's mean minus alumnus's mean, as summariseBehaviour's `superiorMinusAlumnus`. */
  readonly superiorMinusAlumnus: number | null;
}

/** Level 3 of a batch: per role and question, sums and counts over the answered BEHAVIOUR forms, in one statement. */
export async function behaviourAggregate(ds: Pick<DataSource, "query">, scope: Scope, batchId: string): Promise<BehaviourAggregate> {
  const p = new SqlParams();
  const rows = await queryRows<{ role: string; k: string | null; total: number; n: number; due: string | null }>(
    ds,
    `WITH forms AS (
       SELECT i.role, i.opens_on, i.answered_at, i.answers FROM evaluation_invitations i
        WHERE i.batch_id = ${p.add(batchId, "uuid")} AND i.level = 'BEHAVIOUR' AND ${invitationScopeSql(scope, p)}
     ), ans AS (
       SELECT f.role, a.key, (a.value)::int AS score FROM forms f, jsonb_each(f.answers -> 'answers') AS a(key, value)
        WHERE f.answered_at IS NOT NULL AND jsonb_typeof(a.value) = 'number'
     )
     SELECT role, key AS k, sum(score)::int AS total, count(*)::int AS n, NULL::text AS due FROM ans GROUP BY role, key
     UNION ALL SELECT role, NULL, count(*) FILTER (WHERE answered_at IS NOT NULL)::int, count(*)::int, min(opens_on)::text FROM forms GROUP BY role`,
    p,
  );
  const roles = BEHAVIOUR_RESPONDENT_ROLES.map((role): BehaviourRoleAggregate => {
    const mine = rows.filter((r) => r.role === role);
    const head = mine.find((r) => r.k === null);
    const sum = mine.filter((r) => r.k !== null).reduce((a, r) => a + r.total, 0);
    const count = mine.filter((r) => r.k !== null).reduce((a, r) => a + r.n, 0);
    return {
      role,
      invited: head?.n ?? 0,
      respondents: head?.total ?? 0,
      ...meanOf(sum, count),
      questions: DEFAULT_BEHAVIOUR_QUESTIONNAIRE.questions.map((q) => {
        const r = mine.find((x) => x.k === q.key);
        return { key: q.key, text: q.text[role], ...meanOf(r?.total ?? 0, r?.n ?? 0) };
      }),
    };
  });
  const heads = rows.filter((r) => r.k === null);
  const dues = heads.map((r) => r.due).filter((d): d is string => d !== null).sort();
  const alumnus = roles.find((r) => r.role === "ALUMNUS")!.mean;
  const superior = roles.find((r) => r.role === "SUPERIOR")!.mean;
  return {
    dueOn: dues[0] ?? null,
    invited: heads.reduce((a, r) => a + r.n, 0),
    answered: heads.reduce((a, r) => a + r.total, 0),
    roles,
    superiorMinusAlumnus: alumnus === null || superior === null ? null : superior - alumnus,
  };
}

export interface SkpAggregate {
  /** The caller's participants who completed the batch. */
  readonly alumni: number;
  readonly improved: number;
  readonly unchanged: number;
  readonly worsened: number;
  /** Alumni without an SKP predikat for one of the two years. */
  readonly unknown: number;
  readonly yearBefore: number;
  readonly yearAfter: number;
}

/**
 * Level 4, SKP: each alumnus's predikat the year before the batch and in the batch's year, compared by their place in
 * SKP_PREDIKATS (best first), as resultsChange counts steps; one statement.
 */
export async function skpAggregate(ds: Pick<DataSource, "query">, scope: Scope, batchId: string, year: number): Promise<SkpAggregate> {
  const p = new SqlParams();
  const order = p.add([...SKP_PREDIKATS], "text[]");
  const [r] = await queryRows<{ alumni: number; improved: number; unchanged: number; worsened: number }>(
    ds,
    `SELECT count(*)::int AS alumni,
            count(*) FILTER (WHERE x.before > x.after)::int AS improved,
            count(*) FILTER (WHERE x.before = x.after)::int AS unchanged,
            count(*) FILTER (WHERE x.before < x.after)::int AS worsened
       FROM (SELECT array_position(${order}, sb.predikat::text) AS before, array_position(${order}, sa.predikat::text) AS after
               FROM nominations n ${PARTICIPANT_JOINS}
               LEFT JOIN skp_results sb ON sb.employee_id = n.employee_id AND sb.year = ${p.add(year - 1, "int")}
               LEFT JOIN skp_results sa ON sa.employee_id = n.employee_id AND sa.year = ${p.add(year, "int")}
              WHERE n.batch_id = ${p.add(batchId, "uuid")} AND n.status = 'APPROVED' AND n.outcome = 'COMPLETED' AND ${participantScopeSql(scope, p)}) x`,
    p,
  );
  const alumni = r?.alumni ?? 0;
  const known = (r?.improved ?? 0) + (r?.unchanged ?? 0) + (r?.worsened ?? 0);
  return { alumni, improved: r?.improved ?? 0, unchanged: r?.unchanged ?? 0, worsened: r?.worsened ?? 0, unknown: alumni - known, yearBefore: year - 1, yearAfter: year };
}

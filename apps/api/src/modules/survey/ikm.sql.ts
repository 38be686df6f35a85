import { SKM_ELEMENT_CODES, SKM_SAMPLE_RULES } from "@bina/domain";
import type { SqlParams } from "../../kit/sql";

/**
 * The IKM of sums per element (a tally, or tallies added up), exactly: with `s_u` the sum of answers and `n_u` the number
 * of answers to element u, IKM = 25 × Σ (s_u / n_u) / 9 = 25 × Σ_u s_u × Π_{v≠u} n_v / (9 × Π n_v), a ratio of two
 * integers (numeric: arbitrary precision), rounded half up to 2 decimals by integer division; NULL when an element has
 * no answer. The same value as the domain's computeIkm on the same rows (exact 1/9 weight, rounded only at the end).
 */
export function ikmSql(s: (u: number) => string, n: (u: number) => string): string {
  const us = SKM_ELEMENT_CODES.map((_, i) => i + 1);
  const num = us.map((u) => [`(${s(u)})::numeric`, ...us.filter((v) => v !== u).map((v) => `(${n(v)})::numeric`)].join(" * ")).join(" + ");
  const den = us.map((v) => `(${n(v)})::numeric`).join(" * ");
  const answered = us.map((u) => `coalesce(${n(u)}, 0) > 0`).join(" AND ");
  // round half up of 25·num / (9·den) to hundredths: floor((2·100·25·num + 9·den) / (2·9·den)) / 100
  return `(CASE WHEN ${answered} THEN (div(5000 * (${num}) + 9 * (${den}), 18 * (${den})) / 100.0)::numeric(6,2) END)`;
}

/** `t.s1 AS s1, ..., t.n9 AS n9` (0 for a missing tally). */
export const tallyColumns = (t: string): string =>
  [...SKM_ELEMENT_CODES.map((_, i) => `coalesce(${t}.s${i + 1}, 0)::int AS s${i + 1}`), ...SKM_ELEMENT_CODES.map((_, i) => `coalesce(${t}.n${i + 1}, 0)::int AS n${i + 1}`)].join(", ");

/**
 * The required sample of `n` yearly users in SQL, the domain's skmSampleSize step for step in IEEE doubles (the same
 * operations in the same order as JavaScript, so the same value), with its constants from SKM_SAMPLE_RULES.
 */
export function requiredSampleSql(n: string, p: SqlParams): string {
  const { chiSquare, proportion, marginSquared } = SKM_SAMPLE_RULES;
  const chi = p.add(chiSquare, "float8");
  const pq = p.add(proportion * (1 - proportion), "float8");
  const m = p.add(marginSquared, "float8");
  return `LEAST(${n}, floor((${chi} * (${n})::float8 * ${pq}) / (${m} * ((${n})::float8 - 1) + ${chi} * ${pq}) + 0.5)::int)`;
}

/** A tally's sums as columns: respondents, s1..s9, n1..n9. */
export interface TallyRow {
  readonly respondents: number;
  readonly s1: number;
  readonly s2: number;
  readonly s3: number;
  readonly s4: number;
  readonly s5: number;
  readonly s6: number;
  readonly s7: number;
  readonly s8: number;
  readonly s9: number;
  readonly n1: number;
  readonly n2: number;
  readonly n3: number;
  readonly n4: number;
  readonly n5: number;
  readonly n6: number;
  readonly n7: number;
  readonly n8: number;
  readonly n9: number;
  /** numeric as text, 2 decimals; null without an IKM. */
  readonly ikm: string | null;
}

/** A service unit's columns (`su`) as the rows below carry them, prefixed `su_`. */
export const SERVICE_UNIT_COLUMNS = `su.id AS su_id, su.code AS su_code, su.name AS su_name, su.kind AS su_kind, su.unit_id AS su_unit_id,
  su.yearly_users AS su_yearly_users, su.active AS su_active, su.version AS su_version`;

export interface ServiceUnitColumns {
  readonly su_id: string;
  readonly su_code: string;
  readonly su_name: string;
  readonly su_kind: string;
  readonly su_unit_id: string;
  readonly su_yearly_users: number;
  readonly su_active: boolean;
  readonly su_version: number;
}

/** A period's columns (`alias`) prefixed `prefix`. */
export const periodColumns = (alias: string, prefix: string): string =>
  `${alias}.id AS ${prefix}id, ${alias}.code AS ${prefix}code, ${alias}.year AS ${prefix}year, ${alias}.half AS ${prefix}half,
  to_char(${alias}.starts_on, 'YYYY-MM-DD') AS ${prefix}starts_on, to_char(${alias}.ends_on, 'YYYY-MM-DD') AS ${prefix}ends_on,
  ${alias}.status AS ${prefix}status, ${alias}.version AS ${prefix}version`;

import { lineFigures, openCommitment } from "@bina/domain";
import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { inSubtreeOfSql, scopeSql } from "../../kit/unit-scope";
import type { LineView } from "./budget-views";

type Query = Pick<EntityManager, "query">;

/** A `bigint` or `numeric` read as text, as an exact whole-rupiah number (a value beyond 2^53 fails loudly). */
export const rupiahOf = (value: string | number | null | undefined): number => {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n)) throw new RangeError(`An amount (${String(value)}) is beyond the exact range of whole rupiah`);
  return n;
};

/**
 * The line `alias` is one the caller may see: ADMIN and ANALYST every line, a unit operator the lines of units in its
 * subtree (a line without a unit, the agency's own, is hidden from it). With `unitId`, only lines of that unit's subtree.
 */
export const lineScopeSql = (scope: Scope, p: SqlParams, alias = "l", unitId: string | null = null): string => {
  const parts: string[] = [];
  if (scope.kind !== "ALL") parts.push(`EXISTS (SELECT 1 FROM units lsu WHERE lsu.id = ${alias}.unit_id AND ${scopeSql(scope, "lsu.path", p)})`);
  if (unitId !== null) parts.push(`EXISTS (SELECT 1 FROM units lfu WHERE lfu.id = ${alias}.unit_id AND ${inSubtreeOfSql("lfu.path", p.add(unitId, "uuid"))})`);
  return parts.length === 0 ? "TRUE" : parts.join(" AND ");
};

/** 2^53 − 1: a sum past it is read as this (the commitment is capped by the line's ceiling, so the result stays exact). */
const SAFE_MAX = "9007199254740991";

/**
 * What the programme of line `alias` is expected to cost, when the line carries the programme's commitment (contract
 * §2, "Commitments"): for the line of a programme P that has the lowest account code among P's lines (then the lowest
 * id), the larger of P's planned cost (the adopted plan's candidate cost, when P came from a plan and is not cancelled)
 * and the fees of the sessions of P's batches that are not cancelled; 0 for any other line. Raw sum only: the domain's
 * `openCommitment` turns it into the commitment.
 */
export const commitmentBaseSql = (alias = "l"): string => `LEAST(${SAFE_MAX}::numeric, CASE
    WHEN ${alias}.programme_id IS NULL THEN 0::numeric
    WHEN EXISTS (SELECT 1 FROM budget_lines co WHERE co.programme_id = ${alias}.programme_id
                   AND (co.account_code, co.id) < (${alias}.account_code, ${alias}.id)) THEN 0::numeric
    ELSE GREATEST(
      COALESCE((SELECT pc.cost FROM programmes cpr JOIN programme_candidates pc ON pc.id = cpr.candidate_id
                 WHERE cpr.id = ${alias}.programme_id AND cpr.plan_id IS NOT NULL AND cpr.status <> 'CANCELLED'), 0)::numeric,
      COALESCE((SELECT sum(cs.fee) FROM batches cb JOIN batch_sessions cs ON cs.batch_id = cb.id
                 WHERE cb.programme_id = ${alias}.programme_id AND cb.status <> 'CANCELLED'), 0)::numeric)
  END)`;

/**
 * Σ ACTIVE spending of the programme of line `alias` (0 for a line without one): every spending on one of the
 * programme's lines, and every spending on any other line linked to one of the programme's batches, each once. A spend
 * for the programme settles its commitment wherever it is booked.
 */
export const programmeSpentSql = (alias = "l"): string => `LEAST(${SAFE_MAX}::numeric, CASE
    WHEN ${alias}.programme_id IS NULL THEN 0::numeric
    ELSE COALESCE((SELECT sum(ps.amount) FROM (
        SELECT s.id, s.amount FROM budget_lines pl JOIN budget_spendings s ON s.budget_line_id = pl.id
         WHERE pl.programme_id = ${alias}.programme_id AND s.status = 'ACTIVE'
        UNION
        SELECT s.id, s.amount FROM batches pb JOIN budget_spendings s ON s.batch_id = pb.id
         WHERE pb.programme_id = ${alias}.programme_id AND s.status = 'ACTIVE') ps), 0)::numeric
  END)`;

interface LineRow {
  id: string;
  fiscalYear: number;
  accountCode: string;
  name: string;
  unitId: string | null;
  programmeId: string | null;
  ceiling: string;
  spent: string;
  plannedByMonth: string[];
  version: number;
  commitBase: string;
  programmeSpent: string;
}

/** The columns a LineView is read from (`alias` is budget_lines). */
export const lineColumnsSql = (alias = "l"): string =>
  `${alias}.id, ${alias}.fiscal_year AS "fiscalYear", ${alias}.account_code AS "accountCode", ${alias}.name, ${alias}.unit_id AS "unitId",
   ${alias}.programme_id AS "programmeId", ${alias}.ceiling::text AS ceiling, ${alias}.spent::text AS spent,
   ${alias}.planned_by_month::text[] AS "plannedByMonth", ${alias}.version, ${commitmentBaseSql(alias)}::text AS "commitBase",
   (CASE WHEN ${commitmentBaseSql(alias)} > 0 THEN ${programmeSpentSql(alias)} ELSE 0 END)::text AS "programmeSpent"`;

/** A line's committed amount from its raw sums, by the domain's rule. */
const committedOfRow = (base: string | number, programmeSpent: string | number, ceiling: number, spent: number): number =>
  openCommitment({ base: rupiahOf(base), programmeSpent: rupiahOf(programmeSpent), lineCeiling: ceiling, lineSpent: spent });

/** Σ committed of the carrying lines of a group, each given by its raw sums [base, programme spent, ceiling, spent] as text. */
export const committedOfCarrying = (carrying: readonly (readonly [string, string, string, string])[] | null): number =>
  (carrying ?? []).reduce((sum, [base, programmeSpent, ceiling, spent]) => sum + committedOfRow(base, programmeSpent, rupiahOf(ceiling), rupiahOf(spent)), 0);

export const toLineView = (r: LineRow): LineView => {
  const ceiling = rupiahOf(r.ceiling);
  const spent = rupiahOf(r.spent);
  const committed = committedOfRow(r.commitBase, r.programmeSpent, ceiling, spent);
  return {
    id: r.id,
    fiscalYear: Number(r.fiscalYear),
    accountCode: r.accountCode,
    name: r.name,
    unitId: r.unitId,
    programmeId: r.programmeId,
    ceiling,
    spent,
    committed,
    ...lineFigures({ ceiling, spent, committed }),
    plannedByMonth: r.plannedByMonth.map(rupiahOf),
    version: Number(r.version),
  };
};

/** Lines by id with their figures, in one statement (not scoped: the caller decides what it may show). */
export async function linesByIds(m: Query, ids: readonly string[]): Promise<LineView[]> {
  if (ids.length === 0) return [];
  const p = new SqlParams();
  const rows = await queryRows<LineRow>(m, `SELECT ${lineColumnsSql("l")} FROM budget_lines l WHERE l.id = ANY(${p.add([...ids], "uuid[]")})`, p);
  return rows.map(toLineView);
}

/** A year's lines the caller sees, by account code and name (at most `limit`), in one statement. */
export async function linesOfYear(m: Query, scope: Scope, fiscalYear: number, unitId: string | null, limit: number): Promise<LineView[]> {
  const p = new SqlParams();
  const rows = await queryRows<LineRow>(
    m,
    `SELECT ${lineColumnsSql("l")} FROM budget_lines l
      WHERE l.fiscal_year = ${p.add(fiscalYear, "int")} AND ${lineScopeSql(scope, p, "l", unitId)}
      ORDER BY l.account_code, l.name, l.id LIMIT ${p.add(limit, "int")}`,
    p,
  );
  return rows.map(toLineView);
}

export interface TotalsRow {
  readonly ceiling: number;
  readonly committed: number;
  readonly spent: number;
}

/**
 * Σ ceiling and spent over a year's lines the caller sees, and the raw sums of each line that carries a commitment
 * (base, programme spent, ceiling, spent), in one statement; the domain's openCommitment gives each its committed.
 */
export async function budgetTotals(m: Query, scope: Scope, fiscalYear: number, unitId: string | null): Promise<TotalsRow> {
  const p = new SqlParams();
  const [r] = await queryRows<{ ceiling: string; spent: string; carrying: [string, string, string, string][] | null }>(
    m,
    `SELECT COALESCE(sum(x.ceiling), 0)::text AS ceiling, COALESCE(sum(x.spent), 0)::text AS spent,
            json_agg(json_build_array(x.base::text, x.programme_spent::text, x.ceiling::text, x.spent::text)) FILTER (WHERE x.base > 0) AS carrying
       FROM (SELECT l.ceiling, l.spent, ${commitmentBaseSql("l")} AS base,
                    CASE WHEN ${commitmentBaseSql("l")} > 0 THEN ${programmeSpentSql("l")} ELSE 0 END AS programme_spent
               FROM budget_lines l WHERE l.fiscal_year = ${p.add(fiscalYear, "int")} AND ${lineScopeSql(scope, p, "l", unitId)}) x`,
    p,
  );
  return { ceiling: rupiahOf(r?.ceiling), committed: committedOfCarrying(r?.carrying ?? null), spent: rupiahOf(r?.spent) };
}

export interface MonthsRow {
  readonly ceiling: number;
  readonly planned: number[];
  readonly spent: number[];
}

/** Σ ceiling, and per month Σ planned and Σ active spending, over a year's lines the caller sees, in one statement. */
export async function budgetMonths(m: Query, scope: Scope, fiscalYear: number, unitId: string | null): Promise<MonthsRow> {
  const p = new SqlParams();
  const rows = await queryRows<{ month: number; ceiling: string; planned: string; spent: string }>(
    m,
    `WITH vl AS (SELECT l.id, l.ceiling, l.planned_by_month FROM budget_lines l
                  WHERE l.fiscal_year = ${p.add(fiscalYear, "int")} AND ${lineScopeSql(scope, p, "l", unitId)}),
          sp AS (SELECT EXTRACT(MONTH FROM s.spent_on)::int AS month, sum(s.amount) AS amount
                   FROM budget_spendings s JOIN vl ON vl.id = s.budget_line_id WHERE s.status = 'ACTIVE' GROUP BY 1)
     SELECT mo AS month,
            (SELECT COALESCE(sum(vl.ceiling), 0) FROM vl)::text AS ceiling,
            (SELECT COALESCE(sum(vl.planned_by_month[mo]), 0) FROM vl)::text AS planned,
            COALESCE((SELECT sp.amount FROM sp WHERE sp.month = mo), 0)::text AS spent
       FROM generate_series(1, 12) AS mo ORDER BY mo`,
    p,
  );
  return { ceiling: rupiahOf(rows[0]?.ceiling), planned: rows.map((r) => rupiahOf(r.planned)), spent: rows.map((r) => rupiahOf(r.spent)) };
}

/** Requested revisions of the year touching a line the caller sees (every one for ADMIN and ANALYST without a unit). */
export async function pendingRevisionCount(m: Query, scope: Scope, fiscalYear: number, unitId: string | null): Promise<number> {
  const p = new SqlParams();
  const year = p.add(fiscalYear, "int");
  const visible = lineScopeSql(scope, p, "vl", unitId);
  const [r] = await queryRows<{ n: number }>(
    m,
    `SELECT count(*)::int AS n FROM budget_revisions r
      WHERE r.fiscal_year = ${year} AND r.status = 'REQUESTED'
        AND EXISTS (SELECT 1 FROM budget_lines vl WHERE vl.id IN (r.from_line_id, r.to_line_id, r.line_id) AND ${visible})`,
    p,
  );
  return r?.n ?? 0;
}

import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { commitmentBaseSql, committedOfCarrying, lineScopeSql, programmeSpentSql, rupiahOf } from "./budget.sql";

/**
 * The realisation report's sums, all computed in SQL over the year's lines the caller may see (an operator: lines of
 * units in its subtree, never the agency's own lines without a unit), optionally narrowed to a unit's subtree.
 * Amounts come back as text (sums of bigint) and are read as safe integers.
 */

/** The lines of the report: `l` with the year, scope and unit filter applied. */
function linesCte(scope: Scope, fiscalYear: number, unitId: string | null, p: SqlParams): string {
  // The budget query's own predicate, so the report and `budget` always sum the same lines.
  return `l AS (
    SELECT x.*, CASE WHEN x.base > 0 THEN json_build_array(x.base::text, ${programmeSpentSql("x")}::text, x.ceiling::text, x.spent::text) END AS carrying
      FROM (SELECT bl.id, bl.account_code, bl.name, bl.ceiling, bl.spent, bl.programme_id, bl.planned_by_month, ${commitmentBaseSql("bl")} AS base
              FROM budget_lines bl
             WHERE bl.fiscal_year = ${p.add(fiscalYear, "int")} AND ${lineScopeSql(scope, p, "bl", unitId)}) x)`;
}

const amount = rupiahOf;

/** The raw sums of the lines of a group that carry a commitment: [base, programme spent, ceiling, spent] each. */
const carryingSql = (col: string): string => `json_agg(${col}) FILTER (WHERE ${col} IS NOT NULL)`;

interface AccountRowSql {
  accountCode: string | null;
  lineId: string | null;
  name: string | null;
  ceiling: string;
  spent: string;
  carrying: [string, string, string, string][] | null;
  level: number;
}

/** One row of "Realisasi per Rekening": a line, an account's subtotal, or the total (level 2). */
export interface AccountReportRow {
  /** 0: a budget line; 1: the account's subtotal; 2: the report's total. */
  readonly level: 0 | 1 | 2;
  readonly accountCode: string | null;
  /** The line's name (level 0); null for subtotals and the total. */
  readonly name: string | null;
  readonly ceiling: number;
  readonly spent: number;
  /** The open commitments (the domain's openCommitment of each line, summed). */
  readonly committed: number;
}

/** Lines, account subtotals and the total in one statement (GROUPING SETS): each subtotal first, then its lines by name. */
export async function realisationByAccount(m: Pick<EntityManager, "query">, scope: Scope, fiscalYear: number, unitId: string | null): Promise<AccountReportRow[]> {
  const p = new SqlParams();
  const sql = `WITH ${linesCte(scope, fiscalYear, unitId, p)}
    SELECT account_code AS "accountCode", id AS "lineId", min(name) AS name,
           COALESCE(sum(ceiling), 0)::text AS ceiling, COALESCE(sum(spent), 0)::text AS spent, ${carryingSql("carrying")} AS carrying,
           GROUPING(account_code, id)::int AS level
      FROM l
     GROUP BY GROUPING SETS ((account_code, id), (account_code), ())
     ORDER BY GROUPING(account_code) ASC, account_code, GROUPING(id) DESC, min(name), id`;
  const rows = await queryRows<AccountRowSql>(m, sql, p);
  return rows.map((r) => ({
    level: r.level === 0 ? 0 : r.level === 1 ? 1 : 2,
    accountCode: r.accountCode,
    name: r.level === 0 ? r.name : null,
    ceiling: amount(r.ceiling),
    spent: amount(r.spent),
    committed: committedOfCarrying(r.carrying),
  }));
}

interface ProgrammeRowSql {
  programmeId: string | null;
  title: string | null;
  year: number | null;
  lines: number;
  ceiling: string;
  spent: string;
  carrying: [string, string, string, string][] | null;
  total: boolean;
}

/** One row of "Per Program": a programme's lines summed, the lines without a programme (programmeId null), or the total. */
export interface ProgrammeReportRow {
  readonly total: boolean;
  readonly programmeId: string | null;
  readonly title: string | null;
  readonly lines: number;
  readonly ceiling: number;
  readonly spent: number;
  readonly committed: number;
}

/** Per programme (by title; lines without a programme last), then the total; one statement. */
export async function realisationByProgramme(m: Pick<EntityManager, "query">, scope: Scope, fiscalYear: number, unitId: string | null): Promise<ProgrammeReportRow[]> {
  const p = new SqlParams();
  const sql = `WITH ${linesCte(scope, fiscalYear, unitId, p)}
    SELECT l.programme_id AS "programmeId", pr.title, count(l.id)::int AS lines,
           COALESCE(sum(l.ceiling), 0)::text AS ceiling, COALESCE(sum(l.spent), 0)::text AS spent, ${carryingSql("l.carrying")} AS carrying,
           GROUPING(l.programme_id, pr.title) <> 0 AS total
      FROM l LEFT JOIN programmes pr ON pr.id = l.programme_id
     GROUP BY GROUPING SETS ((l.programme_id, pr.title), ())
     ORDER BY GROUPING(l.programme_id, pr.title), l.programme_id IS NULL, pr.title, l.programme_id`;
  const rows = await queryRows<ProgrammeRowSql>(m, sql, p);
  return rows.map((r) => ({ total: r.total, programmeId: r.programmeId, title: r.title, lines: r.lines, ceiling: amount(r.ceiling), spent: amount(r.spent), committed: committedOfCarrying(r.carrying) }));
}

interface MonthRowSql {
  month: number;
  planned: string;
  spent: string;
  cumulativePlanned: string;
  cumulativeSpent: string;
}

/** One row of "Per Bulan": a month's planned disbursement and realisation, and both cumulated from January. */
export interface MonthReportRow {
  readonly month: number;
  readonly planned: number;
  readonly spent: number;
  readonly cumulativePlanned: number;
  readonly cumulativeSpent: number;
}

/**
 * Twelve months: the planned disbursement (Σ planned_by_month[i] of the lines) and the realisation (Σ of the active
 * spendings by month of their date), with running sums; one statement.
 */
export async function realisationByMonth(m: Pick<EntityManager, "query">, scope: Scope, fiscalYear: number, unitId: string | null): Promise<MonthReportRow[]> {
  const p = new SqlParams();
  const sql = `WITH ${linesCte(scope, fiscalYear, unitId, p)},
    planned AS (SELECT g.i AS month, sum(l.planned_by_month[g.i]) AS planned FROM l CROSS JOIN generate_series(1, 12) AS g(i) GROUP BY g.i),
    spent AS (
      SELECT EXTRACT(MONTH FROM s.spent_on)::int AS month, sum(s.amount) AS spent
        FROM budget_spendings s JOIN l ON l.id = s.budget_line_id
       WHERE s.status = 'ACTIVE'
       GROUP BY 1)
    SELECT g.i AS month,
           COALESCE(pl.planned, 0)::text AS planned,
           COALESCE(sp.spent, 0)::text AS spent,
           sum(COALESCE(pl.planned, 0)) OVER (ORDER BY g.i)::text AS "cumulativePlanned",
           sum(COALESCE(sp.spent, 0)) OVER (ORDER BY g.i)::text AS "cumulativeSpent"
      FROM generate_series(1, 12) AS g(i)
      LEFT JOIN planned pl ON pl.month = g.i
      LEFT JOIN spent sp ON sp.month = g.i
     ORDER BY g.i`;
  const rows = await queryRows<MonthRowSql>(m, sql, p);
  return rows.map((r) => ({
    month: Number(r.month),
    planned: amount(r.planned),
    spent: amount(r.spent),
    cumulativePlanned: amount(r.cumulativePlanned),
    cumulativeSpent: amount(r.cumulativeSpent),
  }));
}

/** The names the header rows print: the city (the root unit) and the unit the report is narrowed to, if any. */
export async function reportHeaderNames(
  m: Pick<EntityManager, "query">,
  unitId: string | null,
): Promise<{ city: string | null; unit: { readonly name: string; readonly path: string } | null }> {
  const p = new SqlParams();
  const [row] = await queryRows<{ city: string | null; unitName: string | null; unitPath: string | null }>(
    m,
    `SELECT (SELECT name FROM units WHERE parent_id IS NULL ORDER BY path LIMIT 1) AS city, u.name AS "unitName", u.path AS "unitPath"
       FROM (SELECT 1) one LEFT JOIN units u ON u.id = ${p.add(unitId, "uuid")}`,
    p,
  );
  return { city: row?.city ?? null, unit: row?.unitName != null && row.unitPath != null ? { name: row.unitName, path: row.unitPath } : null };
}

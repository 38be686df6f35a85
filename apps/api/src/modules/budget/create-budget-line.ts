import { checkAccountCode, checkLineCeiling, disbursementPlan, domainError } from "@bina/domain";
import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { violatedUniqueIndex } from "../../kit/errors";
import { queryRows, SqlParams } from "../../kit/sql";
import { recordAudit } from "../audit/record-audit";
import { BudgetFieldErrors } from "./budget-checks";
import { checkLineUnit, checkPlan, checkProgramme, duplicateLine } from "./budget-line-checks";
import { BudgetLineEntity } from "./budget-line.entity";
import { MAX_LINES_PER_YEAR } from "./budget-limits";
import type { CreateBudgetLineInput } from "./budget.inputs";
import { linesByIds } from "./budget.sql";
import type { LineView } from "./budget-views";

/**
 * Creates a budget line (ADMIN), audited. Its plan is the given 12 amounts (summing to the ceiling) or the domain's
 * default disbursement profile; its ceiling is at most the domain's MAX_LINE_CEILING. A year holds at most
 * MAX_LINES_PER_YEAR lines (checked under a per-year advisory lock). A line with the same year, account code and name, or a second line of a programme on
 * one account code, is CONFLICT DUPLICATE_CODE (also for the loser of two parallel creations).
 */
export async function createBudgetLine({ ds, caller, input }: { ds: DataSource; caller: Caller; input: CreateBudgetLineInput }): Promise<LineView> {
  const errors = new BudgetFieldErrors();
  const accountCode = errors.take(checkAccountCode(input.accountCode)) ?? "";
  const name = errors.text(input.name, "name", "lineName");
  const ceiling = errors.take(checkLineCeiling(input.ceiling, "ceiling"));
  const plan = ceiling === undefined ? null : input.plannedByMonth ? checkPlan(errors, input.plannedByMonth, ceiling) : disbursementPlan(ceiling);
  errors.done();
  try {
    const id = await ds.transaction(async (m) => {
      const programmeId = input.programmeId ? await checkProgramme(m, errors, input.programmeId, input.fiscalYear) : null;
      const unitId = input.unitId ? await checkLineUnit(m, errors, input.unitId) : null;
      // Creations of one year run one after the other (a lock held to the end of the transaction), so parallel creations
      // cannot pass MAX_LINES_PER_YEAR between the count and the insert.
      const lk = new SqlParams();
      await queryRows(m, `SELECT pg_advisory_xact_lock(hashtext('bina.budget_lines'), ${lk.add(input.fiscalYear, "int")})`, lk);
      const p = new SqlParams();
      const [count] = await queryRows<{ n: number }>(m, `SELECT count(*)::int AS n FROM budget_lines WHERE fiscal_year = ${p.add(input.fiscalYear, "int")}`, p);
      if ((count?.n ?? 0) >= MAX_LINES_PER_YEAR) {
        errors.add(domainError("INVALID_FIELD", `fiscalYear: a year holds at most ${MAX_LINES_PER_YEAR} budget lines`, { field: "fiscalYear", reason: "TOO_MANY_LINES" }));
      }
      errors.done();
      // Named before the insert (the unique indexes still decide a race).
      const p2 = new SqlParams();
      const [taken] = await queryRows<{ byName: boolean; byProgramme: boolean }>(
        m,
        `SELECT bool_or(name = ${p2.add(name)}) AS "byName", bool_or(programme_id = ${p2.add(programmeId, "uuid")}) AS "byProgramme"
           FROM budget_lines WHERE fiscal_year = ${p2.add(input.fiscalYear, "int")} AND account_code = ${p2.add(accountCode)}`,
        p2,
      );
      if (taken?.byName) throw duplicateLine("budget_lines_year_account_name_key")!;
      if (taken?.byProgramme) throw duplicateLine("budget_lines_programme_account_key")!;
      const saved = await m.save(
        m.create(BudgetLineEntity, {
          fiscalYear: input.fiscalYear,
          accountCode,
          name,
          ceiling: ceiling!,
          unitId,
          programmeId,
          plannedByMonth: plan!,
          spent: 0,
          createdBy: caller.user.id,
        }),
      );
      await recordAudit(m, caller.user.id, [
        {
          action: "CREATE",
          entityType: "BudgetLine",
          entityId: saved.id,
          before: null,
          after: { fiscalYear: saved.fiscalYear, accountCode, name, ceiling: saved.ceiling, unitId, programmeId, plannedByMonth: saved.plannedByMonth },
        },
      ]);
      return saved.id;
    });
    return (await linesByIds(ds, [id]))[0]!;
  } catch (e) {
    throw duplicateLine(violatedUniqueIndex(e)) ?? e;
  }
}

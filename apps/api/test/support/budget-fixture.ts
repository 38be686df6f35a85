import { disbursementPlan } from "@bina/domain";
import type { TestApp } from "./test-app";

/** Budget lines and spendings written straight to the tables (the budget API has its own tests), for the revision, export and document tests. */
export interface BudgetFixture {
  line(a: { year?: number; accountCode: string; name: string; ceiling: number; unitId: string | null; programmeId?: string | null; plan?: number[] }): Promise<string>;
  /** An active spending on a line, its `spent` kept as the spending transaction keeps it. */
  spend(lineId: string, amount: number, spentOn: string, description?: string): Promise<string>;
}

export function budgetFixture(app: TestApp): BudgetFixture {
  return {
    async line({ year = 2026, accountCode, name, ceiling, unitId, programmeId = null, plan }) {
      const [{ id }] = await app.ds.query(
        `INSERT INTO budget_lines (fiscal_year, account_code, name, ceiling, unit_id, programme_id, planned_by_month)
         VALUES ($1, $2, $3, $4, $5, $6, $7::bigint[]) RETURNING id`,
        [year, accountCode, name, ceiling, unitId, programmeId, plan ?? disbursementPlan(ceiling)],
      );
      return id as string;
    },
    async spend(lineId, amount, spentOn, description = "Belanja uji") {
      const [{ id }] = await app.ds.query(
        `INSERT INTO budget_spendings (budget_line_id, amount, spent_on, description, document_number) VALUES ($1, $2, $3, $4, 'BKU/001') RETURNING id`,
        [lineId, amount, spentOn, description],
      );
      await app.ds.query(`UPDATE budget_lines SET spent = spent + $2 WHERE id = $1`, [lineId, amount]);
      return id as string;
    },
  };
}

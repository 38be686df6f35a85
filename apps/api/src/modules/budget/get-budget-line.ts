import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { AppError } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import { lineVisible } from "./budget-checks";
import { lineColumnsSql, toLineView } from "./budget.sql";
import type { LineView } from "./budget-views";

/** One line with its figures; NOT_FOUND when there is none or the caller may not see it (the same answer for both). */
export async function getBudgetLine({ ds, caller, id }: { ds: DataSource; caller: Caller; id: string }): Promise<LineView> {
  const missing = new AppError("NOT_FOUND", `Budget line ${id} was not found`, { field: "id" });
  if (!isUuid(id)) throw missing;
  const p = new SqlParams();
  const [row] = await queryRows<Parameters<typeof toLineView>[0] & { unitPath: string | null }>(
    ds,
    `SELECT ${lineColumnsSql("l")}, u.path AS "unitPath" FROM budget_lines l LEFT JOIN units u ON u.id = l.unit_id WHERE l.id = ${p.add(id, "uuid")}`,
    p,
  );
  if (!row || !lineVisible(await caller.scope(), row.unitPath)) throw missing;
  return toLineView(row);
}

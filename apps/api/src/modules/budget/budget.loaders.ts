import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Page } from "../../kit/connection";
import { queryRows, SqlParams } from "../../kit/sql";
import { lineColumnsSql, toLineView } from "./budget.sql";
import type { LineView, SpendingEventView, SpendingView } from "./budget-views";
import { historyBySpendings, spendingPagesByLine, type SpendingPageArgs } from "./spendings.sql";

export interface SpendingsKey extends SpendingPageArgs {
  readonly lineId: string;
}

/** The budget module's per-request loaders (not scoped: a field resolver that shows one decides what the caller may see). */
export interface BudgetLoaders {
  /** A line with its figures and its unit's path (null for the agency's own line). */
  readonly lineById: DataLoader<string, (LineView & { unitPath: string | null }) | null>;
  readonly spendingsByLine: DataLoader<SpendingsKey, Page<SpendingView>, string>;
  readonly historyBySpending: DataLoader<string, SpendingEventView[]>;
}

const argsKey = (k: SpendingPageArgs): string => JSON.stringify([k.first, k.after, k.includeCancelled, k.withTotal]);

export const budgetLoaders = (ds: DataSource): BudgetLoaders => ({
  lineById: new DataLoader(async (ids) => {
    const p = new SqlParams();
    const rows = await queryRows<Parameters<typeof toLineView>[0] & { unitPath: string | null }>(
      ds,
      `SELECT ${lineColumnsSql("l")}, u.path AS "unitPath" FROM budget_lines l LEFT JOIN units u ON u.id = l.unit_id WHERE l.id = ANY(${p.add([...ids], "uuid[]")})`,
      p,
    );
    const map = new Map(rows.map((r) => [r.id, { ...toLineView(r), unitPath: r.unitPath }]));
    return ids.map((id) => map.get(id) ?? null);
  }),
  spendingsByLine: new DataLoader(
    async (keys) => {
      // Keys that differ only by line share one statement.
      const groups = new Map<string, SpendingsKey[]>();
      for (const k of keys) groups.set(argsKey(k), [...(groups.get(argsKey(k)) ?? []), k]);
      const pages = new Map<string, Page<SpendingView>>();
      for (const [group, list] of groups) {
        const found = await spendingPagesByLine(ds, [...new Set(list.map((k) => k.lineId))], list[0]!);
        for (const [lineId, page] of found) pages.set(`${lineId}|${group}`, page);
      }
      return keys.map((k) => pages.get(`${k.lineId}|${argsKey(k)}`)!);
    },
    { cacheKeyFn: (k) => `${k.lineId}|${argsKey(k)}` },
  ),
  historyBySpending: new DataLoader(async (ids) => {
    const map = await historyBySpendings(ds, ids);
    return ids.map((id) => map.get(id) ?? []);
  }),
});

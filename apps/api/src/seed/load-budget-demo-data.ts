import { randomUUID } from "node:crypto";
import { absorptionPercent } from "@bina/domain";
import type { EntityManager } from "typeorm";
import type { SpendingSnapshot } from "../modules/budget/budget-spending-event.entity";
import type { UnitEntity } from "../modules/organization/unit.entity";
import { demoBudget, type SeedSpending } from "./budget";
import type { DemoDelivery } from "./delivery";
import { col, insertColumns } from "./load-delivery-demo-data";

/** When the year's budget document (DPA) was entered: the first working days of January. */
const BUDGETED_AT = "2026-01-05T09:00:00+07:00";

/** A spending's state in its CREATED history row, in the shape the budget module keeps (SpendingSnapshot). */
const createdSnapshot = (s: SeedSpending): SpendingSnapshot => ({
  amount: s.amount,
  spentOn: s.spentOn,
  description: s.description,
  documentNumber: s.documentNumber,
  status: "ACTIVE",
  cancelReason: null,
});

/**
 * Loads the 2026 budget demo (issue 10) over the delivery demo as its loader loaded it, in the caller's transaction,
 * one statement per table: the lines (ceilings, monthly plans, `spent` = Σ their spending), the spending recorded up to
 * 2026-11-27 with a CREATED history row each, one approved transfer (already in the ceilings) and one requested.
 * `users` are the demo users' ids by username (the administrator records, the Dinas Kesehatan operator records its own).
 */
export async function loadBudgetDemoData(
  m: EntityManager,
  delivery: DemoDelivery,
  units: ReadonlyMap<string, UnitEntity>,
  users: ReadonlyMap<string, string>,
) {
  const demo = demoBudget(delivery);
  const userId = (username: string): string => {
    const found = users.get(username);
    if (!found) throw new Error(`Budget demo names an unknown demo user ${username}`);
    return found;
  };
  const unitId = (code: string): string => {
    const found = units.get(code);
    if (!found) throw new Error(`Budget demo names an unknown unit ${code}`);
    return found.id;
  };

  // The delivery demo's programmes and batches by title and name (the delivery loader made their ids).
  const batchRows = (await m.query(`SELECT b."id", b."name", p."id" AS "programme_id", p."title" FROM "batches" b JOIN "programmes" p ON p."id" = b."programme_id"`)) as {
    id: string;
    name: string;
    programme_id: string;
    title: string;
  }[];
  const programmeId = new Map(batchRows.map((b) => [b.title, b.programme_id]));
  const batchByTitle = new Map(batchRows.map((b) => [`${b.title}|${b.name}`, b.id]));
  const batchId = new Map(delivery.batches.map((b) => [b.key, batchByTitle.get(`${b.programme}|${b.batchName}`)]));
  const programme = (title: string): string => {
    const found = programmeId.get(title);
    if (!found) throw new Error(`Budget demo names a programme ${title} the delivery demo did not load`);
    return found;
  };
  const batch = (key: string): string => {
    const found = batchId.get(key);
    if (!found) throw new Error(`Budget demo names a batch ${key} the delivery demo did not load`);
    return found;
  };

  const lines = demo.lines.map((l) => ({ ...l, id: randomUUID() }));
  const lineId = new Map(lines.map((l) => [l.key, l.id]));
  const decidedAt = demo.revisions.find((r) => r.status === "APPROVED")?.decidedAt ?? BUDGETED_AT;
  await insertColumns(m, "budget_lines", {
    id: col("uuid", lines, (l) => l.id),
    fiscal_year: col("smallint", lines, () => demo.fiscalYear),
    account_code: col("varchar", lines, (l) => l.accountCode),
    name: col("varchar", lines, (l) => l.name),
    ceiling: col("bigint", lines, (l) => l.ceiling),
    unit_id: col("uuid", lines, (l) => (l.unitCode === null ? null : unitId(l.unitCode))),
    programme_id: col("uuid", lines, (l) => (l.programme === null ? null : programme(l.programme))),
    planned_by_month: col("bigint[]", lines, (l) => l.plannedByMonth),
    spent: col("bigint", lines, (l) => l.spent),
    version: col("int", lines, (l) => l.version),
    created_by: col("uuid", lines, () => userId("admin")),
    created_at: col("timestamptz", lines, () => BUDGETED_AT),
    updated_at: col("timestamptz", lines, (l) => (l.version > 1 ? decidedAt : BUDGETED_AT)),
  });

  const spendings = demo.spendings.map((s) => ({ ...s, id: randomUUID(), by: userId(s.recordedBy) }));
  await insertColumns(m, "budget_spendings", {
    id: col("uuid", spendings, (s) => s.id),
    budget_line_id: col("uuid", spendings, (s) => lineId.get(s.lineKey)),
    amount: col("bigint", spendings, (s) => s.amount),
    spent_on: col("date", spendings, (s) => s.spentOn),
    description: col("varchar", spendings, (s) => s.description),
    document_number: col("varchar", spendings, (s) => s.documentNumber),
    category: col("varchar", spendings, (s) => s.category),
    quantity: col("numeric", spendings, (s) => s.quantity),
    batch_id: col("uuid", spendings, (s) => (s.batchKey === null ? null : batch(s.batchKey))),
    created_by: col("uuid", spendings, (s) => s.by),
    created_at: col("timestamptz", spendings, (s) => s.recordedAt),
    updated_at: col("timestamptz", spendings, (s) => s.recordedAt),
  });
  await insertColumns(m, "budget_spending_events", {
    spending_id: col("uuid", spendings, (s) => s.id),
    kind: col("varchar", spendings, () => "CREATED"),
    after: col("jsonb", spendings, (s) => JSON.stringify(createdSnapshot(s))),
    actor_id: col("uuid", spendings, (s) => s.by),
    at: col("timestamptz", spendings, (s) => s.recordedAt),
  });

  const revisions = demo.revisions;
  await insertColumns(m, "budget_revisions", {
    fiscal_year: col("smallint", revisions, () => demo.fiscalYear),
    kind: col("varchar", revisions, (r) => r.kind),
    from_line_id: col("uuid", revisions, (r) => lineId.get(r.fromLineKey)),
    to_line_id: col("uuid", revisions, (r) => lineId.get(r.toLineKey)),
    amount: col("bigint", revisions, (r) => r.amount),
    reason: col("varchar", revisions, (r) => r.reason),
    status: col("varchar", revisions, (r) => r.status),
    requested_by: col("uuid", revisions, (r) => userId(r.requestedBy)),
    requested_at: col("timestamptz", revisions, (r) => r.requestedAt),
    decided_by: col("uuid", revisions, (r) => (r.decidedBy === null ? null : userId(r.decidedBy))),
    decided_at: col("timestamptz", revisions, (r) => r.decidedAt),
    decision_note: col("varchar", revisions, (r) => r.decisionNote),
    version: col("int", revisions, (r) => (r.status === "REQUESTED" ? 1 : 2)),
  });

  const ceiling = lines.reduce((t, l) => t + l.ceiling, 0);
  const spent = lines.reduce((t, l) => t + l.spent, 0);
  return {
    lines: lines.length,
    spendings: spendings.length,
    revisions: revisions.length,
    ceiling,
    spent,
    absorptionPercent: absorptionPercent(ceiling, spent),
  };
}

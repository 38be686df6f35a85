import "reflect-metadata";
import { DataSource } from "typeorm";
import { migrations } from "../src/database/migrations";
import { Planning1764500000300 } from "../src/database/migrations/1764500000300-planning";
import { createTestDatabase } from "./support/test-database";

/** Migration 1764500000300-planning on a database with data written before it (issue 6 defects 3 and 5, §3 explanation). */
let ds: DataSource;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  // By timestamp (the name's digits), not by name: "Evaluation1764900000100" sorts before "Planning..." as text.
  const timestamp = (name: string) => Number(/(\d{13})$/.exec(name)![1]);
  const before = migrations.filter((m) => timestamp(new m().name!) < timestamp("Planning1764500000300"));
  ds = new DataSource({ type: "postgres", url: db.url, migrations: before, logging: false });
  await ds.initialize();
  await ds.runMigrations();
});
afterAll(async () => {
  await ds.destroy();
  await drop();
});

const item = (id: string, selected: boolean, mandatory: boolean, reason: string) => ({ candidateId: id, title: id, cost: 1, value: 1, participants: 1, jp: 1, mandatory, selected, reason });

it("recounts old explanations as facts, keeps one adopted version per year, and dedupes competencies", async () => {
  const items = [item("a", true, true, "MANDATORY"), item("b", true, false, "SELECTED"), item("c", false, false, "OVER_REMAINING_BUDGET"), item("d", false, false, "LOWER_VALUE_FOR_COST"), item("e", false, false, "OVER_REMAINING_BUDGET")];
  const insert = (version: number, status: string, adoptedAt: string | null) =>
    ds.query(
      `INSERT INTO plans (year, version, ceiling, status, method, total_cost, total_value, items, explanation, adopted_at)
       VALUES (2027, $1, 1000, $2, 'EXACT', 600, 12.5, $3::jsonb, 'The best combination of 5 candidates ...', $4) RETURNING id`,
      [version, status, JSON.stringify(items), adoptedAt],
    );
  const [[old], [newer]] = [await insert(1, "ADOPTED", "2026-11-01T00:00:00Z"), await insert(2, "ADOPTED", "2026-11-02T00:00:00Z")];
  const x = "11111111-1111-1111-1111-111111111111";
  const y = "22222222-2222-2222-2222-222222222222";
  await ds.query(`INSERT INTO programme_candidates (year, title, jp, participants, estimated_cost, competency_ids) VALUES (2027, 'Dobel', 8, 10, 5000, $1::uuid[])`, [[x, y, x]]);

  const runner = ds.createQueryRunner();
  await new Planning1764500000300().up(runner);
  await runner.release();

  const plans: { id: string; status: string; explanation: unknown }[] = await ds.query(`SELECT id, status, explanation FROM plans ORDER BY version`);
  expect(plans.map((p) => [p.id, p.status])).toEqual([[old.id, "SUPERSEDED"], [newer.id, "ADOPTED"]]);
  expect(plans[0]!.explanation).toEqual({
    valuation: "STAND_ALONE",
    candidateCount: 5,
    selectedCount: 2,
    mandatoryCount: 1,
    leftOutByReason: [{ reason: "OVER_REMAINING_BUDGET", count: 2 }, { reason: "LOWER_VALUE_FOR_COST", count: 1 }],
    upperBound: null,
  });
  await expect(ds.query(`UPDATE plans SET status = 'ADOPTED' WHERE id = $1`, [old.id])).rejects.toMatchObject({ code: "23505" });
  const [candidate] = await ds.query(`SELECT cost::int AS cost, competency_ids FROM programme_candidates`);
  expect(candidate).toEqual({ cost: 5000, competency_ids: [x, y] });
});

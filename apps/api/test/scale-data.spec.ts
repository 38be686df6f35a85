import "reflect-metadata";
import { parseNip, parsePppkNumber } from "@bina/domain";
import type { DataSource } from "typeorm";
import { createDataSource, openDatabase } from "../src/database/data-source";
import { salatigaUnits } from "../src/seed/salatiga";
import { isEmptyForScale, loadScaleData, type ScaleDataSummary } from "../src/seed/scale/load-scale-data";
import { createTestDatabase } from "./support/test-database";

/** The scale generator (issue 7, item 4) on a small size: the same invariants as the demo data. */
let ds: DataSource;
let drop: () => Promise<void>;
let summary: ScaleDataSummary;

beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  ds = createDataSource({ url: db.url, poolSize: 1 });
  await openDatabase(ds);
  expect(await isEmptyForScale(ds)).toBe(true);
  summary = await loadScaleData({ ds, employees: 3000 });
}, 120_000);
afterAll(async () => {
  await ds.destroy();
  await drop();
});

const count = async (sql: string): Promise<number> => Number(((await ds.query(sql)) as { n: string }[])[0]?.n);

it("loads the employees asked for over two cities, the demo users, assessments and SKP in the demo's proportions", async () => {
  expect(await count(`SELECT count(*) AS n FROM employees`)).toBe(3000);
  expect(await count(`SELECT count(*) AS n FROM units WHERE kind = 'CITY'`)).toBe(2);
  expect(await count(`SELECT count(*) AS n FROM units`)).toBe(2 * salatigaUnits.length);
  expect(await count(`SELECT count(*) AS n FROM users`)).toBe(3);
  expect(await count(`SELECT sum(active) AS n FROM unit_employee_counts`)).toBe(3000);
  expect(summary).toMatchObject({ cities: 2, employees: 3000, users: 3 });
  // The demo assesses most employees on 8 to 12 competencies and records SKP for about 95%.
  const assessed = await count(`SELECT count(DISTINCT employee_id) AS n FROM competency_assessments`);
  expect(assessed).toBeGreaterThan(2000);
  expect(await count(`SELECT count(*) AS n FROM competency_assessments`)).toBe(summary.assessments);
  const skp = await count(`SELECT count(*) AS n FROM skp_results`);
  expect(skp).toBe(summary.skp);
  expect(skp / 3000).toBeGreaterThan(0.9);
  // Each city has its employees (1,500 each) and the operator's unit (Salatiga's health office) has staff.
  const perCity = (await ds.query(
    `SELECT c.code, count(e.id)::int AS n FROM units c JOIN units u ON u.path LIKE c.path || '%' JOIN employees e ON e.unit_id = u.id
      WHERE c.parent_id IS NULL GROUP BY c.code ORDER BY c.code`,
  )) as { code: string; n: number }[];
  expect(perCity).toEqual([{ code: "3371", n: 1500 }, { code: "3373", n: 1500 }]);
  const operatorUnit = await count(`SELECT count(*) AS n FROM users us JOIN employees e ON e.unit_id = us.unit_id WHERE us.username = 'operator'`);
  expect(operatorUnit).toBeGreaterThan(0);
});

it("gives every employee a valid, unique NIP or NI PPPK", async () => {
  const rows = (await ds.query(`SELECT nip, employment_type AS type, birth_date::text AS birth, gender FROM employees`)) as {
    nip: string; type: string; birth: string; gender: string;
  }[];
  expect(new Set(rows.map((r) => r.nip)).size).toBe(rows.length);
  const invalid = rows.flatMap((r) => {
    const parsed = r.type === "PPPK" ? parsePppkNumber(r.nip) : parseNip(r.nip);
    if (!parsed.ok) return [`${r.nip}: ${parsed.error.code}`];
    if (parsed.value.birthDate !== r.birth || parsed.value.gender !== r.gender) return [`${r.nip}: birth date or gender differ from the record`];
    return [];
  });
  expect(invalid).toEqual([]);
});

it("builds a consistent unit tree: each path is the parent's path and the unit's id, roots are cities", async () => {
  const broken = (await ds.query(
    `SELECT u.code FROM units u LEFT JOIN units p ON p.id = u.parent_id
      WHERE u.path <> COALESCE(p.path, '/') || u.id || '/' OR (u.parent_id IS NULL) <> (u.kind = 'CITY')
         OR (u.parent_id IS NOT NULL AND p.id IS NULL)`,
  )) as { code: string }[];
  expect(broken).toEqual([]);
  expect(await count(`SELECT count(*) AS n FROM units WHERE code LIKE '3371.%'`)).toBe(await count(`SELECT count(*) AS n FROM units WHERE code LIKE '3373.%'`));
});

it("refuses to fill again: the database is no longer empty", async () => {
  expect(await isEmptyForScale(ds)).toBe(false);
});

it("has the list indexes of migration 1764600000000, the name search one included (pg_trgm loads on both servers)", async () => {
  const names = ((await ds.query(`SELECT indexname FROM pg_indexes WHERE indexname IN ('employees_active_name_idx', 'employees_name_trgm_idx', 'employees_nip_pattern_idx', 'units_path_pattern_idx') ORDER BY 1`)) as { indexname: string }[]).map((r) => r.indexname);
  expect(names).toEqual(["employees_active_name_idx", "employees_name_trgm_idx", "employees_nip_pattern_idx", "units_path_pattern_idx"]);
});

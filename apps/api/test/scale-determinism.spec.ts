import "reflect-metadata";
import { createDataSource, openDatabase } from "../src/database/data-source";
import { loadScaleData } from "../src/seed/scale/load-scale-data";
import { createTestDatabase } from "./support/test-database";

/** The scale generator is deterministic: two loads of the same size give the same rows, ids included. */
async function loadAndFingerprint(employees: number): Promise<Record<string, string>> {
  const db = await createTestDatabase();
  const ds = createDataSource({ url: db.url, poolSize: 1 });
  try {
    await openDatabase(ds);
    await loadScaleData({ ds, employees });
    const [row] = (await ds.query(`
      SELECT (SELECT md5(string_agg(concat_ws('|', id, code, name, kind, parent_id, path), ',' ORDER BY id)) FROM units) AS units,
             (SELECT md5(string_agg(concat_ws('|', id, nip, name, gender, birth_date, rank_code, position_title, unit_id, email, phone), ',' ORDER BY id)) FROM employees) AS employees,
             (SELECT md5(string_agg(concat_ws('|', a.id, a.employee_id, c.code, a.level, a.source, a.assessed_on), ',' ORDER BY a.id))
                FROM competency_assessments a JOIN competencies c ON c.id = a.competency_id) AS assessments,
             (SELECT md5(string_agg(concat_ws('|', id, employee_id, year, result_rating, behaviour_rating, predikat), ',' ORDER BY id)) FROM skp_results) AS skp`)) as Record<string, string>[];
    return row!;
  } finally {
    await ds.destroy();
    await db.drop();
  }
}

it("gives the same units, employees, assessments and SKP results on every run", async () => {
  const first = await loadAndFingerprint(2500);
  const second = await loadAndFingerprint(2500);
  expect(Object.values(first).every((v) => typeof v === "string" && v.length === 32)).toBe(true);
  expect(second).toEqual(first);
}, 120_000);

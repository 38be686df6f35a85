import { createHash } from "node:crypto";
import { DEFAULT_ELEMENT_COMPETENCIES, defaultPriorityWeights, priorityScore, weakElementSignals, type MappingBand, type SkmElementCode, type SkpPredikat } from "@bina/domain";
import { SqlParams } from "../src/kit/sql";
import { jobPersonMatchesPage, needsByUnitCells, rankedNeedsPage, type JobPersonMatchKey, type RankedNeedKey } from "../src/modules/needs/needs-lists.sql";
import { scoredNeedsCtes } from "../src/modules/needs/scored-needs.sql";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * The needs store (migration 1764700000000) must equal a full recomputation after every kind of write that changes a
 * need: assessments recorded or imported, SKP recorded, standards set or removed, competencies retired, employees
 * created, moved, renamed, re-positioned or deactivated, units moved, a new cycle year. Each case writes through the
 * API (or SQL where the API has no such write), then compares every stored row with the scored-needs CTEs recomputed
 * over the whole database.
 */
let app: TestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp({ employees: 120 });
  admin = await app.login("admin");
});
afterAll(() => app.close());

const GAP_COLUMNS =
  "year, employee_id, employee_name, unit_id, unit_path, position_kind, competency_id, competency_kind, standard, mandatory_programme, actual, gap, jpm_percent, jpm_band, jpm_actual_sum, jpm_standard_sum, jpm_assessed, jpm_with_standard, skp_predikat, public_service, public_service_reason, score";

/** Rows that are in the store but not in a recomputation, or the other way round, per table (empty when equal). */
async function storeDifferences(): Promise<Record<string, unknown[]>> {
  const p = new SqlParams();
  const recomputed = `WITH ${scoredNeedsCtes({ kind: "ALL" }, { year: "CYCLES" }, p)} SELECT ${GAP_COLUMNS} FROM needs`;
  const expected = {
    gaps: recomputed,
    employees: `SELECT DISTINCT year, employee_id, employee_name, unit_id, position_kind, jpm_actual_sum, jpm_standard_sum,
                       jpm_actual_sum::numeric / NULLIF(jpm_standard_sum, 0) AS jpm_ratio, jpm_assessed, jpm_with_standard FROM (${recomputed}) r`,
    cells: `SELECT year, unit_id, position_kind, competency_id, competency_kind, count(*)::int AS with_standard, count(gap)::int AS assessed,
                   (count(*) FILTER (WHERE gap > 0))::int AS in_need, COALESCE(sum(GREATEST(gap, 0)), 0)::int AS total_gap,
                   max(score) FILTER (WHERE gap > 0) AS max_priority, COALESCE(sum(score) FILTER (WHERE gap > 0), 0) AS sum_priority
              FROM (${recomputed}) r GROUP BY year, unit_id, position_kind, competency_id, competency_kind`,
    unitEmployees: `SELECT year, unit_id, position_kind, count(DISTINCT employee_id)::int AS with_jpm FROM (${recomputed}) r
                     WHERE jpm_standard_sum > 0 GROUP BY year, unit_id, position_kind`,
  };
  const stored = {
    gaps: `SELECT ${GAP_COLUMNS} FROM need_gaps`,
    employees: `SELECT year, employee_id, employee_name, unit_id, position_kind, jpm_actual_sum, jpm_standard_sum, jpm_ratio, jpm_assessed, jpm_with_standard FROM need_employees`,
    cells: `SELECT year, unit_id, position_kind, competency_id, competency_kind, with_standard, assessed, in_need, total_gap, max_priority, sum_priority FROM need_cells`,
    unitEmployees: `SELECT year, unit_id, position_kind, with_jpm FROM need_unit_employees`,
  };
  const out: Record<string, unknown[]> = {};
  for (const table of ["gaps", "employees", "cells", "unitEmployees"] as const) {
    const rows = (await app.ds.query(
      `(SELECT 'missing' AS side, x.* FROM ((${expected[table]}) EXCEPT ALL (${stored[table]})) x)
       UNION ALL (SELECT 'extra', y.* FROM ((${stored[table]}) EXCEPT ALL (${expected[table]})) y) LIMIT 5`,
      p.values,
    )) as unknown[];
    if (rows.length) out[table] = rows;
  }
  return out;
}

async function storeCount(): Promise<number> {
  const [r] = (await app.ds.query(`SELECT count(*)::int AS n FROM need_gaps`)) as { n: number }[];
  return r!.n;
}

async function gql(query: string, variables: Record<string, unknown>) {
  const r = await app.gql(query, variables, admin);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

/** An active employee with standards and assessments in 2026, and one of the competencies their position requires. */
async function someAssessedEmployee(offset = 0): Promise<{ id: string; nip: string; unitId: string; version: number; competencyId: string; code: string }> {
  const [row] = (await app.ds.query(
    `SELECT e.id, e.nip, e.unit_id AS "unitId", e.version, g.competency_id AS "competencyId", c.code
       FROM need_gaps g JOIN employees e ON e.id = g.employee_id JOIN competencies c ON c.id = g.competency_id
      WHERE g.year = 2026 AND g.actual IS NOT NULL ORDER BY e.nip, c.code OFFSET $1 LIMIT 1`,
    [offset],
  )) as { id: string; nip: string; unitId: string; version: number; competencyId: string; code: string }[];
  return row!;
}

describe("the needs store equals a recomputation", () => {
  it("after the demo data load, and it is not empty", async () => {
    expect(await storeCount()).toBeGreaterThan(100);
    expect(await storeDifferences()).toEqual({});
  });

  it("after an assessment is recorded (the employee's gap, JPM and every score of theirs change)", async () => {
    const e = await someAssessedEmployee();
    await gql(`mutation ($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`, {
      i: { employeeId: e.id, competencyId: e.competencyId, year: 2026, level: 1, source: "SELF", assessedOn: "2026-11-01" },
    });
    const [g] = (await app.ds.query(`SELECT actual FROM need_gaps WHERE employee_id = $1 AND competency_id = $2 AND year = 2026`, [e.id, e.competencyId])) as { actual: number }[];
    expect(g!.actual).toBe(1);
    expect(await storeDifferences()).toEqual({});
  });

  it("after an import of assessments", async () => {
    const a = await someAssessedEmployee(3);
    const b = await someAssessedEmployee(40);
    const csv = ["nip,competency_code,level,source,assessed_on", `${a.nip},${a.code},5,SELF,2026-11-02`, `${b.nip},${b.code},2,SELF,2026-11-02`].join("\n");
    const r = await gql(`mutation ($i: ImportAssessmentsInput!) { importAssessments(input: $i) { created errors { message } } }`, {
      i: { year: 2026, fileName: "a.csv", contentBase64: Buffer.from(csv).toString("base64") },
    });
    expect(r.importAssessments).toEqual({ created: 2, errors: [] });
    expect(await storeDifferences()).toEqual({});
  });

  it("after an assessment in a year without a cycle (a new cycle year for everyone)", async () => {
    const e = await someAssessedEmployee(7);
    const before = (await app.ds.query(`SELECT DISTINCT year FROM need_gaps ORDER BY year`)) as { year: number }[];
    expect(before.map((y) => y.year)).not.toContain(2027);
    await gql(`mutation ($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`, {
      i: { employeeId: e.id, competencyId: e.competencyId, year: 2027, level: 2, source: "SELF", assessedOn: "2027-01-05" },
    });
    const after = (await app.ds.query(`SELECT DISTINCT year FROM need_gaps ORDER BY year`)) as { year: number }[];
    expect(after.map((y) => y.year)).toContain(2027);
    expect(await storeDifferences()).toEqual({});
  });

  it("after an SKP result is recorded (the next years' scores read it)", async () => {
    const e = await someAssessedEmployee(11);
    await gql(`mutation ($i: RecordSkpInput!) { recordSkpResult(input: $i) { id } }`, {
      i: { employeeId: e.id, year: 2025, resultRating: "BELOW", behaviourRating: "BELOW" },
    });
    const [g] = (await app.ds.query(`SELECT DISTINCT skp_predikat FROM need_gaps WHERE employee_id = $1 AND year = 2026`, [e.id])) as { skp_predikat: string }[];
    expect(g!.skp_predikat).toBe("SANGAT_KURANG");
    expect(await storeDifferences()).toEqual({});
  });

  it("after a standard is set and removed", async () => {
    const e = await someAssessedEmployee(5);
    const [emp] = (await app.ds.query(`SELECT position_kind FROM employees WHERE id = $1`, [e.id])) as { position_kind: string }[];
    const [other] = (await app.ds.query(
      `SELECT id FROM competencies c WHERE c.active AND NOT EXISTS (SELECT 1 FROM competency_standards s WHERE s.competency_id = c.id AND s.position_kind = $1) LIMIT 1`,
      [emp!.position_kind],
    )) as { id: string }[];
    const set = await gql(`mutation ($i: SetStandardInput!) { setCompetencyStandard(input: $i) { id } }`, {
      i: { competencyId: other!.id, positionKind: emp!.position_kind, level: 4 },
    });
    const [n] = (await app.ds.query(`SELECT count(*)::int AS n FROM need_gaps WHERE competency_id = $1`, [other!.id])) as { n: number }[];
    expect(n!.n).toBeGreaterThan(0);
    expect(await storeDifferences()).toEqual({});
    await gql(`mutation ($id: ID!) { deleteCompetencyStandard(id: $id) }`, { id: (set.setCompetencyStandard as { id: string }).id });
    expect(await storeDifferences()).toEqual({});
  });

  it("after a competency is retired and restored", async () => {
    const e = await someAssessedEmployee(9);
    const [c] = (await app.ds.query(`SELECT version FROM competencies WHERE id = $1`, [e.competencyId])) as { version: number }[];
    const off = await gql(`mutation ($i: UpdateCompetencyInput!) { updateCompetency(input: $i) { version } }`, { i: { id: e.competencyId, version: c!.version, active: false } });
    const [n] = (await app.ds.query(`SELECT count(*)::int AS n FROM need_gaps WHERE competency_id = $1`, [e.competencyId])) as { n: number }[];
    expect(n!.n).toBe(0);
    expect(await storeDifferences()).toEqual({});
    await gql(`mutation ($i: UpdateCompetencyInput!) { updateCompetency(input: $i) { version } }`, {
      i: { id: e.competencyId, version: (off.updateCompetency as { version: number }).version, active: true },
    });
    expect(await storeCount()).toBeGreaterThan(0);
    expect(await storeDifferences()).toEqual({});
  });

  it("after an employee is moved, renamed and re-positioned, and after they are deactivated", async () => {
    const e = await someAssessedEmployee(13);
    const [unit] = (await app.ds.query(`SELECT id FROM units WHERE id <> $1 AND parent_id IS NOT NULL ORDER BY path DESC LIMIT 1`, [e.unitId])) as { id: string }[];
    const moved = await gql(`mutation ($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { version unit { id } } }`, {
      i: { id: e.id, version: e.version, unitId: unit!.id, name: "Aaron Store Test", positionKind: "PELAKSANA", positionTitle: "Pengadministrasi Umum" },
    });
    expect((moved.updateEmployee as { unit: { id: string } }).unit.id).toBe(unit!.id);
    const rows = (await app.ds.query(`SELECT DISTINCT unit_id, employee_name FROM need_gaps WHERE employee_id = $1`, [e.id])) as { unit_id: string; employee_name: string }[];
    expect(rows).toEqual([{ unit_id: unit!.id, employee_name: "Aaron Store Test" }]);
    expect(await storeDifferences()).toEqual({});
    await gql(`mutation ($id: ID!, $v: Int!) { deactivateEmployee(id: $id, version: $v) { active } }`, {
      id: e.id,
      v: (moved.updateEmployee as { version: number }).version,
    });
    const [n] = (await app.ds.query(`SELECT count(*)::int AS n FROM need_gaps WHERE employee_id = $1`, [e.id])) as { n: number }[];
    expect(n!.n).toBe(0);
    expect(await storeDifferences()).toEqual({});
  });

  it("after an employee is created", async () => {
    const [unit] = (await app.ds.query(`SELECT id FROM units WHERE parent_id IS NOT NULL ORDER BY path LIMIT 1`)) as { id: string }[];
    const r = await gql(`mutation ($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`, {
      i: { nip: "198501012010011001", name: "Budi Store", employmentType: "PNS", rankCode: "III/a", positionKind: "PELAKSANA", positionTitle: "Pengadministrasi Umum", unitId: unit!.id },
    });
    const id = (r.createEmployee as { id: string }).id;
    const [n] = (await app.ds.query(`SELECT count(*)::int AS n FROM need_gaps WHERE employee_id = $1`, [id])) as { n: number }[];
    expect(n!.n).toBeGreaterThan(0);
    expect(await storeDifferences()).toEqual({});
  });

  it("after a unit moves under another parent (its employees' paths change)", async () => {
    const [u] = (await app.ds.query(
      `SELECT u.id, u.path, p.path AS parent_path FROM units u JOIN units p ON p.id = u.parent_id
        WHERE p.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM need_gaps g WHERE g.unit_id = u.id) LIMIT 1`,
    )) as { id: string; path: string; parent_path: string }[];
    const [root] = (await app.ds.query(`SELECT id, path FROM units WHERE parent_id IS NULL`)) as { id: string; path: string }[];
    await app.ds.query(`UPDATE units SET parent_id = $1, path = $2 || id || '/' WHERE id = $3`, [root!.id, root!.path, u!.id]);
    expect(await storeDifferences()).toEqual({});
  });

  it("after concurrent assessments of employees of the same unit (the unit's sums count both)", async () => {
    const [unit] = (await app.ds.query(
      `SELECT unit_id FROM need_gaps WHERE year = 2026 GROUP BY unit_id HAVING count(DISTINCT employee_id) >= 4 ORDER BY unit_id LIMIT 1`,
    )) as { unit_id: string }[];
    const targets = (await app.ds.query(
      `SELECT DISTINCT ON (employee_id) employee_id, competency_id FROM need_gaps WHERE year = 2026 AND unit_id = $1 ORDER BY employee_id, competency_id LIMIT 4`,
      [unit!.unit_id],
    )) as { employee_id: string; competency_id: string }[];
    const results = await Promise.all(
      targets.map((t) =>
        app.gql(`mutation ($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`, {
          i: { employeeId: t.employee_id, competencyId: t.competency_id, year: 2026, level: 1, source: "SELF", assessedOn: "2026-11-03" },
        }, admin),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await storeDifferences()).toEqual({});
  });

  it("a bulk load may pause the triggers and rebuild afterwards", async () => {
    await app.ds.transaction(async (m) => {
      await m.query(`SELECT set_config('bina.need_store', 'paused', true)`);
      await m.query(`DELETE FROM competency_assessments WHERE assessed_on = '2026-11-03'`);
      await m.query(`SELECT need_store_rebuild()`);
    });
    expect(await storeDifferences()).toEqual({});
  });

  it("ranked pages are the same whichever plan the count picks (score order, or by unit then sorted)", async () => {
    const [unit] = (await app.ds.query(
      `SELECT unit_id AS id FROM need_gaps WHERE year = 2026 AND gap > 0 GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 1`,
    )) as { id: string }[];
    for (const filter of [{ year: 2026 }, { year: 2026, unitId: unit!.id }, { year: 2026, competencyKind: "TECHNICAL" }]) {
      const walk = async (fewMatches: number) => {
        const keys: string[] = [];
        let after: RankedNeedKey | null = null;
        let total: number | null = null;
        for (;;) {
          const page = await rankedNeedsPage(app.ds, { kind: "ALL" }, filter, { limit: 7, after, withTotal: true, fewMatches });
          total = page.totalCount;
          keys.push(...page.rows.map((r) => `${r.employeeId}/${r.competencyId}/${r.score}`));
          if (page.rows.length < 7) return { keys, total };
          after = page.rows[page.rows.length - 1]!.key;
        }
      };
      const inScoreOrder = await walk(0);
      const sortedByUnit = await walk(1_000_000);
      expect(inScoreOrder.keys.length).toBeGreaterThan(0);
      expect(inScoreOrder.keys.length).toBe(inScoreOrder.total);
      expect(sortedByUnit).toEqual(inScoreOrder);
    }
  });

  it("JPM pages are the same whichever plan the count picks", async () => {
    const [unit] = (await app.ds.query(
      `SELECT unit_id AS id FROM need_gaps WHERE year = 2026 AND gap > 0 GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 1`,
    )) as { id: string }[];
    const [pair] = (await app.ds.query(
      `SELECT ne.position_kind AS "positionKind", g.competency_kind AS "competencyKind" FROM need_employees ne
         JOIN need_gaps g ON g.employee_id = ne.employee_id AND g.year = ne.year
        WHERE ne.year = 2026 AND ne.jpm_standard_sum > 0 GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    )) as { positionKind: string; competencyKind: string }[];
    for (const filter of [{ year: 2026 }, { year: 2026, unitId: unit!.id }, { year: 2026, ...pair! }]) {
      const walk = async (fewMatches: number) => {
        const keys: string[] = [];
        let after: JobPersonMatchKey | null = null;
        let total: number | null = null;
        for (;;) {
          const page = await jobPersonMatchesPage(app.ds, { kind: "ALL" }, filter, { limit: 9, after, withTotal: true, fewMatches });
          total = page.totalCount;
          keys.push(...page.rows.map((r) => `${r.employeeId}/${r.actualSum}/${r.standardSum}`));
          if (page.rows.length < 9) return { keys, total };
          after = page.rows[page.rows.length - 1]!.key;
        }
      };
      const inRatioOrder = await walk(0);
      const sortedByUnit = await walk(1_000_000);
      expect(`${JSON.stringify(filter)}: ${inRatioOrder.keys.length > 0}`).toBe(`${JSON.stringify(filter)}: true`);
      expect(inRatioOrder.keys.length).toBe(inRatioOrder.total);
      expect(new Set(inRatioOrder.keys).size).toBe(inRatioOrder.keys.length);
      expect(sortedByUnit).toEqual(inRatioOrder);
    }
  });

  it("the heatmap equals the recomputed rows rolled up, in a cycle year (from the cells) and in a year without one (live)", async () => {
    const [root] = (await app.ds.query(`SELECT id, path FROM units WHERE parent_id IS NULL ORDER BY path LIMIT 1`)) as { id: string; path: string }[];
    for (const year of [2026, 2031]) {
      const p = new SqlParams();
      const rows = (await app.ds.query(`WITH ${scoredNeedsCtes({ kind: "ALL" }, { year }, p)} SELECT unit_path, competency_id, gap, score FROM needs`, p.values)) as {
        unit_path: string;
        competency_id: string;
        gap: number | null;
        score: string;
      }[];
      const expected = new Map<string, { withStandard: number; assessed: number; inNeed: number; totalGap: number; maxPriority: number | null }>();
      for (const r of rows) {
        if (!r.unit_path.startsWith(root!.path) || r.unit_path === root!.path) continue;
        const child = r.unit_path.slice(root!.path.length).split("/")[0]!;
        for (const key of [`${child}/${r.competency_id}`, `total/${r.competency_id}`]) {
          const cell = expected.get(key) ?? { withStandard: 0, assessed: 0, inNeed: 0, totalGap: 0, maxPriority: null };
          cell.withStandard += 1;
          if (r.gap !== null) cell.assessed += 1;
          if (r.gap !== null && r.gap > 0) {
            cell.inNeed += 1;
            cell.totalGap += r.gap;
            cell.maxPriority = Math.max(cell.maxPriority ?? -1, Number(r.score));
          }
          expected.set(key, cell);
        }
      }
      const cells = await needsByUnitCells(app.ds, { kind: "ALL" }, { year, parentUnitId: null });
      const actual = new Map(
        cells.map((c) => [
          `${c.isTotal ? "total" : c.unitId}/${c.competencyId}`,
          { withStandard: c.employeesWithStandard, assessed: c.employeesAssessed, inNeed: c.employeesInNeed, totalGap: c.totalGap, maxPriority: c.maxPriority },
        ]),
      );
      expect(actual.size).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
      if (year === 2031) expect([...actual.values()].every((c) => c.assessed === 0 && c.inNeed === 0)).toBe(true);
      else expect([...actual.values()].some((c) => c.inNeed > 0)).toBe(true);
    }
  });
});

/**
 * The closed loop (issue 9): weak elements of a unit's public survey in a closed period raise the PUBLIC_SERVICE factor
 * of its staff's needs. Survey writes go in by SQL (the triggers serve every write path); after each one the store
 * must still equal a recomputation.
 */
describe("the needs store follows the public survey (PUBLIC_SERVICE)", () => {
  const ANSWERED_A = [4, 4, 4, 4, 4, 4, 4, 4, 4];
  let period: string;
  let serviceUnit: string;
  let unitA: { id: string; path: string };
  let unitB: { id: string; path: string };
  let responses = 0;

  /** Adds one response per row of U7 answers (every other element answered 4) at the service unit in the period. */
  async function respond(u7Answers: number[], periodId = period) {
    for (const u7 of u7Answers) {
      const answers = [...ANSWERED_A];
      answers[6] = u7;
      responses += 1;
      await app.ds.query(
        `INSERT INTO survey_responses (service_unit_id, period_id, ${answers.map((_, i) => `u${i + 1}`).join(", ")}, client_key)
         VALUES ($1, $2, ${answers.map((_, i) => `$${i + 3}`).join(", ")}, $12)`,
        [serviceUnit, periodId, ...answers, createHash("sha256").update(`client-${responses}`).digest("hex")],
      );
    }
  }

  /** The 2026 rows of Pelayanan Publik (M.PELAYANAN_PUBLIK) of the employees under `path`. */
  async function publicServiceRows(path: string) {
    return (await app.ds.query(
      `SELECT g.employee_id, g.gap, g.score::float AS score, g.public_service::float AS public_service, g.public_service_reason
         FROM need_gaps g JOIN competencies c ON c.id = g.competency_id
        WHERE g.year = 2026 AND c.code = 'M.PELAYANAN_PUBLIK' AND g.unit_path LIKE $1 || '%' ORDER BY g.employee_id`,
      [path],
    )) as { employee_id: string; gap: number | null; score: number; public_service: number; public_service_reason: string | null }[];
  }

  async function rowsOutside(path: string) {
    return app.ds.query(`SELECT ${GAP_COLUMNS} FROM need_gaps WHERE unit_path NOT LIKE $1 || '%' ORDER BY employee_id, year, competency_id`, [path]);
  }

  beforeAll(async () => {
    // Two units whose staff need Pelayanan Publik, neither inside the other.
    const units = (await app.ds.query(
      `SELECT u.id, u.path FROM need_gaps g JOIN competencies c ON c.id = g.competency_id JOIN units u ON u.id = g.unit_id
        WHERE g.year = 2026 AND c.code = 'M.PELAYANAN_PUBLIK' AND g.gap > 0 AND u.parent_id IS NOT NULL
        GROUP BY u.id, u.path ORDER BY count(*) DESC, u.id`,
    )) as { id: string; path: string }[];
    unitA = units[0]!;
    unitB = units.find((u) => !u.path.startsWith(unitA.path) && !unitA.path.startsWith(u.path))!;
    expect(unitB).toBeDefined();
    const [su] = (await app.ds.query(
      `INSERT INTO service_units (code, name, kind, unit_id, yearly_users) VALUES ('kec-uji', 'Kantor Kecamatan Uji', 'SUBDISTRICT', $1, 5000) RETURNING id`,
      [unitA.id],
    )) as { id: string }[];
    serviceUnit = su!.id;
    const [p] = (await app.ds.query(
      `INSERT INTO survey_periods (code, year, half, starts_on, ends_on, status) VALUES ('2026-1', 2026, 1, '2026-01-01', '2026-06-30', 'OPEN') RETURNING id`,
    )) as { id: string }[];
    period = p!.id;
  });

  it("responses in an open period change nothing", async () => {
    const before = await publicServiceRows(unitA.path);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((r) => r.public_service === 0 && r.public_service_reason === null)).toBe(true);
    // U7: 19 / 7 = 2.714..., band C (2.6 ≤ NRR < 3.0644).
    await respond([3, 3, 3, 3, 2, 3, 2]);
    const [n] = (await app.ds.query(`SELECT count(*)::int AS n FROM skm_signals`)) as { n: number }[];
    expect(n!.n).toBe(0);
    expect(await publicServiceRows(unitA.path)).toEqual(before);
    expect(await storeDifferences()).toEqual({});
  });

  it("closing a period with U7 in band C raises PUBLIC_SERVICE of the unit's staff's Pelayanan Publik by weight × 0.5, with the reason; other units' staff are untouched", async () => {
    const before = await publicServiceRows(unitA.path);
    const outside = await rowsOutside(unitA.path);
    await app.ds.query(`UPDATE survey_periods SET status = 'CLOSED', version = version + 1 WHERE id = $1`, [period]);

    const reason = "U7 staff behaviour, NRR 2.71, band C, period 2026-1";
    const after = await publicServiceRows(unitA.path);
    expect(after.map((r) => r.employee_id)).toEqual(before.map((r) => r.employee_id));
    for (const [i, r] of after.entries()) {
      expect(r.public_service).toBe(0.5);
      expect(r.public_service_reason).toBe(reason);
      expect(r.score).toBeCloseTo(before[i]!.score + defaultPriorityWeights.PUBLIC_SERVICE * 0.5, 9);
    }
    // The signals are the domain's weakElementSignals of the same tally, for the cycle years 2026 and 2027.
    const tally = (await app.ds.query(`SELECT * FROM survey_tallies WHERE service_unit_id = $1 AND period_id = $2`, [serviceUnit, period]))[0] as Record<string, number>;
    const nrr = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((u) => [`U${u}`, tally[`s${u}`]! / tally[`n${u}`]!])) as Record<SkmElementCode, number>;
    const expected = weakElementSignals(nrr).map((s) => ({ element: s.element, band: s.band, weakness: s.weakness, reason: `${s.reason}, period 2026-1` }));
    expect(expected).toEqual([{ element: "U7", band: "C", weakness: 0.5, reason }]);
    const signals = (await app.ds.query(
      `SELECT year, element, band, weakness::float AS weakness, reason, competency_codes, technical_service, unit_id FROM skm_signals ORDER BY year`,
    )) as { year: number; element: string; band: string; weakness: number; reason: string; competency_codes: string[]; technical_service: boolean; unit_id: string }[];
    expect(signals).toEqual(
      [2026, 2027].map((year) => ({
        year,
        ...expected[0]!,
        competency_codes: DEFAULT_ELEMENT_COMPETENCIES.U7,
        technical_service: false,
        unit_id: unitA.id,
      })),
    );
    expect(await rowsOutside(unitA.path)).toEqual(outside);
    expect(await storeDifferences()).toEqual({});

    // rankedNeeds shows the part with its value, contribution and reason.
    const need = after.find((r) => (r.gap ?? 0) > 0)!;
    const r = await gql(
      `query ($f: NeedsFilter!) { rankedNeeds(filter: $f, first: 100) { edges { node { employee { id } competency { code } score parts { factor weight value contribution reason } } } } }`,
      { f: { year: 2026, unitId: unitA.id, competencyKind: "MANAGERIAL" } },
    );
    type Part = { factor: string; weight: number; value: number; contribution: number; reason: string | null };
    const node = (r.rankedNeeds as { edges: { node: { employee: { id: string }; competency: { code: string }; score: number; parts: Part[] } }[] }).edges
      .map((e) => e.node)
      .find((n) => n.employee.id === need.employee_id && n.competency.code === "M.PELAYANAN_PUBLIK")!;
    expect(node.score).toBe(need.score);
    expect(node.parts.find((p) => p.factor === "PUBLIC_SERVICE")).toEqual({
      factor: "PUBLIC_SERVICE",
      weight: defaultPriorityWeights.PUBLIC_SERVICE,
      value: 0.5,
      contribution: defaultPriorityWeights.PUBLIC_SERVICE * 0.5,
      reason,
    });
    expect(node.parts.filter((p) => p.factor !== "PUBLIC_SERVICE").every((p) => p.reason === null)).toBe(true);
  });

  it("every stored score equals the domain's priorityScore with PUBLIC_SERVICE", async () => {
    const rows = (await app.ds.query(
      `SELECT gap, skp_predikat, jpm_band, mandatory_programme, public_service::float AS ps, score::float AS score FROM need_gaps WHERE gap IS NOT NULL`,
    )) as { gap: number; skp_predikat: SkpPredikat | null; jpm_band: MappingBand | null; mandatory_programme: boolean; ps: number; score: number }[];
    expect(rows.some((r) => r.ps > 0)).toBe(true);
    const wrong = rows.filter(
      (r) =>
        priorityScore({
          gap: r.gap,
          skpPredikat: r.skp_predikat,
          jpmBand: r.jpm_band,
          mandatoryForPosition: r.mandatory_programme,
          servesPublic: r.ps > 0,
          unitServiceWeakness: r.ps > 0 ? r.ps : null,
        }).score !== r.score,
    );
    expect(wrong).toEqual([]);
  });

  it("responses added to a closed period by SQL move the signal (band D) and the store follows", async () => {
    // U7 now (19 + 1 × 8) / 15 = 1.8: band D, weakness 1.
    await respond([1, 1, 1, 1, 1, 1, 1, 1]);
    const rows = await publicServiceRows(unitA.path);
    expect(rows.every((r) => r.public_service === 1 && r.public_service_reason === "U7 staff behaviour, NRR 1.80, band D, period 2026-1")).toBe(true);
    expect(await storeDifferences()).toEqual({});
  });

  it("a service unit moving to another organisational unit moves the signal to that unit's staff", async () => {
    await app.ds.query(`UPDATE service_units SET unit_id = $1, version = version + 1 WHERE id = $2`, [unitB.id, serviceUnit]);
    expect((await publicServiceRows(unitA.path)).every((r) => r.public_service === 0 && r.public_service_reason === null)).toBe(true);
    const b = await publicServiceRows(unitB.path);
    expect(b.length).toBeGreaterThan(0);
    expect(b.every((r) => r.public_service === 1)).toBe(true);
    expect(await storeDifferences()).toEqual({});
  });

  it("the latest closed period with responses counts: an earlier one is read only when the later is reopened", async () => {
    const [p2] = (await app.ds.query(
      `INSERT INTO survey_periods (code, year, half, starts_on, ends_on, status) VALUES ('2025-2', 2025, 2, '2025-07-01', '2025-12-31', 'OPEN') RETURNING id`,
    )) as { id: string }[];
    // 2025-2: U7 = 2.8 (band C).
    await respond([3, 3, 3, 2, 3], p2!.id);
    await app.ds.query(`UPDATE survey_periods SET status = 'CLOSED' WHERE id = $1`, [p2!.id]);
    // 2026-1 (band D) is the latest for 2026 and 2027.
    expect((await publicServiceRows(unitB.path)).every((r) => r.public_service === 1)).toBe(true);
    expect(await storeDifferences()).toEqual({});
    await app.ds.query(`UPDATE survey_periods SET status = 'OPEN' WHERE id = $1`, [period]);
    const rows = await publicServiceRows(unitB.path);
    expect(rows.every((r) => r.public_service === 0.5 && r.public_service_reason === "U7 staff behaviour, NRR 2.80, band C, period 2025-2")).toBe(true);
    const years = (await app.ds.query(`SELECT DISTINCT year FROM skm_signals ORDER BY year`)) as { year: number }[];
    expect(years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(await storeDifferences()).toEqual({});
  });

  it("reopening every period, or deactivating the service unit, clears PUBLIC_SERVICE", async () => {
    await app.ds.query(`UPDATE survey_periods SET status = 'CLOSED' WHERE id = $1`, [period]);
    await app.ds.query(`UPDATE service_units SET active = false WHERE id = $1`, [serviceUnit]);
    expect((await publicServiceRows(unitB.path)).every((r) => r.public_service === 0)).toBe(true);
    expect(await storeDifferences()).toEqual({});
    await app.ds.query(`UPDATE service_units SET active = true WHERE id = $1`, [serviceUnit]);
    expect((await publicServiceRows(unitB.path)).every((r) => r.public_service === 1)).toBe(true);
    await app.ds.query(`UPDATE survey_periods SET status = 'OPEN'`);
    const [n] = (await app.ds.query(`SELECT count(*)::int AS n FROM need_gaps WHERE public_service > 0 OR public_service_reason IS NOT NULL`)) as { n: number }[];
    expect(n!.n).toBe(0);
    expect(await storeDifferences()).toEqual({});
  });

  it("a response written while its period is being closed is counted, whichever transaction goes first", async () => {
    const close = (status: "OPEN" | "CLOSED") => `UPDATE survey_periods SET status = '${status}' WHERE id = '${period}'`;
    const insert = (runner: { query: (sql: string, params: unknown[]) => Promise<unknown> }) =>
      runner.query(
        `INSERT INTO survey_responses (service_unit_id, period_id, u7, client_key) VALUES ($1, $2, 4, $3)`,
        [serviceUnit, period, createHash("sha256").update(`race-${(responses += 1)}`).digest("hex")],
      );
    const pause = () => new Promise((resolve) => setTimeout(resolve, 300));
    const nrrU7 = async () => {
      const [t] = (await app.ds.query(`SELECT s7::numeric / n7 AS nrr FROM survey_tallies WHERE service_unit_id = $1 AND period_id = $2`, [serviceUnit, period])) as { nrr: string }[];
      const [sig] = (await app.ds.query(`SELECT nrr FROM skm_signals WHERE service_unit_id = $1 AND element = 'U7' AND year = 2026`, [serviceUnit])) as { nrr: string }[];
      return { tally: Number(t!.nrr), signal: sig ? Number(sig.nrr) : null };
    };

    // The response first (uncommitted), then the close.
    const responder = app.ds.createQueryRunner();
    await responder.startTransaction();
    await insert(responder);
    const closing = app.ds.query(close("CLOSED"));
    await pause();
    await responder.commitTransaction();
    await responder.release();
    await closing;
    let u7 = await nrrU7();
    expect(u7.signal).toBe(u7.tally);
    expect(await storeDifferences()).toEqual({});

    // The reopen and close first (uncommitted), then the response.
    await app.ds.query(close("OPEN"));
    const closer = app.ds.createQueryRunner();
    await closer.startTransaction();
    await closer.query(close("CLOSED"));
    const responding = insert(app.ds);
    await pause();
    await closer.commitTransaction();
    await closer.release();
    await responding;
    u7 = await nrrU7();
    expect(u7.signal).toBe(u7.tally);
    expect(await storeDifferences()).toEqual({});
  });

  it("a competency's code decides which signals reach it (a renamed code loses them, the old code gets them back)", async () => {
    const [c] = (await app.ds.query(`SELECT id FROM competencies WHERE code = 'M.PELAYANAN_PUBLIK'`)) as { id: string }[];
    expect((await publicServiceRows(unitB.path)).every((r) => r.public_service === 1)).toBe(true);
    await app.ds.query(`UPDATE competencies SET code = 'M.PELAYANAN_PUBLIK_LAMA' WHERE id = $1`, [c!.id]);
    const [n] = (await app.ds.query(`SELECT count(*)::int AS n FROM need_gaps WHERE competency_id = $1 AND public_service > 0`, [c!.id])) as { n: number }[];
    expect(n!.n).toBe(0);
    expect(await storeDifferences()).toEqual({});
    await app.ds.query(`UPDATE competencies SET code = 'M.PELAYANAN_PUBLIK' WHERE id = $1`, [c!.id]);
    expect((await publicServiceRows(unitB.path)).every((r) => r.public_service === 1)).toBe(true);
    expect(await storeDifferences()).toEqual({});
  });

  it("weak U2 and U6 reach every TECHNICAL competency of the staff (the unit's own technical service): the largest weakness, both reasons", async () => {
    const [su] = (await app.ds.query(
      `INSERT INTO service_units (code, name, kind, unit_id, yearly_users) VALUES ('layanan-teknis', 'Layanan Teknis Uji', 'OTHER', $1, 800) RETURNING id`,
      [unitA.id],
    )) as { id: string }[];
    // Into the closed period 2026-1: U2 3,3,2 (8/3 = 2.67, band C), U6 1,1,1 (band D), the rest 4.
    for (const [i, [u2, u6]] of [[3, 1], [3, 1], [2, 1]].entries()) {
      await app.ds.query(
        `INSERT INTO survey_responses (service_unit_id, period_id, u1, u2, u3, u4, u5, u6, u7, u8, u9, client_key) VALUES ($1, $2, 4, $3, 4, 4, 4, $4, 4, 4, 4, $5)`,
        [su!.id, period, u2, u6, createHash("sha256").update(`technical-${i}`).digest("hex")],
      );
    }
    const rows = (await app.ds.query(
      `SELECT competency_kind, public_service::float AS ps, public_service_reason AS reason FROM need_gaps WHERE year = 2026 AND unit_path LIKE $1 || '%'`,
      [unitA.path],
    )) as { competency_kind: string; ps: number; reason: string | null }[];
    const technical = rows.filter((r) => r.competency_kind === "TECHNICAL");
    expect(technical.length).toBeGreaterThan(0);
    const reason = "U2 systems, mechanisms and procedures, NRR 2.67, band C, period 2026-1; U6 staff competence, NRR 1.00, band D, period 2026-1";
    expect(technical.every((r) => r.ps === 1 && r.reason === reason)).toBe(true);
    expect(rows.filter((r) => r.competency_kind !== "TECHNICAL").every((r) => r.ps === 0 && r.reason === null)).toBe(true);
    expect(await storeDifferences()).toEqual({});
  });
});

import { JP_LEDGER_RULES, jakartaDate, jpEarlyWarning, jpLedger, type EmploymentType } from "@bina/domain";
import { PLANNED_BATCH_STATES, PLANNED_NOMINATION_STATES } from "../src/modules/compliance/ledger-store.sql";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * The JP ledger kept current on write (issue 8): after every write path (a learning record submitted, verified,
 * rejected; a BATCH entry inserted or deleted by SQL as the attendance module does; an employee moved, deactivated or
 * retyped; nominations and batches that change the planned JP) the API's ledgers, unit rollups and lists equal an
 * independent recomputation from the source tables through the domain's `jpLedger` and `jpEarlyWarning`.
 */
let app: TestApp;
let admin: string;
const YEAR = 2026;
const PAST = 2025;

beforeAll(async () => {
  app = await startTestApp({ employees: 120 });
  admin = await app.login("admin");
});
afterAll(() => app.close());

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").toString("base64");

interface Emp {
  id: string;
  unit_id: string;
  employment_type: EmploymentType;
  active: boolean;
  name: string;
}

/** The ledger of every employee-year recomputed from the source tables, without the store. */
async function recompute(year: number) {
  const employees: Emp[] = await app.ds.query(`SELECT id, unit_id, employment_type, active, name FROM employees`);
  const units: { id: string; path: string; parent_id: string | null }[] = await app.ds.query(`SELECT id, path, parent_id FROM units`);
  const entries: { employee_id: string; jp: string; verified: boolean }[] = await app.ds.query(`SELECT employee_id, jp, verified FROM jp_entries WHERE year = $1`, [year]);
  const seats: { employee_id: string; status: string; batch_status: string; ends_on: string; credited_jp: string }[] = await app.ds.query(
    `SELECT n.employee_id, n.status, b.status AS batch_status, b.ends_on::text, b.credited_jp FROM nominations n JOIN batches b ON b.id = n.batch_id`,
  );
  const today = jakartaDate(Date.now());
  const ledgers = new Map<string, { emp: Emp; ledger: ReturnType<typeof jpLedger>; planned: number; warning: string | null }>();
  for (const emp of employees) {
    const mine = entries.filter((e) => e.employee_id === emp.id).map((e) => ({ jp: Number(e.jp), verified: e.verified }));
    const planned = seats
      .filter(
        (s) =>
          s.employee_id === emp.id &&
          (PLANNED_NOMINATION_STATES as readonly string[]).includes(s.status) &&
          (PLANNED_BATCH_STATES as readonly string[]).includes(s.batch_status) &&
          Number(s.ends_on.slice(0, 4)) === year,
      )
      .reduce((sum, s) => sum + Math.round(Number(s.credited_jp) * 100), 0) / 100;
    const ledger = jpLedger({ employeeType: emp.employment_type, entries: mine });
    const warning = emp.employment_type === "PNS" ? jpEarlyWarning({ ledger, year, date: today, plannedJp: planned }) : null;
    ledgers.set(emp.id, { emp, ledger, planned, warning });
  }
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  const rollup = (unitId: string) => {
    const path = pathOf.get(unitId)!;
    const mine = [...ledgers.values()].filter((l) => l.emp.active && pathOf.get(l.emp.unit_id)!.startsWith(path));
    const pns = mine.filter((l) => l.emp.employment_type === "PNS");
    const pppk = mine.filter((l) => l.emp.employment_type === "PPPK");
    const earned = pns.reduce((s, l) => s + Math.round(l.ledger.earnedJp * 100), 0) / 100;
    return {
      pnsCount: pns.length,
      pnsMet: pns.filter((l) => l.ledger.status === "MET").length,
      atRisk: pns.filter((l) => l.warning === "AT_RISK").length,
      missed: pns.filter((l) => l.warning === "MISSED").length,
      onTrack: pns.filter((l) => l.warning === "ON_TRACK").length,
      meanJp: pns.length ? Math.round((earned / pns.length) * 100) / 100 : null,
      pppkCount: pppk.length,
      pppkOverCap: pppk.filter((l) => l.ledger.status === "OVER_CAP").length,
    };
  };
  return { ledgers, rollup, units };
}

const COMPLIANCE = `query ($year: Int!, $unitId: ID) { jpCompliance(year: $year, unitId: $unitId) {
  total { unit { id } pnsCount pnsMet share atRisk missed onTrack meanJp pppkCount pppkOverCap }
  units { unit { id } pnsCount pnsMet share atRisk missed onTrack meanJp pppkCount pppkOverCap } } }`;
const LEDGERS = `query ($year: Int!, $status: JpLedgerStatus, $after: String) { jpEmployees(year: $year, status: $status, first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { employee { id } employmentType earnedJp pendingJp plannedJp status warning countedJp shortfallJp } } } }`;
const WARNINGS = `query ($year: Int!, $after: String) { jpEarlyWarnings(year: $year, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { employee { id } warning } } } }`;

async function walk(query: string, field: string, vars: Record<string, unknown>) {
  const nodes: Record<string, any>[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const r: { data?: Record<string, any> | null; errors?: unknown } = await app.gql(query, { ...vars, after }, admin); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(r.errors).toBeUndefined();
    const c: { totalCount: number; edges: { node: Record<string, any> }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = r.data![field]; // eslint-disable-line @typescript-eslint/no-explicit-any
    total = c.totalCount;
    nodes.push(...c.edges.map((e) => e.node));
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  return { nodes, total };
}

/** The store and every read path equal the recomputation, for the year. */
async function expectLedgerMatches(year: number) {
  const { ledgers, rollup } = await recompute(year);
  // The city and each of its direct sub-units.
  const r = await app.gql(COMPLIANCE, { year }, admin);
  expect(r.errors).toBeUndefined();
  const c = r.data!.jpCompliance;
  const { unit: rootUnit, share: rootShare, ...rootRest } = c.total;
  const root = rollup(rootUnit.id);
  expect(rootRest).toEqual(root);
  expect(rootShare).toBe(root.pnsCount ? root.pnsMet / root.pnsCount : null);
  for (const u of c.units) {
    const { unit, share, ...rest } = u;
    expect({ id: unit.id, ...rest }).toEqual({ id: unit.id, ...rollup(unit.id) });
    expect(share).toBe(rest.pnsCount ? rest.pnsMet / rest.pnsCount : null);
  }
  const shares = c.units.map((u: { share: number | null }) => u.share ?? -1);
  expect(shares).toEqual([...shares].sort((a: number, b: number) => b - a));
  // Every unit with sub-units, as the parent of the rollup (the deeper levels of the tree).
  const parents: { id: string }[] = await app.ds.query(`SELECT DISTINCT parent_id AS id FROM units WHERE parent_id IS NOT NULL`);
  for (const parent of parents) {
    const sub = await app.gql(COMPLIANCE, { year, unitId: parent.id }, admin);
    expect(sub.errors).toBeUndefined();
    for (const u of [sub.data!.jpCompliance.total, ...sub.data!.jpCompliance.units]) {
      const { unit, share: _share, ...rest } = u;
      expect({ id: unit.id, ...rest }).toEqual({ id: unit.id, ...rollup(unit.id) });
    }
  }
  // Every active employee's ledger, through the drill-down.
  const all = await walk(LEDGERS, "jpEmployees", { year, status: null });
  const active = [...ledgers.values()].filter((l) => l.emp.active);
  expect(all.total).toBe(active.length);
  expect(all.nodes).toHaveLength(active.length);
  for (const n of all.nodes) {
    const l = ledgers.get(n.employee.id)!;
    expect(n).toEqual({
      employee: { id: l.emp.id },
      employmentType: l.emp.employment_type,
      earnedJp: l.ledger.earnedJp,
      pendingJp: l.ledger.pendingJp,
      plannedJp: l.planned,
      status: l.ledger.status,
      warning: l.warning,
      countedJp: l.ledger.countedJp,
      shortfallJp: l.ledger.shortfallJp,
    });
  }
  for (const status of ["MET", "SHORT", "OVER_CAP"]) {
    const page = await walk(LEDGERS, "jpEmployees", { year, status });
    const expected = active.filter((l) => l.ledger.status === status).map((l) => l.emp.id).sort();
    expect(page.total).toBe(expected.length);
    expect(page.nodes.map((n) => n.employee.id).sort()).toEqual(expected);
  }
  const warnings = await walk(WARNINGS, "jpEarlyWarnings", { year });
  const expectedWarnings = active.filter((l) => l.warning === "AT_RISK" || l.warning === "MISSED");
  expect(warnings.total).toBe(expectedWarnings.length);
  expect(warnings.nodes.map((n) => n.employee.id).sort()).toEqual(expectedWarnings.map((l) => l.emp.id).sort());
  for (const n of warnings.nodes) expect(n.warning).toBe(ledgers.get(n.employee.id)!.warning);
  // The store's rows are the recomputation's (employees with anything in the year).
  const stored: { employee_id: string; earned_jp: string; pending_jp: string; planned_jp: string; unit_id: string; active: boolean }[] = await app.ds.query(
    `SELECT employee_id, earned_jp, pending_jp, planned_jp, unit_id, active FROM jp_employee_years WHERE year = $1`,
    [year],
  );
  for (const s of stored) {
    const l = ledgers.get(s.employee_id)!;
    expect([Number(s.earned_jp), Number(s.pending_jp), Number(s.planned_jp), s.unit_id, s.active]).toEqual([l.ledger.earnedJp, l.ledger.pendingJp, l.planned, l.emp.unit_id, l.emp.active]);
  }
  const withData = [...ledgers.values()].filter((l) => l.ledger.earnedJp + l.ledger.pendingJp + l.planned > 0).map((l) => l.emp.id);
  expect(stored.filter((s) => Number(s.earned_jp) + Number(s.pending_jp) + Number(s.planned_jp) > 0).map((s) => s.employee_id).sort()).toEqual(withData.sort());
}

const SUBMIT = `mutation ($i: SubmitLearningRecordInput!) { submitLearningRecord(input: $i) { id status version creditedJp } }`;
const VERIFY = `mutation ($i: VerifyLearningRecordInput!) { verifyLearningRecord(input: $i) { id status version } }`;
const REJECT = `mutation ($i: RejectLearningRecordInput!) { rejectLearningRecord(input: $i) { id status version reason } }`;

const pns = async (n: number, offset = 0): Promise<Emp[]> =>
  app.ds.query(`SELECT id, unit_id, employment_type, active, name FROM employees WHERE employment_type = 'PNS' AND active ORDER BY nip LIMIT $1 OFFSET $2`, [n, offset]);

let batchSeq = 0;
/** A programme with one batch (SQL, as the delivery module writes them). */
async function batch(status: string, endsOn: string, creditedJp: number): Promise<string> {
  batchSeq += 1;
  const [p] = await app.ds.query(
    `INSERT INTO programmes (year, title, kind, organiser, status) VALUES ($1, $2, 'TECHNICAL_TRAINING', 'BKPSDM', 'PLANNED') RETURNING id`,
    [Number(endsOn.slice(0, 4)), `Bimtek ${batchSeq}`],
  );
  const [b] = await app.ds.query(
    `INSERT INTO batches (programme_id, name, starts_on, ends_on, capacity, status, credited_jp) VALUES ($1, 'Angkatan I', $2, $2, 30, $3, $4) RETURNING id`,
    [p.id, endsOn, status, creditedJp],
  );
  return b.id;
}

describe("the ledger equals a recomputation through the domain after every write path", () => {
  it("starts equal on the demo data (batches completed, records verified, pending and rejected)", async () => {
    await expectLedgerMatches(YEAR);
  });

  it("after records are submitted, verified and rejected through the API", async () => {
    const [a, b, c] = await pns(3);
    const submitted = [];
    for (const [emp, activity] of [
      [a!, { kind: "SECONDMENT", count: 1 }],
      [a!, { kind: "E_LEARNING", jpByDay: [2, 3.5, 1.25] }],
      [b!, { kind: "COACHING", sessionDates: ["2026-03-02", "2026-03-09", "2026-03-16", "2026-04-01"] }],
      [c!, { kind: "BENCHMARKING", count: 1 }],
    ] as const) {
      const r = await app.gql(SUBMIT, { i: { employeeId: emp.id, title: "Kegiatan belajar", startedOn: "2026-03-01", endedOn: "2026-04-30", evidence: [{ fileName: "bukti.pdf", contentBase64: PDF }], ...activity } }, admin);
      expect(r.errors).toBeUndefined();
      submitted.push(r.data!.submitLearningRecord);
    }
    expect(submitted.map((s) => s.creditedJp)).toEqual([20, 6.25, 6, 10]);
    await expectLedgerMatches(YEAR);
    const verified = await app.gql(VERIFY, { i: { id: submitted[0].id, version: submitted[0].version } }, admin);
    expect(verified.data!.verifyLearningRecord).toMatchObject({ status: "VERIFIED", version: 2 });
    await app.gql(VERIFY, { i: { id: submitted[2].id, version: submitted[2].version } }, admin);
    await expectLedgerMatches(YEAR);
    const rejected = await app.gql(REJECT, { i: { id: submitted[3].id, version: submitted[3].version, reason: "Bukti tidak sesuai." } }, admin);
    expect(rejected.data!.rejectLearningRecord).toMatchObject({ status: "REJECTED", reason: "Bukti tidak sesuai." });
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM jp_entries WHERE source_id = $1`, [submitted[3].id]))[0].n).toBe(0);
    await expectLedgerMatches(YEAR);
    const ledger = await app.gql(`query ($e: ID!) { jpLedger(employeeId: $e, year: ${YEAR}) { earnedJp pendingJp status earnedNonClassicalJp entries { kind siasnCode jp verified source } earnedByKind { kind siasnCode earnedJp pendingJp } } }`, { e: a!.id }, admin);
    expect(ledger.data!.jpLedger).toMatchObject({ earnedJp: 20, pendingJp: 6.25, status: "MET", earnedNonClassicalJp: 20 });
    expect(ledger.data!.jpLedger.earnedByKind).toEqual([
      { kind: "E_LEARNING", siasnCode: 16, earnedJp: 0, pendingJp: 6.25 },
      { kind: "SECONDMENT", siasnCode: 18, earnedJp: 20, pendingJp: 0 },
    ]);
  });

  it("after BATCH entries are inserted and deleted by SQL (as the attendance module does), in this year and a past one", async () => {
    const emps = await pns(6, 10);
    const ids = emps.map((e) => e.id);
    await app.ds.query(
      `INSERT INTO jp_entries (employee_id, year, kind, jp, verified, source, source_id, title, started_on, ended_on)
       SELECT id, 2026, 'TECHNICAL_TRAINING', 24.5, true, 'BATCH', gen_random_uuid(), 'Bimtek SPBE', '2026-05-04', '2026-05-06' FROM unnest($1::uuid[]) AS id`,
      [ids],
    );
    await app.ds.query(
      `INSERT INTO jp_entries (employee_id, year, kind, jp, verified, source, source_id, title, started_on, ended_on)
       SELECT id, 2025, 'SEMINAR', 8, true, 'BATCH', gen_random_uuid(), 'Seminar', '2025-11-04', '2025-11-05' FROM unnest($1::uuid[]) AS id`,
      [ids.slice(0, 3)],
    );
    // Short in a year that is over, with enough pending to reach the minimum: MISSED all the same (not ON_TRACK).
    await app.ds.query(
      `INSERT INTO jp_entries (employee_id, year, kind, jp, verified, source, source_id, title, started_on, ended_on)
       VALUES ($1, 2025, 'SELF_STUDY', 25, false, 'RECORD', gen_random_uuid(), 'Belajar mandiri', '2025-12-01', '2025-12-20')`,
      [ids[5]],
    );
    await expectLedgerMatches(YEAR);
    await expectLedgerMatches(PAST);
    const missed = await app.gql(`query ($e: ID!) { jpLedger(employeeId: $e, year: 2025) { warning pendingJp } }`, { e: ids[5] }, admin);
    expect(missed.data!.jpLedger).toEqual({ warning: "MISSED", pendingJp: 25 });
    await app.ds.query(`DELETE FROM jp_entries WHERE employee_id = ANY($1::uuid[]) AND source = 'BATCH' AND year = 2026`, [ids.slice(0, 2)]);
    await expectLedgerMatches(YEAR);
  });

  it("after employees are moved, deactivated, reactivated, retyped, created and deleted", async () => {
    const [moved, gone, retyped] = await pns(3, 10);
    const [other] = await app.ds.query(`SELECT id FROM units WHERE id <> $1 AND parent_id IS NOT NULL ORDER BY code LIMIT 1`, [moved!.unit_id]);
    await app.ds.query(`UPDATE employees SET unit_id = $2 WHERE id = $1`, [moved!.id, other.id]);
    await app.ds.query(`UPDATE employees SET active = false WHERE id = $1`, [gone!.id]);
    await app.ds.query(`UPDATE employees SET employment_type = 'PPPK' WHERE id = $1`, [retyped!.id]);
    await app.ds.query(
      `INSERT INTO jp_entries (employee_id, year, kind, jp, verified, source, source_id, title, started_on, ended_on)
       VALUES ($1, 2026, 'TECHNICAL_TRAINING', 30, true, 'BATCH', gen_random_uuid(), 'Pelatihan panjang', '2026-06-01', '2026-06-05')`,
      [retyped!.id],
    );
    await expectLedgerMatches(YEAR);
    await app.ds.query(`UPDATE employees SET active = true WHERE id = $1`, [gone!.id]);
    await expectLedgerMatches(YEAR);
    // A new employee (a copy of one with another id and NIP) counts at once; a deleted one leaves every count.
    const [copy] = await app.ds.query(
      `INSERT INTO employees (nip, name, gender, birth_date, employment_type, rank_code, rank_order, position_kind, position_title, functional_grade, unit_id, active)
       SELECT '199901012024011999', 'Pegawai Baru', gender, birth_date, 'PNS', rank_code, rank_order, position_kind, position_title, functional_grade, unit_id, true
         FROM employees WHERE id = $1 RETURNING id`,
      [moved!.id],
    );
    await expectLedgerMatches(YEAR);
    await app.ds.query(`DELETE FROM employees WHERE id = $1`, [copy.id]);
    await expectLedgerMatches(YEAR);
  });

  it("after nominations and batches change the planned JP", async () => {
    const emps = await pns(4, 20);
    const open = await batch("OPEN", "2026-12-10", 24);
    const draft = await batch("DRAFT", "2026-12-10", 40);
    const nextYear = await batch("PLANNED", "2027-01-15", 16);
    for (const [i, e] of emps.entries()) {
      await app.ds.query(`INSERT INTO nominations (batch_id, employee_id, unit_id, status) VALUES ($1, $2, $3, $4)`, [open, e.id, e.unit_id, i === 3 ? "WAITLISTED" : "APPROVED"]);
      await app.ds.query(`INSERT INTO nominations (batch_id, employee_id, unit_id, status) VALUES ($1, $2, $3, 'APPROVED')`, [draft, e.id, e.unit_id]);
      await app.ds.query(`INSERT INTO nominations (batch_id, employee_id, unit_id, status) VALUES ($1, $2, $3, 'NOMINATED')`, [nextYear, e.id, e.unit_id]);
    }
    await expectLedgerMatches(YEAR);
    await expectLedgerMatches(2027);
    await app.ds.query(`UPDATE nominations SET status = 'CANCELLED' WHERE batch_id = $1 AND employee_id = $2`, [open, emps[0]!.id]);
    await app.ds.query(`UPDATE batches SET status = 'OPEN' WHERE id = $1`, [draft]);
    await expectLedgerMatches(YEAR);
    await app.ds.query(`UPDATE batches SET credited_jp = 12, ends_on = '2026-12-20' WHERE id = $1`, [open]);
    await expectLedgerMatches(YEAR);
    await app.ds.query(`UPDATE batches SET status = 'COMPLETED' WHERE id = $1`, [open]);
    await app.ds.query(`DELETE FROM nominations WHERE batch_id = $1`, [nextYear]);
    await expectLedgerMatches(YEAR);
    await expectLedgerMatches(2027);
  });

  it("after parallel writers touch the same units and employees (submissions, decisions, BATCH rows, moves)", async () => {
    const emps = await pns(8, 30);
    const [unit] = await app.ds.query(`SELECT unit_id AS id FROM employees WHERE id = $1`, [emps[0]!.id]);
    const submitted = await Promise.all(
      emps.map((e, i) =>
        app.gql(SUBMIT, { i: { employeeId: e.id, kind: "BENCHMARKING", count: 1 + (i % 2), title: `Studi tiru ${i}`, startedOn: "2026-05-01", endedOn: "2026-05-02", evidence: [{ fileName: "b.pdf", contentBase64: PDF }] } }, admin),
      ),
    );
    expect(submitted.every((r) => !r.errors)).toBe(true);
    const records = submitted.map((r) => r.data!.submitLearningRecord);
    await Promise.all([
      ...records.map((r, i) =>
        i % 2 === 0 ? app.gql(VERIFY, { i: { id: r.id, version: r.version } }, admin) : app.gql(REJECT, { i: { id: r.id, version: r.version, reason: "Tidak lengkap." } }, admin),
      ),
      ...emps.map((e) =>
        app.ds.query(
          `INSERT INTO jp_entries (employee_id, year, kind, jp, verified, source, source_id, title, started_on, ended_on)
           VALUES ($1, 2026, 'WORKSHOP', 5, true, 'BATCH', gen_random_uuid(), 'Lokakarya', '2026-06-10', '2026-06-10')`,
          [e.id],
        ),
      ),
      ...emps.slice(0, 4).map((e) => app.ds.query(`UPDATE employees SET unit_id = $2 WHERE id = $1`, [e.id, unit.id])),
    ]);
    await expectLedgerMatches(YEAR);
  });

  it("rebuilds to the same store it keeps", async () => {
    const before = await app.ds.query(`SELECT * FROM jp_unit_years WHERE pns_met <> 0 OR pns_on_track <> 0 OR pns_earned_jp <> 0 OR pppk_over_cap <> 0 OR pppk_earned_jp <> 0 ORDER BY year, unit_id`);
    const staff = await app.ds.query(`SELECT * FROM jp_unit_staff WHERE pns <> 0 OR pppk <> 0 ORDER BY unit_id`);
    await app.ds.query(`SELECT jp_ledger_rebuild()`);
    expect(await app.ds.query(`SELECT * FROM jp_unit_years ORDER BY year, unit_id`)).toEqual(before);
    expect(await app.ds.query(`SELECT * FROM jp_unit_staff WHERE pns <> 0 OR pppk <> 0 ORDER BY unit_id`)).toEqual(staff);
  });

  it("uses the domain's thresholds (a PNS at exactly the minimum is MET, a PPPK at exactly the cap is not over it)", async () => {
    // Two employees with nothing in the ledger; the second becomes a PPPK (the demo's small staff may have none).
    const [p, k] = await app.ds.query(`SELECT id FROM employees WHERE employment_type = 'PNS' AND active AND id NOT IN (SELECT employee_id FROM jp_entries) ORDER BY nip LIMIT 2`);
    await app.ds.query(`UPDATE employees SET employment_type = 'PPPK' WHERE id = $1`, [k.id]);
    for (const [id, jp] of [
      [p.id, JP_LEDGER_RULES.pnsMinimumJp],
      [k.id, JP_LEDGER_RULES.pppkMaximumJp],
    ] as const) {
      await app.ds.query(
        `INSERT INTO jp_entries (employee_id, year, kind, jp, verified, source, source_id, title, started_on, ended_on)
         VALUES ($1, 2026, 'COURSE', $2, true, 'BATCH', gen_random_uuid(), 'Kursus', '2026-02-01', '2026-02-03')`,
        [id, jp],
      );
    }
    const r = await app.gql(`query ($a: ID!, $b: ID!) { a: jpLedger(employeeId: $a, year: 2026) { status } b: jpLedger(employeeId: $b, year: 2026) { status } }`, { a: p.id, b: k.id }, admin);
    expect(r.data).toEqual({ a: { status: "MET" }, b: { status: "MET" } });
    await expectLedgerMatches(YEAR);
  });
});

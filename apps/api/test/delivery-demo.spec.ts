import { jpEarlyWarning, jpLedger } from "@bina/domain";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * The 2026 delivery demo as the first start loads it (full staff): what the README and the issue promise
 * of it, read back from the database, and the JP ledger's store equal to the domain's ledger over the rows.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ employees: 2000, delivery: true });
}, 180_000);
afterAll(() => app?.close());

const rows = <T>(sql: string, params: unknown[] = []) => app.ds.query(sql, params) as Promise<T[]>;

describe("the delivery demo", () => {
  it("has about forty batches of 2026 across the kinds, with speakers from four other cities", async () => {
    const [b] = await rows<{ batches: number; kinds: number; completed: number; open: number }>(
      `SELECT count(*)::int AS batches, count(DISTINCT p.kind)::int AS kinds,
              count(*) FILTER (WHERE b.status = 'COMPLETED')::int AS completed, count(*) FILTER (WHERE b.status = 'OPEN')::int AS open
         FROM batches b JOIN programmes p ON p.id = b.programme_id WHERE p.year = 2026`,
    );
    expect(b!.batches).toBeGreaterThanOrEqual(38);
    expect(b!.kinds).toBeGreaterThanOrEqual(10);
    expect(b!.open).toBeGreaterThan(0);
    const cities = await rows<{ origin_city: string }>(
      `SELECT DISTINCT sp.origin_city FROM batch_sessions s JOIN speakers sp ON sp.id = s.speaker_id WHERE NOT sp.internal ORDER BY 1`,
    );
    expect(cities.map((c) => c.origin_city)).toEqual(expect.arrayContaining(["Jakarta", "Semarang", "Surakarta", "Yogyakarta"]));
    // The array columns arrive whole: expertise, programme competencies, an activity's days and dates.
    const [arrays] = await rows<{ speakers: number; programmes: number; elearning: number; coaching: number }>(
      `SELECT (SELECT count(*)::int FROM speakers WHERE cardinality(expertise_ids) = 0) AS speakers,
              (SELECT count(*)::int FROM programmes WHERE cardinality(competency_ids) = 0) AS programmes,
              (SELECT count(*)::int FROM learning_records WHERE kind = 'E_LEARNING' AND (jp_by_day IS NULL OR cardinality(jp_by_day) < 3)) AS elearning,
              (SELECT count(*)::int FROM learning_records WHERE kind IN ('COACHING', 'MENTORING') AND cardinality(session_dates) IS DISTINCT FROM 6) AS coaching`,
    );
    expect(arrays).toEqual({ speakers: 0, programmes: 0, elearning: 0, coaching: 0 });
  });

  it("gives every completed participant a certificate and a verified ledger entry of the batch's credited JP", async () => {
    const [c] = await rows<{ completed: number; certificates: number; entries: number; wrong: number }>(
      `SELECT count(*)::int AS completed,
              count(c.id)::int AS certificates,
              count(e.id)::int AS entries,
              count(*) FILTER (WHERE e.jp IS DISTINCT FROM b.credited_jp OR NOT e.verified)::int AS wrong
         FROM nominations n JOIN batches b ON b.id = n.batch_id
         LEFT JOIN certificates c ON c.nomination_id = n.id
         LEFT JOIN jp_entries e ON e.source = 'BATCH' AND e.source_id = n.id
        WHERE n.outcome = 'COMPLETED'`,
    );
    expect(c!.completed).toBeGreaterThan(1000);
    expect(c).toMatchObject({ certificates: c!.completed, entries: c!.completed, wrong: 0 });
    const [none] = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM nominations n JOIN certificates c ON c.nomination_id = n.id WHERE n.outcome IS DISTINCT FROM 'COMPLETED'`,
    );
    expect(none!.n).toBe(0);
  });

  it("brings 60-75% of PNS to 20 JP, leaves records pending and an early-warning list, as the domain's ledger says", async () => {
    const staff = await rows<{ id: string; employment_type: "PNS" | "PPPK"; jp: string[] | null; verified: boolean[] | null; planned: string }>(
      `SELECT e.id, e.employment_type,
              array_agg(j.jp::text) FILTER (WHERE j.id IS NOT NULL) AS jp,
              array_agg(j.verified) FILTER (WHERE j.id IS NOT NULL) AS verified,
              COALESCE((SELECT sum(b.credited_jp) FROM nominations n JOIN batches b ON b.id = n.batch_id
                         WHERE n.employee_id = e.id AND n.status IN ('NOMINATED', 'APPROVED') AND b.status IN ('PLANNED', 'OPEN', 'RUNNING')
                           AND EXTRACT(YEAR FROM b.ends_on) = 2026), 0)::text AS planned
         FROM employees e LEFT JOIN jp_entries j ON j.employee_id = e.id AND j.year = 2026
        WHERE e.active GROUP BY e.id`,
    );
    const ledgers = staff.map((s) => ({
      s,
      ledger: jpLedger({ employeeType: s.employment_type, entries: (s.jp ?? []).map((jp, i) => ({ jp: Number(jp), verified: s.verified![i]! })) }),
    }));
    const pns = ledgers.filter((x) => x.s.employment_type === "PNS");
    const met = pns.filter((x) => x.ledger.status === "MET").length;
    expect(met / pns.length).toBeGreaterThanOrEqual(0.6);
    expect(met / pns.length).toBeLessThanOrEqual(0.75);
    const atRisk = pns.filter((x) => jpEarlyWarning({ ledger: x.ledger, year: 2026, date: "2026-11-30", plannedJp: Number(x.s.planned) }) === "AT_RISK").length;
    expect(atRisk).toBeGreaterThan(0);

    // The store the dashboard reads agrees, employee by employee.
    const store = await rows<{ employee_id: string; earned_jp: string; pending_jp: string; planned_jp: string }>(
      `SELECT employee_id, earned_jp::text, pending_jp::text, planned_jp::text FROM jp_employee_years WHERE year = 2026`,
    );
    const byId = new Map(store.map((r) => [r.employee_id, r]));
    for (const { s, ledger } of ledgers) {
      const r = byId.get(s.id);
      expect([s.id, Number(r?.earned_jp ?? 0), Number(r?.pending_jp ?? 0), Number(r?.planned_jp ?? 0)]).toEqual([s.id, ledger.earnedJp, ledger.pendingJp, Number(s.planned)]);
    }
    const [pending] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM learning_records WHERE status = 'SUBMITTED'`);
    expect(pending!.n).toBeGreaterThan(20);
  });
});

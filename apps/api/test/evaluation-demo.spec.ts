import { computeIkm, DEFAULT_REACTION_INSTRUMENT, nrrBand, skmSampleSize, summariseBehaviour, summariseReaction, type ReactionResponse } from "@bina/domain";
import { BEHAVIOUR_OPEN_DAYS, REACTION_OPEN_DAYS } from "../src/modules/evaluation/schedule-evaluations";
import { BEHAVIOUR_OPEN_DAYS as SEED_BEHAVIOUR_OPEN_DAYS } from "../src/seed/evaluation/follow-ups";
import { REACTION_OPEN_DAYS as SEED_REACTION_OPEN_DAYS } from "../src/seed/evaluation/reactions";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * The evaluation and survey demo as the first start loads it (full staff, after the delivery demo): read back through
 * the survey and evaluation modules' GraphQL, and the derived tables (tallies, weak-element signals, the needs store's
 * PUBLIC_SERVICE part) checked against the domain over the loaded rows.
 */
let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp({ employees: 2000, delivery: true });
  admin = await app.login("admin");
}, 240_000);
afterAll(() => app?.close());

const rows = <T>(sql: string, params: unknown[] = []) => app.ds.query(sql, params) as Promise<T[]>;
const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const r = await app.gql<T>(query, variables, admin);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};

const periodIds = async (): Promise<Map<string, { id: string; status: string }>> => {
  const [a, b] = await Promise.all(
    [2025, 2026].map((year) => gql<{ surveyPeriods: { id: string; code: string; status: string }[] }>(`query ($y: Int) { surveyPeriods(year: $y) { id code status } }`, { y: year })),
  );
  return new Map([...a!.surveyPeriods, ...b!.surveyPeriods].map((p) => [p.code, p]));
};

interface IkmNode {
  serviceUnit: { code: string; requiredSample: number; yearlyUsers: number };
  respondents: number;
  sampleMet: boolean;
  ikm: number | null;
  band: string | null;
  elements: { element: string; nrr: number | null; band: string | null; answers: number }[];
}
const ikmResults = async (periodId: string): Promise<IkmNode[]> =>
  (
    await gql<{ ikmResults: { edges: { node: IkmNode }[] } }>(
      `query ($p: ID!) { ikmResults(periodId: $p, first: 50) { edges { node {
         serviceUnit { code requiredSample yearlyUsers } respondents sampleMet ikm band elements { element nrr band answers } } } } }`,
      { p: periodId },
    )
  ).ikmResults.edges.map((e) => e.node);

describe("the SKM demo", () => {
  it("has twelve service units over 2025-2 and 2026-1 (closed) and 2026-2 (open), each reaching its required sample", async () => {
    const periods = await periodIds();
    expect([...periods].map(([code, p]) => [code, p.status])).toEqual([["2025-2", "CLOSED"], ["2026-1", "CLOSED"], ["2026-2", "OPEN"]]);
    for (const [code, p] of periods) {
      const results = await ikmResults(p.id);
      expect([code, results.length]).toEqual([code, 12]);
      for (const r of results) {
        expect(r.serviceUnit.requiredSample).toBe(skmSampleSize(r.serviceUnit.yearlyUsers));
        expect([r.serviceUnit.code, code, r.sampleMet, r.respondents >= r.serviceUnit.requiredSample]).toEqual([r.serviceUnit.code, code, true, true]);
      }
    }
  });

  it("answers IKM, bands and element NRRs equal to computeIkm over the loaded rows; mostly B, a few C", async () => {
    const periods = await periodIds();
    const loaded = await rows<{ code: string; period: string; answers: (number | null)[] }>(
      `SELECT su.code, p.code AS period, ARRAY[r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9]::int[] AS answers
         FROM survey_responses r JOIN service_units su ON su.id = r.service_unit_id JOIN survey_periods p ON p.id = r.period_id`,
    );
    const byKey = new Map<string, (number | null)[][]>();
    for (const r of loaded) byKey.set(`${r.code}@${r.period}`, [...(byKey.get(`${r.code}@${r.period}`) ?? []), r.answers]);
    const bands: Record<string, string[]> = {};
    for (const [code, p] of periods) {
      for (const r of await ikmResults(p.id)) {
        const expected = computeIkm(byKey.get(`${r.serviceUnit.code}@${code}`)!);
        if (!expected.ok) throw new Error(expected.error.code);
        expect([r.serviceUnit.code, code, r.ikm, r.band, r.respondents]).toEqual([r.serviceUnit.code, code, expected.value.ikm, expected.value.band, expected.value.respondents]);
        for (const e of r.elements) {
          const nrr = expected.value.nrr[e.element as keyof typeof expected.value.nrr];
          expect(e.nrr).toBeCloseTo(nrr, 9);
          expect(e.band).toBe(nrrBand(nrr));
        }
        (bands[code] ??= []).push(r.band!);
      }
    }
    for (const code of periods.keys()) {
      expect(bands[code]!.filter((b) => b === "B").length).toBeGreaterThanOrEqual(10);
      expect(bands[code]).toContain("C");
    }
  });

  it("keeps the tallies equal to the responses after the bulk load", async () => {
    const [diff] = await rows<{ n: number }>(
      `WITH fresh AS (
         SELECT service_unit_id, period_id, count(*)::int AS respondents,
                ${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((u) => `coalesce(sum(u${u}), 0)::int AS s${u}, count(u${u})::int AS n${u}`).join(", ")}
           FROM survey_responses GROUP BY 1, 2)
       SELECT count(*)::int AS n FROM fresh f FULL JOIN survey_tallies t USING (service_unit_id, period_id)
        WHERE row(f.respondents, ${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((u) => `f.s${u}, f.n${u}`).join(", ")})
              IS DISTINCT FROM row(t.respondents, ${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((u) => `t.s${u}, t.n${u}`).join(", ")})`,
    );
    expect(diff!.n).toBe(0);
    const [count] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM survey_tallies`);
    expect(count!.n).toBe(36);
  });

  it("shows Disdukcapil's staff behaviour (U7) improving from C to B in 2026-2", async () => {
    const periods = await periodIds();
    const u7 = [];
    for (const code of ["2025-2", "2026-1", "2026-2"]) {
      const d = (await ikmResults(periods.get(code)!.id)).find((r) => r.serviceUnit.code === "disdukcapil")!;
      u7.push(d.elements.find((e) => e.element === "U7")!.band);
    }
    expect(u7).toEqual(["C", "C", "B"]);
    const [su] = await rows<{ id: string }>(`SELECT id FROM service_units WHERE code = 'disdukcapil'`);
    const trend = await gql<{ ikmTrend: { period: { code: string }; ikm: number }[] }>(`query ($s: ID!) { ikmTrend(serviceUnitId: $s) { period { code } ikm } }`, { s: su!.id });
    expect(trend.ikmTrend.map((t) => t.period.code)).toEqual(["2025-2", "2026-1", "2026-2"]);
    expect(trend.ikmTrend[2]!.ikm).toBeGreaterThan(trend.ikmTrend[1]!.ikm);
  });

  it("feeds the 2026-1 weak elements to the 2026 needs cycle: skm_signals, and PUBLIC_SERVICE parts of ranked needs", async () => {
    const signals = await rows<{ code: string; element: string; band: string; period: string }>(
      `SELECT su.code, s.element, s.band, p.code AS period FROM skm_signals s JOIN service_units su ON su.id = s.service_unit_id JOIN survey_periods p ON p.id = s.period_id
        WHERE s.year = 2026 ORDER BY 1, 2`,
    );
    expect(signals.map((s) => `${s.code} ${s.element} ${s.band} ${s.period}`)).toEqual([
      "disdukcapil U7 C 2026-1",
      "kec-tingkir U7 C 2026-1",
      "rsud U3 C 2026-1",
      "rsud U8 D 2026-1",
    ]);
    // Employees of those units carry the PUBLIC_SERVICE value in the store; ranked needs show it with its reason.
    const [gaps] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM need_gaps WHERE year = 2026 AND public_service > 0`);
    expect(gaps!.n).toBeGreaterThan(0);
    const [unit] = await rows<{ id: string }>(`SELECT id FROM units WHERE code = '3373.RSUD'`);
    const ranked = await gql<{ rankedNeeds: { edges: { node: { parts: { factor: string; value: number; reason: string | null }[] } }[] } }>(
      `query ($u: ID!) { rankedNeeds(filter: { year: 2026, unitId: $u }, first: 100) { edges { node { parts { factor value reason } } } } }`,
      { u: unit!.id },
    );
    const publicService = ranked.rankedNeeds.edges.flatMap((e) => e.node.parts.filter((p) => p.factor === "PUBLIC_SERVICE" && p.value > 0));
    expect(publicService.length).toBeGreaterThan(0);
    expect(publicService.some((p) => /U8 .*band D, period 2026-1/.test(p.reason ?? ""))).toBe(true);
  });
});

describe("the evaluation demo", () => {
  const batchId = async (programme: string, name: string) =>
    (await rows<{ id: string }>(`SELECT b.id FROM batches b JOIN programmes p ON p.id = b.programme_id WHERE p.title = $1 AND b.name = $2`, [programme, name]))[0]!.id;

  it("answers about 80% of the reaction forms of the completed 2026 batches; the module's summary equals the domain's", async () => {
    const [c] = await rows<{ expected: number; invited: number; answered: number }>(
      `SELECT (SELECT count(*)::int FROM nominations n JOIN batches b ON b.id = n.batch_id WHERE b.status = 'COMPLETED' AND n.outcome IS NOT NULL) AS expected,
              count(*)::int AS invited, count(answered_at)::int AS answered FROM evaluation_invitations WHERE level = 'REACTION'`,
    );
    expect(c!.invited).toBe(c!.expected);
    expect(c!.answered / c!.invited).toBeGreaterThan(0.75);
    expect(c!.answered / c!.invited).toBeLessThan(0.85);

    const spbe = await batchId("Bimtek Pengelolaan Aplikasi Layanan Publik SPBE bagi Operator OPD", "Angkatan I");
    const stored = await rows<{ answers: ReactionResponse }>(`SELECT answers FROM evaluation_invitations WHERE batch_id = $1 AND level = 'REACTION' AND answered_at IS NOT NULL`, [spbe]);
    const expected = summariseReaction(DEFAULT_REACTION_INSTRUMENT, stored.map((s) => s.answers));
    if (!expected.ok) throw new Error(expected.error.code);
    const r = await gql<{ batchEvaluation: { reaction: { invited: number; answered: number; overall: number; aspects: { aspect: string; mean: number }[]; speakers: { answers: number }[] } } }>(
      `query ($b: ID!) { batchEvaluation(batchId: $b) { reaction { invited answered overall aspects { aspect mean } speakers { answers } } } }`,
      { b: spbe },
    );
    expect(r.batchEvaluation.reaction.answered).toBe(stored.length);
    expect(r.batchEvaluation.reaction.overall).toBeCloseTo(expected.value.overall!, 9);
    const facilities = r.batchEvaluation.reaction.aspects.find((a) => a.aspect === "FACILITIES")!.mean;
    expect(facilities).toBeCloseTo(expected.value.aspects.FACILITIES.mean!, 9);
    expect(facilities).toBeLessThan(2.6);
    expect(r.batchEvaluation.reaction.speakers.length).toBeGreaterThan(0);
  });

  it("has behaviour follow-ups answered, partly, only for batches that ended before 2026-08-30", async () => {
    const byBatch = await rows<{ ends_on: string; invited: number; answered: number }>(
      `SELECT b.ends_on::text, count(*)::int AS invited, count(i.answered_at)::int AS answered
         FROM evaluation_invitations i JOIN batches b ON b.id = i.batch_id WHERE i.level = 'BEHAVIOUR' GROUP BY b.id, b.ends_on`,
    );
    const early = byBatch.filter((b) => b.ends_on < "2026-08-30");
    const late = byBatch.filter((b) => b.ends_on >= "2026-08-30");
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((b) => b.answered === 0)).toBe(true);
    const answered = early.reduce((t, b) => t + b.answered, 0);
    const invited = early.reduce((t, b) => t + b.invited, 0);
    expect(answered / invited).toBeGreaterThan(0.4);
    expect(answered / invited).toBeLessThan(0.8);

    const ilp = await batchId("Bimtek Integrasi Layanan Primer (ILP) bagi Tenaga Puskesmas", "Angkatan I");
    const stored = await rows<{ role: "ALUMNUS" | "SUPERIOR"; answers: { answers: Record<string, number> } }>(
      `SELECT role, answers FROM evaluation_invitations WHERE batch_id = $1 AND level = 'BEHAVIOUR' AND answered_at IS NOT NULL`,
      [ilp],
    );
    const expected = summariseBehaviour(stored.map((s) => ({ role: s.role, answers: s.answers.answers })));
    if (!expected.ok) throw new Error(expected.error.code);
    const r = await gql<{ batchEvaluation: { behaviour: { answered: number; alumnus: { mean: number }; superior: { mean: number } } } }>(
      `query ($b: ID!) { batchEvaluation(batchId: $b) { behaviour { answered alumnus { mean } superior { mean } } } }`,
      { b: ilp },
    );
    expect(r.batchEvaluation.behaviour.answered).toBe(stored.length);
    expect(r.batchEvaluation.behaviour.alumnus.mean).toBeCloseTo(expected.value.byRole.ALUMNUS.mean!, 9);
    expect(r.batchEvaluation.behaviour.superior.mean).toBeCloseTo(expected.value.byRole.SUPERIOR.mean!, 9);
  });

  it("is what the module would have scheduled: scheduling a demo batch again creates nothing", async () => {
    expect([SEED_REACTION_OPEN_DAYS, SEED_BEHAVIOUR_OPEN_DAYS]).toEqual([REACTION_OPEN_DAYS, BEHAVIOUR_OPEN_DAYS]);
    const ilp = await batchId("Bimtek Integrasi Layanan Primer (ILP) bagi Tenaga Puskesmas", "Angkatan I");
    const r = await gql<{ scheduleBatchEvaluations: { created: number; reactionInvitations: number; behaviourInvitations: number } }>(
      `mutation ($b: ID!) { scheduleBatchEvaluations(batchId: $b) { created reactionInvitations behaviourInvitations } }`,
      { b: ilp },
    );
    expect(r.scheduleBatchEvaluations.created).toBe(0);
    expect(r.scheduleBatchEvaluations.reactionInvitations).toBeGreaterThan(0);
    const [dates] = await rows<{ wrong: number }>(
      `SELECT count(*)::int AS wrong FROM evaluation_invitations i JOIN batches b ON b.id = i.batch_id
        WHERE (i.level = 'REACTION' AND (i.opens_on <> b.ends_on OR i.expires_on <> b.ends_on + $1::int))
           OR (i.level = 'BEHAVIOUR' AND i.expires_on <> i.opens_on + $2::int)`,
      [REACTION_OPEN_DAYS, BEHAVIOUR_OPEN_DAYS],
    );
    expect(dates!.wrong).toBe(0);
  });

  it("lists three improvement actions, one closed with its outcome, linked to their unit, period or batch", async () => {
    const r = await gql<{ improvementActions: { edges: { node: { id: string; source: string; status: string; element: string | null; outcome: string | null; closedOn: string | null } }[] } }>(
      `{ improvementActions(first: 10) { edges { node { id source status element outcome closedOn } } } }`,
    );
    const links = new Map(
      (
        await rows<{ id: string; unit: string | null; period: string | null; batch: string | null }>(
          `SELECT a.id, su.code AS unit, p.code AS period, b.name AS batch FROM improvement_actions a
             LEFT JOIN service_units su ON su.id = a.service_unit_id LEFT JOIN survey_periods p ON p.id = a.period_id LEFT JOIN batches b ON b.id = a.batch_id`,
        )
      ).map((l) => [l.id, l]),
    );
    const actions = r.improvementActions.edges.map((e) => ({ ...e.node, ...links.get(e.node.id) }));
    expect(actions).toHaveLength(3);
    const closed = actions.filter((a) => a.status === "CLOSED");
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ source: "WEAK_ELEMENT", element: "U7", unit: "disdukcapil", period: "2025-2", closedOn: "2026-11-20" });
    expect(closed[0]!.outcome).toContain("mutu B");
    expect(actions.find((a) => a.unit === "rsud")).toMatchObject({ status: "OPEN", element: "U8", period: "2026-1", outcome: null });
    expect(actions.find((a) => a.source === "LOW_REACTION")).toMatchObject({ status: "OPEN", batch: "Angkatan I", unit: null });
  });
});

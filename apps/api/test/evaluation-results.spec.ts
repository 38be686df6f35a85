import { computeIkm, DEFAULT_BEHAVIOUR_QUESTIONNAIRE, DEFAULT_REACTION_INSTRUMENT, ikmBand, nGain, nGainCategory, summariseBehaviour, summariseReaction, type ReactionResponse } from "@bina/domain";
import { createCompletedBatch, type CompletedBatch } from "./support/evaluation-fixture";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
let b: CompletedBatch;

const SCHEDULE = `mutation ($b: ID!) { scheduleBatchEvaluations(batchId: $b) { reactionInvitations behaviourInvitations } }`;
const EVALUATION = `query ($b: ID!) {
  batchEvaluation(batchId: $b) {
    batch { id name }
    reaction { invited answered overall aspects { aspect mean answers } speakers { speaker { id name } mean answers } questions { key aspect text mean answers } }
    learning {
      participants withScores meanPre meanPost meanNGain category high medium low undefinedGain
      nGains(first: 100) { totalCount edges { node { employee { id name } pre post nGain category } } }
    }
    behaviour { dueOn invited answered superiorMinusAlumnus alumnus { invited respondents mean answers questions { key text mean answers } } superior { respondents mean questions { key mean } } }
    results { skp { alumni improved unchanged worsened unknown yearBefore yearAfter } units { serviceUnit { code } change before { ikm period { code } } } }
  }
}`;

/** Answers every open form of a batch straight in the table, with scores that vary by form and question (deterministic). */
async function answerAll(batch: CompletedBatch, share = 1): Promise<void> {
  const forms = (await app.ds.query(`SELECT id, level, role FROM evaluation_invitations WHERE batch_id = $1 ORDER BY id`, [batch.batchId])) as { id: string; level: string; role: string }[];
  let k = 0;
  for (const [i, f] of forms.entries()) {
    if (i % Math.round(1 / share) !== 0) continue;
    const score = () => ((k++ * 7) % 4) + 1;
    let answers: Record<string, unknown>;
    if (f.level === "REACTION") {
      const plain = Object.fromEntries(DEFAULT_REACTION_INSTRUMENT.questions.filter((q) => q.aspect !== "SPEAKER").map((q) => [q.key, score()]));
      const speakers = Object.fromEntries(
        batch.speakers.map((s) => [s.id, Object.fromEntries(DEFAULT_REACTION_INSTRUMENT.questions.filter((q) => q.aspect === "SPEAKER").map((q) => [q.key, score()]))]),
      );
      answers = { answers: plain, speakers };
    } else {
      answers = { answers: Object.fromEntries(DEFAULT_BEHAVIOUR_QUESTIONNAIRE.questions.map((q) => [q.key, score()])) };
    }
    await app.ds.query(`UPDATE evaluation_invitations SET answered_at = now(), answers = $2 WHERE id = $1`, [f.id, JSON.stringify(answers)]);
  }
}

beforeAll(async () => {
  app = await startTestApp({ employees: 80 });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  b = await createCompletedBatch(app.ds);
  await app.gql(SCHEDULE, { b: b.batchId }, admin);
  await answerAll(b, 1);
});
afterAll(() => app.close());

describe("batchEvaluation", () => {
  it("gives the domain's reaction summary on the same rows", async () => {
    const r = await app.gql(EVALUATION, { b: b.batchId }, admin);
    expect(r.errors).toBeUndefined();
    const reaction = r.data!.batchEvaluation.reaction;
    const rows = (await app.ds.query(`SELECT answers FROM evaluation_invitations WHERE batch_id = $1 AND level = 'REACTION' AND answered_at IS NOT NULL`, [b.batchId])) as { answers: ReactionResponse }[];
    const domain = summariseReaction(DEFAULT_REACTION_INSTRUMENT, rows.map((x) => x.answers));
    if (!domain.ok) throw new Error(domain.error.message);
    expect(reaction.invited).toBe(b.participants.length);
    expect(reaction.answered).toBe(domain.value.respondents);
    expect(reaction.overall).toBeCloseTo(domain.value.overall!, 12);
    for (const a of reaction.aspects) {
      expect(a.answers).toBe(domain.value.aspects[a.aspect as keyof typeof domain.value.aspects].answers);
      expect(a.mean).toBeCloseTo(domain.value.aspects[a.aspect as keyof typeof domain.value.aspects].mean!, 12);
    }
    for (const q of reaction.questions) {
      expect(q.answers).toBe(domain.value.questions[q.key]!.answers);
      expect(q.mean).toBeCloseTo(domain.value.questions[q.key]!.mean!, 12);
      expect(q.text).toBe(DEFAULT_REACTION_INSTRUMENT.questions.find((x) => x.key === q.key)!.text);
    }
    expect(reaction.speakers).toHaveLength(2);
    for (const s of reaction.speakers) {
      expect(s.speaker.name).toBe(b.speakers.find((x) => x.id === s.speaker.id)!.name);
      expect(s.answers).toBe(domain.value.speakers[s.speaker.id]!.answers);
      expect(s.mean).toBeCloseTo(domain.value.speakers[s.speaker.id]!.mean!, 12);
    }
  });

  it("gives the domain's N-gain per participant and its distribution", async () => {
    const learning = (await app.gql(EVALUATION, { b: b.batchId }, admin)).data!.batchEvaluation.learning;
    const rows = (await app.ds.query(`SELECT employee_id AS "employeeId", pre_score AS pre, post_score AS post FROM nominations WHERE batch_id = $1 AND outcome IS NOT NULL`, [b.batchId])) as {
      employeeId: string;
      pre: string | null;
      post: string | null;
    }[];
    const scored = rows.filter((x) => x.pre !== null && x.post !== null);
    const gains = scored.map((x) => nGain(Number(x.pre), Number(x.post), 100)).filter((g): g is number => g !== null);
    const categories = gains.map(nGainCategory);
    expect(learning).toMatchObject({
      participants: rows.length,
      withScores: scored.length,
      high: categories.filter((c) => c === "HIGH").length,
      medium: categories.filter((c) => c === "MEDIUM").length,
      low: categories.filter((c) => c === "LOW").length,
      undefinedGain: scored.length - gains.length,
    });
    // The fixture has each category, a negative gain and a pre-test of 100.
    expect([learning.high, learning.medium, learning.low, learning.undefinedGain].every((n: number) => n > 0)).toBe(true);
    const mean = gains.reduce((a, g) => a + g, 0) / gains.length;
    expect(learning.meanNGain).toBeCloseTo(mean, 12);
    expect(learning.category).toBe(nGainCategory(mean));
    expect(learning.meanPre).toBeCloseTo(scored.reduce((a, x) => a + Number(x.pre), 0) / scored.length, 10);
    const byEmployee = new Map(rows.map((x) => [x.employeeId, x]));
    expect(learning.nGains.totalCount).toBe(rows.length);
    for (const { node } of learning.nGains.edges) {
      const x = byEmployee.get(node.employee.id)!;
      const g = x.pre === null || x.post === null ? null : nGain(Number(x.pre), Number(x.post), 100);
      expect(node.nGain).toBe(g);
      expect(node.category).toBe(g === null ? null : nGainCategory(g));
    }
  });

  it("gives the domain's behaviour summary and the alumni's SKP change", async () => {
    const ev = (await app.gql(EVALUATION, { b: b.batchId }, admin)).data!.batchEvaluation;
    const rows = (await app.ds.query(`SELECT role, answers FROM evaluation_invitations WHERE batch_id = $1 AND level = 'BEHAVIOUR' AND answered_at IS NOT NULL`, [b.batchId])) as {
      role: "ALUMNUS" | "SUPERIOR";
      answers: { answers: Record<string, number> };
    }[];
    const domain = summariseBehaviour(rows.map((x) => ({ role: x.role, answers: x.answers.answers })));
    if (!domain.ok) throw new Error(domain.error.message);
    expect(ev.behaviour.dueOn).toBe("2026-06-03");
    expect(ev.behaviour.alumnus.respondents).toBe(domain.value.byRole.ALUMNUS.respondents);
    expect(ev.behaviour.alumnus.mean).toBeCloseTo(domain.value.byRole.ALUMNUS.mean!, 12);
    expect(ev.behaviour.superior.mean).toBeCloseTo(domain.value.byRole.SUPERIOR.mean!, 12);
    expect(ev.behaviour.superiorMinusAlumnus).toBeCloseTo(domain.value.superiorMinusAlumnus!, 12);
    for (const q of ev.behaviour.alumnus.questions) expect(q.mean).toBeCloseTo(domain.value.byRole.ALUMNUS.questions[q.key]!, 12);

    // SKP: the first alumnus rose from BAIK to SANGAT_BAIK, the second fell, the others have no 2026 result.
    const alumni = b.participants.filter((_, i) => b.scores[i]!.completed);
    await app.ds.query(`DELETE FROM skp_results WHERE employee_id = ANY($1::uuid[]) AND year IN (2025, 2026)`, [alumni.map((a) => a.employeeId)]);
    const skp = (e: string, year: number, predikat: string) =>
      app.ds.query(`INSERT INTO skp_results (employee_id, year, result_rating, behaviour_rating, predikat) VALUES ($1, $2, 'MEETS', 'MEETS', $3)`, [e, year, predikat]);
    await skp(alumni[0]!.employeeId, 2025, "BAIK");
    await skp(alumni[0]!.employeeId, 2026, "SANGAT_BAIK");
    await skp(alumni[1]!.employeeId, 2025, "BAIK");
    await skp(alumni[1]!.employeeId, 2026, "BUTUH_PERBAIKAN");
    const after = (await app.gql(EVALUATION, { b: b.batchId }, admin)).data!.batchEvaluation.results.skp;
    expect(after).toEqual({ alumni: alumni.length, improved: 1, unchanged: 0, worsened: 1, unknown: alumni.length - 2, yearBefore: 2025, yearAfter: 2026 });
  });

  it("counts an operator's own participants only, and refuses a batch without them", async () => {
    const ev = (await app.gql(EVALUATION, { b: b.batchId }, operator)).data!.batchEvaluation;
    expect(ev.reaction.invited).toBe(2);
    expect(ev.learning.participants).toBe(2);
    expect(ev.learning.nGains.edges.map((e: { node: { employee: { id: string } } }) => e.node.employee.id).sort()).toEqual(b.participants.slice(0, 2).map((p) => p.employeeId).sort());
    const other = await createCompletedBatch(app.ds, { title: "Pelatihan tanpa peserta Dinas Kesehatan" });
    await app.ds.query(`DELETE FROM nominations WHERE batch_id = $1 AND employee_id = ANY($2::uuid[])`, [other.batchId, other.participants.slice(0, 2).map((p) => p.employeeId)]);
    expect((await app.gql(EVALUATION, { b: other.batchId }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(EVALUATION, { b: "00000000-0000-4000-8000-000000000000" }, admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // An analyst reads everything.
    expect((await app.gql(EVALUATION, { b: b.batchId }, analyst)).data!.batchEvaluation.learning.participants).toBe(b.participants.length);
  });

  it("runs as many statements for a batch of 17 as for one of 5", async () => {
    const big = await createCompletedBatch(app.ds, { title: "Pelatihan angkatan besar", approvedElsewhere: 15 });
    await app.gql(SCHEDULE, { b: big.batchId }, admin);
    await answerAll(big, 0.5);
    const INVITES = `query ($b: ID!) { evaluationInvitations(batchId: $b, first: 100) { totalCount edges { node { id status link employee { name nip } } } } }`;
    const count = async (batchId: string) => {
      app.counter.reset();
      const r = await app.gql(EVALUATION, { b: batchId }, admin);
      const i = await app.gql(INVITES, { b: batchId }, admin);
      expect(r.errors ?? i.errors).toBeUndefined();
      return { statements: app.counter.count, rows: r.data!.batchEvaluation.learning.nGains.edges.length + i.data!.evaluationInvitations.edges.length };
    };
    const small = await count(b.batchId);
    const large = await count(big.batchId);
    expect(large.rows).toBeGreaterThan(small.rows * 2);
    expect(large.statements).toBe(small.statements);
  });
});

describe("level 4: the IKM of the participants' service units", () => {
  const UNITS = `query ($b: ID!) { batchEvaluation(batchId: $b) { results { units { serviceUnit { id code } before { period { code } ikm band respondents } after { period { code } ikm band respondents } change } } } }`;
  /** Answers of a period's respondents (deterministic, some elements skipped). */
  const answersFor = (seed: number, n: number): (number | null)[][] =>
    Array.from({ length: n }, (_, r) => Array.from({ length: 9 }, (_, u) => ((r + u + seed) % 11 === 0 ? null : ((r * 3 + u * seed) % 4) + 1)));

  it("gives the IKM before and after the batch as computeIkm on the same responses, and the change", async () => {
    const [dinkes] = (await app.ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`)) as { id: string }[];
    const [su] = (await app.ds.query(
      `INSERT INTO service_units (code, name, kind, unit_id, yearly_users) VALUES ('pkm-uji', 'Puskesmas Uji', 'HEALTH_CENTRE', $1, 20000) RETURNING id`,
      [dinkes!.id],
    )) as { id: string }[];
    const periods: Record<string, string> = {};
    for (const [code, year, half, from, to] of [
      ["2025-2", 2025, 2, "2025-07-01", "2025-12-31"],
      ["2026-1", 2026, 1, "2026-01-01", "2026-06-30"],
      ["2026-2", 2026, 2, "2026-07-01", "2026-12-31"],
    ] as const) {
      const [row] = (await app.ds.query(
        `INSERT INTO survey_periods (code, year, half, starts_on, ends_on, status) VALUES ($1, $2, $3, $4, $5, 'CLOSED')
         ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
        [code, year, half, from, to],
      )) as { id: string }[];
      periods[code] = row!.id;
    }
    const given: Record<string, (number | null)[][]> = { "2025-2": answersFor(3, 40), "2026-1": answersFor(5, 30), "2026-2": answersFor(7, 50) };
    for (const [code, rows] of Object.entries(given)) {
      await app.ds.query(
        `INSERT INTO survey_responses (service_unit_id, period_id, client_key, u1, u2, u3, u4, u5, u6, u7, u8, u9)
         SELECT $1, $2, md5(random()::text) || md5(random()::text), (a->>0)::smallint, (a->>1)::smallint, (a->>2)::smallint, (a->>3)::smallint, (a->>4)::smallint,
                (a->>5)::smallint, (a->>6)::smallint, (a->>7)::smallint, (a->>8)::smallint
           FROM jsonb_array_elements($3::jsonb) AS a`,
        [su!.id, periods[code], JSON.stringify(rows)],
      );
    }
    const r = await app.gql(UNITS, { b: b.batchId }, admin);
    expect(r.errors).toBeUndefined();
    const unit = r.data!.batchEvaluation.results.units.find((u: { serviceUnit: { id: string } }) => u.serviceUnit.id === su!.id);
    const before = computeIkm(given["2025-2"]!);
    const after = computeIkm(given["2026-2"]!);
    if (!before.ok || !after.ok) throw new Error("computeIkm refused the fixture");
    expect(unit.before).toEqual({ period: { code: "2025-2" }, ikm: before.value.ikm, band: ikmBand(before.value.ikm), respondents: 40 });
    expect(unit.after).toEqual({ period: { code: "2026-2" }, ikm: after.value.ikm, band: ikmBand(after.value.ikm), respondents: 50 });
    expect(unit.change).toBeCloseTo(after.value.ikm - before.value.ikm, 10);
    // The operator sees its own unit's service unit too; a batch without Dinas Kesehatan participants does not list it.
    const ops = (await app.gql(UNITS, { b: b.batchId }, operator)).data!.batchEvaluation.results.units;
    expect(ops.map((u: { serviceUnit: { id: string } }) => u.serviceUnit.id)).toContain(su!.id);
    const eff = (await app.gql(`query { programmeEffectiveness(year: 2026, first: 100) { edges { node { programme { id } ikmChange } } } }`, {}, admin)).data!.programmeEffectiveness.edges.find(
      (e: { node: { programme: { id: string } } }) => e.node.programme.id === b.programmeId,
    );
    expect(eff.node.ikmChange).toBeCloseTo(after.value.ikm - before.value.ikm, 10);
  });
});

describe("programmeEffectiveness", () => {
  const QUERY = `query ($y: Int!, $first: Int, $after: String) { programmeEffectiveness(year: $y, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { programme { id title } batches participants reactionMean meanNGain nGainCategory behaviourMean skpImprovedShare ikmChange } } } }`;

  it("gives each programme's four levels over its completed batches, the batch figures pooled", async () => {
    const r = await app.gql(QUERY, { y: 2026, first: 100 }, analyst);
    expect(r.errors).toBeUndefined();
    const node = r.data!.programmeEffectiveness.edges.map((e: { node: { programme: { id: string } } }) => e.node).find((n: { programme: { id: string } }) => n.programme.id === b.programmeId);
    const ev = (await app.gql(EVALUATION, { b: b.batchId }, admin)).data!.batchEvaluation;
    expect(node).toMatchObject({ batches: 1, participants: b.participants.length, nGainCategory: ev.learning.category, skpImprovedShare: 0.5 });
    expect(node.reactionMean).toBeCloseTo(ev.reaction.overall, 12);
    expect(node.meanNGain).toBeCloseTo(ev.learning.meanNGain, 12);
    const behaviourAnswers = ev.behaviour.alumnus.answers + ev.behaviour.superior.questions.length * ev.behaviour.superior.respondents;
    expect(behaviourAnswers).toBeGreaterThan(0);
    expect(node.behaviourMean).toBeGreaterThanOrEqual(1);
    expect(node.behaviourMean).toBeLessThanOrEqual(4);
    const first = await app.gql(QUERY, { y: 2026, first: 1 }, analyst);
    const rest = await app.gql(QUERY, { y: 2026, first: 100, after: first.data!.programmeEffectiveness.pageInfo.endCursor }, analyst);
    expect(1 + rest.data!.programmeEffectiveness.edges.length).toBe(first.data!.programmeEffectiveness.totalCount);
  });
});

describe("improvement actions", () => {
  const OPEN = `mutation ($i: OpenImprovementActionInput!) { openImprovementAction(input: $i) { id version status source title batch { id } ownerUnit { code } dueOn } }`;
  const UPDATE = `mutation ($i: UpdateImprovementActionInput!) { updateImprovementAction(input: $i) { id version title dueOn } }`;
  const CLOSE = `mutation ($id: ID!, $v: Int!, $o: String!) { closeImprovementAction(id: $id, version: $v, outcome: $o) { id version status outcome closedOn } }`;
  const LIST = `query ($s: ImprovementStatus) { improvementActions(status: $s, first: 100) { totalCount edges { node { id title status } } } }`;
  const input = (over: Record<string, unknown> = {}) => ({
    source: "LOW_N_GAIN",
    title: "Perbaiki materi pre-test",
    finding: "Separuh peserta memperoleh N-gain rendah.",
    batchId: b.batchId,
    ownerName: "Kepala Bidang Pengembangan Kompetensi",
    dueOn: "2027-01-31",
    ...over,
  });

  it("opens, changes and closes an action, with a stale version refused", async () => {
    const opened = await app.gql(OPEN, { i: input() }, admin);
    expect(opened.errors).toBeUndefined();
    const a = opened.data!.openImprovementAction;
    expect(a).toMatchObject({ version: 1, status: "OPEN", batch: { id: b.batchId } });
    const changed = await app.gql(UPDATE, { i: { id: a.id, version: 1, title: "Perbaiki soal pre-test dan post-test" } }, admin);
    expect(changed.data!.updateImprovementAction).toMatchObject({ version: 2, title: "Perbaiki soal pre-test dan post-test" });
    const stale = await app.gql(UPDATE, { i: { id: a.id, version: 1, dueOn: "2027-02-28" } }, admin);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION" });
    const staleClose = await app.gql(CLOSE, { id: a.id, v: 1, o: "Soal diganti" }, admin);
    expect(staleClose.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION" });
    const closed = await app.gql(CLOSE, { id: a.id, v: 2, o: "Soal pre-test dan post-test disusun ulang bersama widyaiswara." }, admin);
    expect(closed.data!.closeImprovementAction).toMatchObject({ version: 3, status: "CLOSED", closedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const again = await app.gql(UPDATE, { i: { id: a.id, version: 3, title: "Lagi" } }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "ACTION_CLOSED" });
    const closedList = await app.gql(LIST, { s: "CLOSED" }, analyst);
    expect(closedList.data!.improvementActions.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(a.id);
    const audit = Number((await app.ds.query(`SELECT count(*) AS n FROM audit_entries WHERE entity_type = 'ImprovementAction' AND entity_id = $1`, [a.id]))[0].n);
    expect(audit).toBe(3);
  });

  it("has one winner when two changes race on one version", async () => {
    const a = (await app.gql(OPEN, { i: input({ title: "Tindak lanjut balapan" }) }, admin)).data!.openImprovementAction;
    const results = await Promise.all([
      app.gql(UPDATE, { i: { id: a.id, version: 1, title: "Versi A" } }, admin),
      app.gql(UPDATE, { i: { id: a.id, version: 1, title: "Versi B" } }, admin),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.domainCode === "STALE_VERSION")).toHaveLength(1);
  });

  it("refuses bad input naming the field, an analyst, and an operator outside its subtree", async () => {
    for (const [over, field, code] of [
      [{ title: "  " }, "title", "INVALID_TEXT"],
      [{ finding: "x".repeat(1001) }, "finding", "INVALID_TEXT"],
      [{ ownerName: "a\u0000b" }, "ownerName", undefined],
      [{ batchId: "00000000-0000-4000-8000-000000000000" }, "batchId", "UNKNOWN_REFERENCE"],
      [{ source: "WEAK_ELEMENT" }, "serviceUnitId", "INVALID_VALUE"],
      [{ element: " " }, "element", "INVALID_VALUE"],
      [{ element: "U10" }, "element", "INVALID_VALUE"],
    ] as const) {
      const r = await app.gql(OPEN, { i: input(over) }, admin);
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      if (code) expect(r.errors?.[0]?.extensions).toMatchObject({ field, domainCode: code });
    }
    expect((await app.gql(OPEN, { i: input() }, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const [elsewhere] = (await app.ds.query(`SELECT id FROM units WHERE code = '3373.DISDUKCAPIL'`)) as { id: string }[];
    const [dinkes] = (await app.ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`)) as { id: string }[];
    expect((await app.gql(OPEN, { i: input({ ownerUnitId: elsewhere!.id }) }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(OPEN, { i: input() }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const mine = await app.gql(OPEN, { i: input({ ownerUnitId: dinkes!.id, title: "Tindak lanjut Dinas Kesehatan" }) }, operator);
    expect(mine.data!.openImprovementAction.ownerUnit.code).toBe("3373.DINKES");
    const seen = (await app.gql(LIST, {}, operator)).data!.improvementActions.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(seen).toEqual(["Tindak lanjut Dinas Kesehatan"]);
  });
});

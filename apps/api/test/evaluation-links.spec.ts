import { DEFAULT_BEHAVIOUR_QUESTIONNAIRE, DEFAULT_REACTION_INSTRUMENT } from "@bina/domain";
import { createEvaluationTokens } from "../src/modules/evaluation/evaluation-token";
import { EVALUATION_VIEWS_PER_MINUTE } from "../src/modules/evaluation/evaluation.routes";
import { createCompletedBatch, type CompletedBatch } from "./support/evaluation-fixture";
import { createRunningBatch } from "./support/attendance-fixture";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
let b: CompletedBatch;

const SCHEDULE = `mutation ($b: ID!, $m: Int) { scheduleBatchEvaluations(batchId: $b, behaviourMonths: $m) { batchId reactionInvitations behaviourInvitations created behaviourOpensOn } }`;
const INVITATIONS = `query ($b: ID!, $level: EvaluationLevel, $status: [EvaluationInvitationStatus!], $first: Int, $after: String) {
  evaluationInvitations(batchId: $b, level: $level, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id level role opensOn expiresOn answeredAt status link employee { id name } } }
  }
}`;

type Invitation = { id: string; level: string; role: string; opensOn: string; expiresOn: string; status: string; link: string | null; employee: { id: string; name: string } };

const invitations = async (token: string, vars: Record<string, unknown> = {}): Promise<Invitation[]> => {
  const r = await app.gql(INVITATIONS, { b: b.batchId, first: 100, ...vars }, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.evaluationInvitations.edges.map((e: { node: Invitation }) => e.node);
};

const get = (path: string) => fetch(`${app.baseUrl}${path}`, { redirect: "manual" });
const post = (path: string, form: Record<string, string>) =>
  fetch(`${app.baseUrl}${path}`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form).toString() });

/** A complete, valid reaction answer: every question, SPEAKER questions per speaker. */
const reactionForm = (score = "3"): Record<string, string> => {
  const form: Record<string, string> = {};
  for (const q of DEFAULT_REACTION_INSTRUMENT.questions) {
    if (q.aspect === "SPEAKER") for (const s of b.speakers) form[`${q.key}.${s.id}`] = score;
    else form[q.key] = score;
  }
  return form;
};
const behaviourForm = (score = "4"): Record<string, string> => Object.fromEntries(DEFAULT_BEHAVIOUR_QUESTIONNAIRE.questions.map((q) => [q.key, score]));
const storedOf = async (id: string) =>
  ((await app.ds.query(`SELECT answered_at AS "answeredAt", answers, comment FROM evaluation_invitations WHERE id = $1`, [id])) as { answeredAt: Date | null; answers: unknown; comment: string | null }[])[0]!;

beforeAll(async () => {
  app = await startTestApp({ employees: 80 });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  b = await createCompletedBatch(app.ds);
});
afterAll(() => app.close());

describe("scheduling", () => {
  it("is refused for a batch that is not completed, and for a follow-up outside 3..6 months", async () => {
    const running = await createRunningBatch(app.ds, { title: "Pelatihan yang masih berjalan" });
    const r = await app.gql(SCHEDULE, { b: running.batchId }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "BATCH_NOT_COMPLETED", field: "batchId" });
    const months = await app.gql(SCHEDULE, { b: b.batchId, m: 7 }, admin);
    expect(months.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "behaviourMonths" });
    expect(Number((await app.ds.query(`SELECT count(*) AS n FROM evaluation_invitations WHERE batch_id = $1`, [running.batchId]))[0].n)).toBe(0);
  });

  it("is not for an analyst, and an operator of another subtree is refused", async () => {
    expect((await app.gql(SCHEDULE, { b: b.batchId }, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // A batch with no participant of the operator's unit (Dinas Kesehatan).
    const other = await createRunningBatch(app.ds, { title: "Pelatihan unit lain" });
    await app.ds.query(`DELETE FROM nominations WHERE batch_id = $1 AND employee_id = ANY($2::uuid[])`, [other.batchId, other.participants.slice(0, 2).map((p) => p.employeeId)]);
    await app.ds.query(`UPDATE nominations SET outcome = 'COMPLETED' WHERE batch_id = $1 AND status = 'APPROVED'`, [other.batchId]);
    await app.ds.query(`UPDATE batches SET status = 'COMPLETED' WHERE id = $1`, [other.batchId]);
    expect((await app.gql(SCHEDULE, { b: other.batchId }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(INVITATIONS, { b: other.batchId }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets an operator schedule its own participants, then the administrator the rest, idempotently", async () => {
    const mine = await app.gql(SCHEDULE, { b: b.batchId }, operator);
    expect(mine.errors).toBeUndefined();
    // Dinas Kesehatan's two participants: both have an outcome; the first completed, the second too (fixture scores).
    const dinkes = b.scores.slice(0, 2);
    expect(mine.data!.scheduleBatchEvaluations).toMatchObject({ reactionInvitations: 2, behaviourInvitations: 2 * dinkes.filter((s) => s.completed).length });
    const all = await app.gql(SCHEDULE, { b: b.batchId }, admin);
    const completed = b.scores.filter((s) => s.completed).length;
    expect(all.data!.scheduleBatchEvaluations).toMatchObject({
      reactionInvitations: b.participants.length,
      behaviourInvitations: 2 * completed,
      created: b.participants.length + 2 * completed - mine.data!.scheduleBatchEvaluations.created,
      behaviourOpensOn: "2026-06-03",
    });
    const again = await app.gql(SCHEDULE, { b: b.batchId, m: 6 }, admin);
    expect(again.data!.scheduleBatchEvaluations).toMatchObject({ reactionInvitations: b.participants.length, behaviourInvitations: 2 * completed, created: 0 });
    expect(Number((await app.ds.query(`SELECT count(*) AS n FROM evaluation_invitations WHERE batch_id = $1`, [b.batchId]))[0].n)).toBe(b.participants.length + 2 * completed);
  });

  it("lists who has not answered, with personal links, scoped for an operator and without links for an analyst", async () => {
    const list = await invitations(admin, { level: "REACTION" });
    expect(list).toHaveLength(b.participants.length);
    expect(list.every((i) => i.status === "OPEN" && i.role === "PARTICIPANT" && i.opensOn === "2026-03-03" && /^\/evaluate\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/.test(i.link!))).toBe(true);
    const names = list.map((i) => i.employee.name);
    expect(names).toEqual([...names].sort());
    const ops = await invitations(operator);
    expect(new Set(ops.map((i) => i.employee.id))).toEqual(new Set(b.participants.slice(0, 2).map((p) => p.employeeId)));
    expect((await invitations(analyst)).every((i) => i.link === null)).toBe(true);
    const paged = await app.gql(INVITATIONS, { b: b.batchId, first: 2 }, admin);
    const next = await app.gql(INVITATIONS, { b: b.batchId, first: 100, after: paged.data!.evaluationInvitations.pageInfo.endCursor }, admin);
    expect(paged.data!.evaluationInvitations.edges.length + next.data!.evaluationInvitations.edges.length).toBe(paged.data!.evaluationInvitations.totalCount);
  });
});

describe("the personal link", () => {
  it("opens the reaction form with the instrument's questions once per speaker, in Indonesian, with no script", async () => {
    const [inv] = await invitations(admin, { level: "REACTION" });
    const res = await get(inv!.link!);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('lang="id"');
    expect(html).not.toMatch(/<script/i);
    for (const q of DEFAULT_REACTION_INSTRUMENT.questions) expect(html).toContain(q.text);
    for (const s of b.speakers) expect(html).toContain(s.name);
    const speakerQuestions = DEFAULT_REACTION_INSTRUMENT.questions.filter((q) => q.aspect === "SPEAKER").length;
    expect(html.match(/<fieldset/g)).toHaveLength(DEFAULT_REACTION_INSTRUMENT.questions.length - speakerQuestions + speakerQuestions * b.speakers.length);
  });

  it("stores the answers once: 303 to the thank-you page, then a second submission is refused and the first answer kept", async () => {
    const [, inv] = await invitations(admin, { level: "REACTION" });
    const first = await post(inv!.link!, { ...reactionForm("4"), comment: "Materi sangat bermanfaat." });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/evaluate/terima-kasih");
    expect((await get("/evaluate/terima-kasih")).status).toBe(200);
    const stored = await storedOf(inv!.id);
    expect(stored.answeredAt).not.toBeNull();
    expect(stored.comment).toBe("Materi sangat bermanfaat.");
    const second = await post(inv!.link!, reactionForm("1"));
    expect(second.status).toBe(409);
    expect(await second.text()).toContain("sudah dijawab");
    expect(await storedOf(inv!.id)).toEqual(stored);
    expect((await get(inv!.link!)).status).toBe(409);
    expect((await invitations(admin, { level: "REACTION", status: ["ANSWERED"] })).map((i) => i.id)).toContain(inv!.id);
  });

  it("refuses a forged token, another person's token and an unknown one alike, without a hint", async () => {
    const [a, c] = (await invitations(admin, { level: "REACTION", status: ["OPEN"] })) as [Invitation, Invitation];
    const [idA, macA] = a.link!.slice("/evaluate/".length).split(".") as [string, string];
    const [, macC] = c.link!.slice("/evaluate/".length).split(".") as [string, string];
    const flipped = macA.slice(0, -2) + (macA.at(-2) === "A" ? "B" : "A") + macA.at(-1);
    const other = createEvaluationTokens("another-secret-another-secret-another").issue(a.id);
    const unknown = createEvaluationTokens("test-secret-test-secret-test-secret").issue("00000000-0000-4000-8000-000000000000");
    const pages = new Set<string>();
    for (const token of [`${idA}.${flipped}`, `${idA}.${macC}`, other, unknown, "nonsense", `${idA}.${macA}x`]) {
      const res = await get(`/evaluate/${token}`);
      expect(res.status).toBe(404);
      pages.add(await res.text());
      expect((await post(`/evaluate/${token}`, reactionForm())).status).toBe(404);
    }
    expect(pages.size).toBe(1);
    expect((await storedOf(a.id)).answeredAt).toBeNull();
  });

  it("refuses an expired link and one not yet open, storing nothing", async () => {
    const [a, c] = (await invitations(admin, { level: "REACTION", status: ["OPEN"] })) as [Invitation, Invitation];
    await app.ds.query(`UPDATE evaluation_invitations SET expires_on = '2026-03-17' WHERE id = $1`, [a.id]);
    const expired = await get(a.link!);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("kedaluwarsa");
    expect((await post(a.link!, reactionForm())).status).toBe(410);
    expect((await storedOf(a.id)).answeredAt).toBeNull();
    expect((await invitations(admin, { status: ["EXPIRED"] })).map((i) => i.id)).toEqual([a.id]);

    await app.ds.query(`UPDATE evaluation_invitations SET opens_on = '2099-01-01', expires_on = '2099-01-31' WHERE id = $1`, [c.id]);
    const early = await get(c.link!);
    expect(early.status).toBe(403);
    expect(await early.text()).toContain("belum dibuka");
    expect((await post(c.link!, reactionForm())).status).toBe(403);
    expect((await storedOf(c.id)).answeredAt).toBeNull();
    expect((await invitations(admin, { status: ["SCHEDULED"] })).map((i) => i.id)).toEqual([c.id]);
  });

  it("has one winner when two submissions race", async () => {
    const [inv] = await invitations(admin, { level: "REACTION", status: ["OPEN"] });
    const results = await Promise.all([post(inv!.link!, reactionForm("2")), post(inv!.link!, reactionForm("4")), post(inv!.link!, reactionForm("3"))]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409, 409]);
    const stored = await storedOf(inv!.id);
    const given = (stored.answers as { answers: Record<string, number> }).answers.MAT1;
    // The winner's answers, whole: every answer of the stored form is the same score.
    expect(JSON.stringify(stored.answers).match(/:(\d)/g)!.every((m) => m === `:${given}`)).toBe(true);
    expect(Number((await app.ds.query(`SELECT count(*) AS n FROM audit_entries WHERE entity_type = 'EvaluationInvitation' AND entity_id = $1`, [inv!.id]))[0].n)).toBe(1);
  });

  it.each([
    ["a missing answer", (f: Record<string, string>) => delete f.MAT2, "MAT2"],
    ["an answer above the scale", (f: Record<string, string>) => (f.ORG1 = "5"), "ORG1"],
    ["an answer that is not a number", (f: Record<string, string>) => (f.FAC1 = "3; DROP TABLE x"), "FAC1"],
    ["a field not on the form", (f: Record<string, string>) => (f.MAT9 = "3"), "MAT9"],
    ["a speaker question about someone else", (f: Record<string, string>) => (f["SPK1.00000000-0000-4000-8000-000000000000"] = "3"), "SPK1.00000000-0000-4000-8000-000000000000"],
    ["a NUL in the comment", (f: Record<string, string>) => (f.comment = "baik\u0000sekali"), "comment"],
    ["a comment over 1000 characters", (f: Record<string, string>) => (f.comment = "a".repeat(1001)), "comment"],
    ["a formula as comment", (f: Record<string, string>) => (f.comment = "=HYPERLINK(\"x\")"), "comment"],
  ])("refuses %s naming the field, storing nothing", async (_what, change, field) => {
    const [inv] = await invitations(admin, { level: "REACTION", status: ["OPEN"] });
    const form = reactionForm();
    change(form);
    const res = await post(inv!.link!, form);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(`(isian: ${field})`);
    expect((await storedOf(inv!.id)).answeredAt).toBeNull();
  });

  it("refuses a body over the size limit", async () => {
    const [inv] = await invitations(admin, { level: "REACTION", status: ["OPEN"] });
    const res = await post(inv!.link!, { ...reactionForm(), comment: "a".repeat(40_000) });
    expect(res.status).toBe(413);
    expect((await storedOf(inv!.id)).answeredAt).toBeNull();
  });

  it("opens the behaviour follow-up with the superior's statements, and stores it", async () => {
    const [sup] = await invitations(admin, { level: "BEHAVIOUR", status: ["OPEN"] }).then((l) => l.filter((i) => i.role === "SUPERIOR"));
    const html = await (await get(sup!.link!)).text();
    for (const q of DEFAULT_BEHAVIOUR_QUESTIONNAIRE.questions) expect(html).toContain(q.text.SUPERIOR);
    expect(html).not.toContain(DEFAULT_BEHAVIOUR_QUESTIONNAIRE.questions[0]!.text.ALUMNUS);
    expect((await post(sup!.link!, behaviourForm("3"))).status).toBe(303);
    expect((await storedOf(sup!.id)).answers).toEqual({ answers: Object.fromEntries(DEFAULT_BEHAVIOUR_QUESTIONNAIRE.questions.map((q) => [q.key, 3])) });
  });
});

describe("abuse limits", () => {
  it("refuses views past the per-client limit with Retry-After, before any SQL", async () => {
    app.counter.reset();
    let refused: Response | null = null;
    for (let i = 0; i <= EVALUATION_VIEWS_PER_MINUTE && !refused; i++) {
      const res = await get(`/evaluate/not-a-token-${i}`);
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(404);
    }
    expect(refused).not.toBeNull();
    expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused!.text()).toContain("Terlalu banyak permintaan");
    // A malformed token is refused by its shape: no statement ran.
    expect(app.counter.count).toBe(0);
  });
});

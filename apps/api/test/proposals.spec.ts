import { startTestApp, type TestApp } from "./support/test-app";

/** Proposals after issue 6: the inbox in every status, free text checked, an accepted proposal becomes a candidate in one action (§5). */
let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
const YEAR = 2027;

beforeAll(async () => {
  app = await startTestApp({ employees: 120 });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
});
afterAll(() => app.close());

const SUBMIT = `mutation ($i: SubmitProposalInput!) { submitProposal(input: $i) { id status version } }`;
const DECIDE = `mutation ($i: DecideProposalInput!) { decideProposal(input: $i) { id status version } }`;
const MAKE = `mutation ($i: CreateCandidateFromProposalInput!) { createCandidateFromProposal(input: $i) {
  id year title participants jp cost competencies { id } proposal { id status } } }`;
const LIST = `query ($f: ProposalFilter, $after: String) { trainingProposals(filter: $f, first: 100, after: $after) {
  totalCount edges { node { id year status candidate { id } } } } }`;

const proposalInput = async (over: Record<string, unknown> = {}) => ({
  unitId: (await app.ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`))[0].id,
  year: YEAR,
  competencyId: (await app.ds.query(`SELECT id FROM competencies WHERE code = 'M.KOMUNIKASI'`))[0].id,
  title: "Pelatihan Komunikasi Publik",
  participants: 20,
  jp: 24,
  justification: "Pengaduan layanan meningkat;\ngap komunikasi pada staf loket.",
  ...over,
});
const accepted = async (): Promise<{ id: string; version: number }> => {
  const p = (await app.gql(SUBMIT, { i: await proposalInput() }, operator)).data!.submitProposal;
  return (await app.gql(DECIDE, { i: { id: p.id, version: p.version, decision: "ACCEPT" } }, admin)).data!.decideProposal;
};

describe("the proposals inbox (§5)", () => {
  it("serves the year's proposals in every status, and filters by statuses", async () => {
    const db: { status: string; n: number }[] = await app.ds.query(`SELECT status, count(*)::int AS n FROM training_proposals WHERE year = $1 GROUP BY status`, [YEAR]);
    expect(db.length).toBeGreaterThanOrEqual(2);
    const all = await app.gql(LIST, { f: { year: YEAR } }, admin);
    expect(all.errors).toBeUndefined();
    expect(all.data!.trainingProposals.totalCount).toBe(db.reduce((s, r) => s + r.n, 0));
    expect(new Set(all.data!.trainingProposals.edges.map((e: { node: { status: string } }) => e.node.status))).toEqual(new Set(db.map((r) => r.status)));
    const decided = await app.gql(LIST, { f: { year: YEAR, statuses: ["ACCEPTED", "RETURNED"] } }, admin);
    expect(decided.data!.trainingProposals.totalCount).toBe(db.filter((r) => r.status !== "SUBMITTED").reduce((s, r) => s + r.n, 0));
    expect(decided.data!.trainingProposals.edges.every((e: { node: { status: string } }) => e.node.status !== "SUBMITTED")).toBe(true);
    expect((await app.gql(LIST, { f: { year: YEAR + 5 } }, admin)).data!.trainingProposals.totalCount).toBe(0);
    expect((await app.gql(LIST, { f: { year: 0 } }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.year" });
  });
});

describe("free text of proposals (§2.11)", () => {
  it.each([
    ["title", { title: "=HYPERLINK(\"http://evil\")" }, "FORMULA"],
    ["title", { title: "   " }, "EMPTY"],
    ["title", { title: "Pelatihan \u202Egnalat" }, "BIDI_CONTROL"],
    ["justification", { justification: "Alasan panjang sekali\u0007 dengan bel" }, "CONTROL_CHARACTER"],
    ["justification", { justification: "+cmd|' /C calc'!A0 alasan" }, "FORMULA"],
    ["year", { year: -1 }, undefined],
  ])("refuses a bad %s with a field error and stores nothing", async (field, over, reason) => {
    const before = (await app.ds.query(`SELECT count(*)::int AS n FROM training_proposals`))[0].n;
    const r = await app.gql(SUBMIT, { i: await proposalInput(over) }, operator);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, ...(reason ? { reason } : {}) });
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM training_proposals`))[0].n).toBe(before);
  });

  it("refuses a return reason with a control character, and keeps line breaks in a justification", async () => {
    const p = (await app.gql(SUBMIT, { i: await proposalInput() }, operator)).data!.submitProposal;
    const r = await app.gql(DECIDE, { i: { id: p.id, version: p.version, decision: "RETURN", reason: "Perbaiki\u001B[0m" } }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason", reason: "CONTROL_CHARACTER" });
    expect((await app.ds.query(`SELECT justification FROM training_proposals WHERE id = $1`, [p.id]))[0].justification).toContain("\n");
  });
});

describe("an accepted proposal becomes a candidate (§5)", () => {
  it("makes the candidate from the proposal in one action, links both ways and audits it", async () => {
    const p = await accepted();
    const r = await app.gql(MAKE, { i: { proposalId: p.id, cost: 12_000_000 } }, admin);
    expect(r.errors).toBeUndefined();
    const competencyId = (await app.ds.query(`SELECT id FROM competencies WHERE code = 'M.KOMUNIKASI'`))[0].id;
    expect(r.data!.createCandidateFromProposal).toMatchObject({
      year: YEAR,
      title: "Pelatihan Komunikasi Publik",
      participants: 20,
      jp: 24,
      cost: 12_000_000,
      competencies: [{ id: competencyId }],
      proposal: { id: p.id, status: "ACCEPTED" },
    });
    const candidateId = r.data!.createCandidateFromProposal.id;
    expect((await app.ds.query(`SELECT proposal_id FROM programme_candidates WHERE id = $1`, [candidateId]))[0].proposal_id).toBe(p.id);
    const listed = (await app.gql(LIST, { f: { year: YEAR, statuses: ["ACCEPTED"] } }, analyst)).data!.trainingProposals.edges.find((e: { node: { id: string } }) => e.node.id === p.id);
    expect(listed.node.candidate).toEqual({ id: candidateId });
    const audit = await app.gql(`query ($id: String) { auditLog(filter: { entityId: $id }) { edges { node { action entityType after actor { username } } } } }`, { id: candidateId }, admin);
    expect(audit.data!.auditLog.edges).toHaveLength(1);
    expect(audit.data!.auditLog.edges[0].node).toMatchObject({ action: "CREATE", entityType: "ProgrammeCandidate", actor: { username: "admin" }, after: { proposalId: p.id } });
  });

  it("takes the caller's title, numbers and competencies over the proposal's", async () => {
    const p = await accepted();
    const other = (await app.ds.query(`SELECT id FROM competencies WHERE code LIKE 'T.%' ORDER BY code LIMIT 2`)).map((c: { id: string }) => c.id);
    const r = await app.gql(MAKE, { i: { proposalId: p.id, cost: 5_000_000, title: "Bimtek Gabungan", participants: 30, jp: 16, competencyIds: other, mandatory: false } }, admin);
    expect(r.data!.createCandidateFromProposal).toMatchObject({ title: "Bimtek Gabungan", participants: 30, jp: 16, competencies: other.map((id: string) => ({ id })) });
  });

  it("makes a candidate once: a second call is CONFLICT, also when two run at the same time", async () => {
    const p = await accepted();
    expect((await app.gql(MAKE, { i: { proposalId: p.id, cost: 1_000_000 } }, admin)).errors).toBeUndefined();
    expect((await app.gql(MAKE, { i: { proposalId: p.id, cost: 1_000_000 } }, admin)).errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      domainCode: "PROPOSAL_ALREADY_HAS_CANDIDATE",
    });
    const q = await accepted();
    const both = await Promise.all([app.gql(MAKE, { i: { proposalId: q.id, cost: 1_000_000 } }, admin), app.gql(MAKE, { i: { proposalId: q.id, cost: 2_000_000 } }, admin)]);
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(both.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", domainCode: "PROPOSAL_ALREADY_HAS_CANDIDATE" });
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM programme_candidates WHERE proposal_id = $1`, [q.id]))[0].n).toBe(1);
  });

  it("refuses a proposal that is not accepted, an unknown one, a bad cost, and anyone but an admin", async () => {
    const submitted = (await app.gql(SUBMIT, { i: await proposalInput() }, operator)).data!.submitProposal;
    expect((await app.gql(MAKE, { i: { proposalId: submitted.id, cost: 1_000_000 } }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "PROPOSAL_NOT_ACCEPTED" });
    const returned = (await app.gql(DECIDE, { i: { id: submitted.id, version: submitted.version, decision: "RETURN", reason: "Belum jelas." } }, admin)).data!.decideProposal;
    expect((await app.gql(MAKE, { i: { proposalId: returned.id, cost: 1_000_000 } }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "PROPOSAL_NOT_ACCEPTED" });
    expect((await app.gql(MAKE, { i: { proposalId: "00000000-0000-4000-8000-000000000000", cost: 1 } }, admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const p = await accepted();
    expect((await app.gql(MAKE, { i: { proposalId: p.id, cost: 1.5 } }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "cost" });
    expect((await app.gql(MAKE, { i: { proposalId: p.id, cost: 1, title: "@SUM(A1:A9)" } }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "title" });
    for (const token of [operator, analyst]) expect((await app.gql(MAKE, { i: { proposalId: p.id, cost: 1 } }, token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM programme_candidates WHERE proposal_id = $1`, [p.id]))[0].n).toBe(0);
  });
});

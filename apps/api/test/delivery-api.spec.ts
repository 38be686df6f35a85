import { startTestApp, type TestApp } from "./support/test-app";
import { deliveryFixtures, type DeliveryFixtures } from "./support/delivery-fixtures";

/** Issue 8: the delivery API through real GraphQL requests: roles and scope, plans to programmes, sessions, bad input, SQL counts. */
let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
let fx: DeliveryFixtures;
let programmeId: string;
const YEAR = 2032;
const DINKES = "3373.DINKES";

beforeAll(async () => {
  app = await startTestApp({ employees: 200 });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  fx = deliveryFixtures(app, admin, YEAR);
  programmeId = (await fx.programme()).id;
});
afterAll(() => app.close());

const NOMINATE = `mutation ($i: NominateInput!) { nominate(input: $i) { id status version } }`;
const SESSION = `mutation ($i: SessionInput!) { addSession(input: $i) { id version start end minutes jp batch { creditedJp } } }`;
const ext = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;

describe("roles and scope", () => {
  it("lets an analyst read everything and change nothing", async () => {
    for (const reader of [analyst, operator]) {
      const read = await app.gql(`query ($y: Int!) { programmes(filter: { year: $y }) { totalCount edges { node { batches { name } } } } speakers { totalCount } }`, { y: YEAR }, reader);
      expect(read.errors).toBeUndefined();
      expect(read.data!.programmes.totalCount).toBeGreaterThan(0);
    }
    const batch = await fx.batch(programmeId);
    const [e] = await fx.employees(1);
    for (const r of [
      await app.gql(`mutation { createSpeaker(input: { name: "Dr. A", institution: "UGM", originCity: "Yogyakarta", level: ESELON_II }) { id } }`, {}, analyst),
      await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId: e } }, analyst),
      await app.gql(`mutation ($i: MoveInput!) { moveBatch(input: $i) { id } }`, { i: { id: batch.id, version: batch.version, status: "RUNNING" } }, analyst),
    ]) {
      expect(ext(r)).toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("keeps an operator to nominating and cancelling its own subtree's staff, and to reading their nominations, nested fields too", async () => {
    const batch = await fx.batch(programmeId, { capacity: 20 });
    const [own1, own2] = await fx.employees(2, { inUnitCode: DINKES });
    const [other1, other2] = await fx.employees(2, { notInUnitCode: DINKES, offset: 10 });
    expect(ext(await app.gql(`mutation ($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`, { i: { year: YEAR, title: "Tidak boleh", kind: "SEMINAR", organiser: "BKPSDM" } }, operator))).toMatchObject({ code: "FORBIDDEN" });
    const outside = await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId: other1 } }, operator);
    expect(ext(outside)).toMatchObject({ code: "FORBIDDEN" });
    // The refusal names nothing of the other employee's unit.
    const otherUnit: { code: string; name: string } = (await app.ds.query(`SELECT u.code, u.name FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.id = $1`, [other1]))[0];
    expect(JSON.stringify(outside.errors)).not.toContain(otherUnit.code);
    expect(JSON.stringify(outside.errors)).not.toContain(otherUnit.name);
    for (const employeeId of [own1, own2]) expect((await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId } }, operator)).errors).toBeUndefined();
    const theirs = [];
    for (const employeeId of [other1, other2]) theirs.push((await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId } }, admin)).data!.nominate);

    const NESTED = `query ($id: ID!) { batch(id: $id) { seats { taken } nominations(first: 10) { totalCount edges { node { employee { id } unit { code } } } } } }`;
    const asOperator = (await app.gql(NESTED, { id: batch.id }, operator)).data!.batch;
    expect(asOperator.seats.taken).toBe(4);
    expect(asOperator.nominations.totalCount).toBe(2);
    expect(asOperator.nominations.edges.map((e: { node: { employee: { id: string } } }) => e.node.employee.id).sort()).toEqual([own1, own2].sort());
    const asAdmin = (await app.gql(NESTED, { id: batch.id }, admin)).data!.batch;
    expect(asAdmin.nominations.totalCount).toBe(4);

    const list = await app.gql(`query ($b: ID) { nominations(filter: { batchId: $b }) { totalCount edges { node { employee { id } } } } }`, { b: batch.id }, operator);
    expect(list.data!.nominations.totalCount).toBe(2);
    const all = await app.gql(`{ nominations(first: 100) { edges { node { unit { code } } } } }`, {}, operator);
    const dinkesPath: string = (await app.ds.query(`SELECT path FROM units WHERE code = $1`, [DINKES]))[0].path;
    const codes: string[] = all.data!.nominations.edges.map((e: { node: { unit: { code: string } } }) => e.node.unit.code);
    const inSubtree: { code: string }[] = await app.ds.query(`SELECT code FROM units WHERE path LIKE $1 || '%'`, [dinkesPath]);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => inSubtree.some((u) => u.code === c))).toBe(true);

    // Another unit's nomination does not exist for the operator.
    const cancel = await app.gql(`mutation ($i: CancelNominationInput!) { cancelNomination(input: $i) { nomination { id } } }`, { i: { id: theirs[0].id, version: theirs[0].version } }, operator);
    expect(ext(cancel)).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("programmes from the adopted plan", () => {
  const PLAN_YEAR = 2033;
  let planId: string;
  let inPlan: string;
  let leftOut: string;
  let competencyIds: string[];

  beforeAll(async () => {
    competencyIds = (await app.ds.query(`SELECT id FROM competencies ORDER BY code LIMIT 2`)).map((r: { id: string }) => r.id);
    const make = async (title: string, cost: number, mandatory: boolean) =>
      (await app.gql(`mutation ($i: CandidateInput!) { createCandidate(input: $i) { id } }`, { i: { year: PLAN_YEAR, title, competencyIds, participants: 30, jp: 40, cost, mandatory } }, admin)).data!.createCandidate.id as string;
    inPlan = await make("Pelatihan Kepemimpinan Administrator", 100_000_000, true);
    leftOut = await make("Bimtek Mahal Sekali", 900_000_000, false);
    const plan = (await app.gql(`mutation { runPlan(year: ${PLAN_YEAR}, ceiling: 150000000) { id } }`, {}, admin)).data!.runPlan;
    planId = plan.id;
  });

  const FROM_PLAN = `mutation ($i: ProgrammeFromPlanInput!) { createProgrammeFromPlan(input: $i) { id year title kind route leadershipProgramme planId candidateId status competencies { id } } }`;

  it("refuses a plan that is not adopted, then keeps the plan, candidate, title, competencies and year of an adopted one", async () => {
    const input = { planId, candidateId: inPlan, kind: "LEADERSHIP_TRAINING", leadershipProgramme: "PKA", organiser: "PROVINCE", organiserName: "BPSDMD Provinsi Jawa Tengah" };
    expect(ext(await app.gql(FROM_PLAN, { i: input }, admin))).toMatchObject({ code: "CONFLICT", domainCode: "PLAN_NOT_ADOPTED" });
    expect((await app.gql(`mutation ($id: ID!) { adoptPlan(id: $id) { status } }`, { id: planId }, admin)).data!.adoptPlan.status).toBe("ADOPTED");
    const made = await app.gql(FROM_PLAN, { i: input }, admin);
    expect(made.errors).toBeUndefined();
    expect(made.data!.createProgrammeFromPlan).toMatchObject({
      year: PLAN_YEAR,
      title: "Pelatihan Kepemimpinan Administrator",
      kind: "LEADERSHIP_TRAINING",
      route: "CLASSICAL",
      leadershipProgramme: "PKA",
      planId,
      candidateId: inPlan,
      status: "DRAFT",
    });
    expect(made.data!.createProgrammeFromPlan.competencies.map((c: { id: string }) => c.id).sort()).toEqual([...competencyIds].sort());
    expect(ext(await app.gql(FROM_PLAN, { i: input }, admin))).toMatchObject({ code: "CONFLICT", domainCode: "PROGRAMME_ALREADY_CREATED" });
  });

  it("refuses a candidate the plan left out, and a leadership programme on another kind, as field errors", async () => {
    expect(ext(await app.gql(FROM_PLAN, { i: { planId, candidateId: leftOut, kind: "TECHNICAL_TRAINING", organiser: "BKPSDM" } }, admin))).toMatchObject({
      code: "BAD_USER_INPUT",
      domainCode: "NOT_IN_PLAN",
      field: "candidateId",
    });
    expect(ext(await app.gql(FROM_PLAN, { i: { planId, candidateId: leftOut, kind: "SEMINAR", leadershipProgramme: "PKP", organiser: "BKPSDM" } }, admin))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "leadershipProgramme",
    });
  });
});

describe("sessions", () => {
  it("keeps the batch's credited JP by the programme's kind (a seminar: 4 JP a day) in the same transaction", async () => {
    const seminar = await fx.programme({ kind: "SEMINAR" });
    const batch = await fx.batch(seminar.id);
    const a = await app.gql(SESSION, { i: { batchId: batch.id, date: `${YEAR}-03-02`, start: "08:00", end: "10:00", jp: 2.5, topic: "Pembukaan" } }, admin);
    expect(a.data!.addSession).toMatchObject({ start: "08:00", end: "10:00", minutes: 120, jp: 2.5, batch: { creditedJp: 4 } });
    const b = await app.gql(SESSION, { i: { batchId: batch.id, date: `${YEAR}-03-03`, start: "08:00", end: "09:00", jp: 1, topic: "Diskusi" } }, admin);
    expect(b.data!.addSession.batch.creditedJp).toBe(8);
    const removed = await app.gql(`mutation ($id: ID!, $v: Int!) { removeSession(id: $id, version: $v) }`, { id: b.data!.addSession.id, v: b.data!.addSession.version }, admin);
    expect(removed.data!.removeSession).toBe(true);
    expect((await app.gql(`query ($id: ID!) { batch(id: $id) { creditedJp sessions { topic } } }`, { id: batch.id }, admin)).data!.batch).toEqual({ creditedJp: 4, sessions: [{ topic: "Pembukaan" }] });
    // A technical training credits its actual JP.
    const tech = await fx.batch(programmeId);
    const t = await app.gql(SESSION, { i: { batchId: tech.id, date: `${YEAR}-03-04`, start: "13:00", end: "15:15", jp: 3, topic: "Praktik" } }, admin);
    expect(t.data!.addSession.batch.creditedJp).toBe(3);
  });

  it("refuses a clash with the clashing session named: the same speaker, the same venue, a participant in both batches", async () => {
    const speaker = await fx.speaker({ originCity: "Surakarta", level: "ESELON_II" });
    const b1 = await fx.batch(programmeId, { venue: "Aula BKPSDM" });
    const b2 = await fx.batch(programmeId, { venue: "Ruang Rapat Dinkes" });
    const first = await fx.session(b1.id, { date: `${YEAR}-03-05`, start: "09:00", end: "11:00", speakerId: speaker.id, venue: "Aula  bkpsdm " });

    const sameSpeaker = await app.gql(SESSION, { i: { batchId: b2.id, date: `${YEAR}-03-05`, start: "10:00", end: "12:00", jp: 2, topic: "Lain", speakerId: speaker.id } }, admin);
    expect(ext(sameSpeaker)).toMatchObject({
      code: "CONFLICT",
      domainCode: "SCHEDULE_CONFLICT",
      resource: "SPEAKER",
      resourceId: speaker.id,
      clashingSessionId: first.id,
      clashingBatchName: b1.name,
      clashingDate: `${YEAR}-03-05`,
      clashingStart: "09:00",
      clashingEnd: "11:00",
    });
    expect(sameSpeaker.errors![0]!.message).toContain(b1.name);

    const sameVenue = await app.gql(SESSION, { i: { batchId: b2.id, date: `${YEAR}-03-05`, start: "08:00", end: "09:30", jp: 2, topic: "Lain", venue: "AULA BKPSDM" } }, admin);
    expect(ext(sameVenue)).toMatchObject({ domainCode: "SCHEDULE_CONFLICT", resource: "VENUE", clashingSessionId: first.id });

    // Touching sessions do not clash.
    expect((await app.gql(SESSION, { i: { batchId: b2.id, date: `${YEAR}-03-05`, start: "11:00", end: "12:00", jp: 1, topic: "Sesudah", speakerId: speaker.id } }, admin)).errors).toBeUndefined();

    // A participant with a seat in both batches.
    const [shared] = await fx.employees(1, { offset: 40 });
    for (const b of [b1, b2]) expect((await app.gql(NOMINATE, { i: { batchId: b.id, employeeId: shared } }, admin)).errors).toBeUndefined();
    const participant = await app.gql(SESSION, { i: { batchId: b2.id, date: `${YEAR}-03-05`, start: "09:30", end: "10:30", jp: 1, topic: "Bentrok peserta" } }, admin);
    expect(ext(participant)).toMatchObject({ domainCode: "SCHEDULE_CONFLICT", resource: "PARTICIPANT", resourceId: shared, clashingSessionId: first.id });
  });

  it("refuses to nominate an employee who holds a seat in an overlapping batch, naming the clashing session; in parallel one batch wins", async () => {
    const [b1, b2, b3] = [await fx.batch(programmeId), await fx.batch(programmeId), await fx.batch(programmeId)];
    const held = await fx.session(b1.id, { date: `${YEAR}-03-06`, start: "13:00", end: "15:00" });
    for (const [b, start, end] of [[b2, "14:00", "16:00"], [b3, "15:00", "16:00"]] as const) expect((await fx.session(b.id, { date: `${YEAR}-03-06`, start, end })).errors).toBeUndefined();
    const [employee, other] = await fx.employees(2, { offset: 60 });
    expect((await app.gql(NOMINATE, { i: { batchId: b1.id, employeeId: employee } }, admin)).errors).toBeUndefined();
    const clash = await app.gql(NOMINATE, { i: { batchId: b2.id, employeeId: employee } }, admin);
    expect(ext(clash)).toMatchObject({ code: "CONFLICT", domainCode: "SCHEDULE_CONFLICT", field: "employeeId", resource: "PARTICIPANT", clashingSessionId: held.id, clashingBatchName: b1.name });
    // A session that only touches (15:00 after a session ending at 15:00) does not clash.
    expect((await app.gql(NOMINATE, { i: { batchId: b3.id, employeeId: employee } }, admin)).errors).toBeUndefined();

    // Two overlapping batches nominating the same person at the same moment: one seat, one SCHEDULE_CONFLICT.
    const [b4, b5] = [await fx.batch(programmeId), await fx.batch(programmeId)];
    for (const b of [b4, b5]) expect((await fx.session(b.id, { date: `${YEAR}-03-04`, start: "15:30", end: "17:00" })).errors).toBeUndefined();
    const results = await Promise.all([b4, b5].map((b) => app.gql(NOMINATE, { i: { batchId: b.id, employeeId: other } }, admin)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(ext(results.find((r) => r.errors)!)).toMatchObject({ code: "CONFLICT", domainCode: "SCHEDULE_CONFLICT", field: "employeeId" });
  });

  it("lets one of two clashing sessions saved at the same moment win; the other is SCHEDULE_CONFLICT naming the winner", async () => {
    const speaker = await fx.speaker();
    const [b1, b2] = [await fx.batch(programmeId), await fx.batch(programmeId)];
    const results = await Promise.all(
      [b1, b2].map((b) => app.gql(SESSION, { i: { batchId: b.id, date: `${YEAR}-03-04`, start: "14:00", end: "15:00", jp: 1, topic: "Paralel", speakerId: speaker.id } }, admin)),
    );
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(ext(lost[0]!)).toMatchObject({ code: "CONFLICT", domainCode: "SCHEDULE_CONFLICT", resource: "SPEAKER", clashingSessionId: won[0]!.data!.addSession.id });
  });

  it("refuses a fee above the ceiling of the speaker's level and role with a field error; accepts one at it", async () => {
    const speaker = await fx.speaker({ level: "ESELON_III_BELOW" });
    const batch = await fx.batch(programmeId);
    const over = await app.gql(SESSION, { i: { batchId: batch.id, date: `${YEAR}-03-06`, start: "08:00", end: "10:00", jp: 2, topic: "Honor", speakerId: speaker.id, fee: 999_999_999 } }, admin);
    expect(ext(over)).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "FEE_ABOVE_CEILING", field: "fee" });
    const noSpeaker = await app.gql(SESSION, { i: { batchId: batch.id, date: `${YEAR}-03-06`, start: "08:00", end: "10:00", jp: 2, topic: "Honor", fee: 100 } }, admin);
    expect(ext(noSpeaker)).toMatchObject({ code: "BAD_USER_INPUT", field: "fee" });
    const ok = await app.gql(SESSION, { i: { batchId: batch.id, date: `${YEAR}-03-06`, start: "08:00", end: "10:00", jp: 2, topic: "Honor", speakerId: speaker.id, fee: 0 } }, admin);
    expect(ok.errors).toBeUndefined();
    const YEAR_Q = `query ($id: ID!, $y: Int!) { speaker(id: $id) { originCity yearTotals(year: $y) { sessions days hours jp totalFee travelsFromAnotherCity dailyAllowanceCeiling } sessions(year: $y) { topic } } }`;
    const year = await app.gql(YEAR_Q, { id: speaker.id, y: YEAR }, operator);
    // Invited from Semarang: one day at the out-of-town daily allowance ceiling (DOMAIN.md §8: Rp370,000).
    expect(year.data!.speaker).toEqual({
      originCity: "Semarang",
      yearTotals: { sessions: 1, days: 1, hours: 2, jp: 2, totalFee: 0, travelsFromAnotherCity: true, dailyAllowanceCeiling: 370_000 },
      sessions: [{ topic: "Honor" }],
    });
    // A local lecturer (Salatiga) and an internal official travel in town: no out-of-town allowance.
    for (const over of [{ originCity: "salatiga" }, { originCity: "Semarang", internal: true }]) {
      const local = await fx.speaker(over);
      await fx.session(batch.id, { date: `${YEAR}-03-06`, start: "13:00", end: "14:00", jp: 1, topic: "Lokal", speakerId: local.id, venue: `Ruang ${JSON.stringify(over).length}` });
      const totals = (await app.gql(YEAR_Q, { id: local.id, y: YEAR }, admin)).data!.speaker.yearTotals;
      expect([over, totals.days, totals.travelsFromAnotherCity, totals.dailyAllowanceCeiling]).toEqual([over, 1, false, 0]);
    }
  });

  it("refuses to remove a session once attendance refers to it (SESSION_IN_USE), and keeps it", async () => {
    const batch = await fx.batch(programmeId);
    const session = await fx.session(batch.id, { date: `${YEAR}-03-04`, start: "07:00", end: "07:45", jp: 1, venue: "Ruang Absensi" });
    const [e] = await fx.employees(1, { offset: 45 });
    const n = (await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId: e } }, admin)).data!.nominate;
    await app.ds.query(`INSERT INTO session_attendance (session_id, nomination_id, present, method) VALUES ($1, $2, true, 'SHEET')`, [session.id, n.id]);
    const r = await app.gql(`mutation ($id: ID!, $v: Int!) { removeSession(id: $id, version: $v) }`, { id: session.id, v: session.version }, admin);
    expect(ext(r)).toMatchObject({ code: "CONFLICT", domainCode: "SESSION_IN_USE" });
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM batch_sessions WHERE id = $1`, [session.id]))[0].n).toBe(1);
  });

  it("refuses bad times and days as field errors", async () => {
    const batch = await fx.batch(programmeId);
    const cases: [Record<string, unknown>, string][] = [
      [{ start: "10:00", end: "09:00" }, "end"],
      [{ start: "25:00" }, "start"],
      [{ date: `${YEAR}-04-01` }, "date"],
      [{ jp: -1 }, "jp"],
      [{ jp: 1.234 }, "jp"],
      [{ topic: "x".repeat(201) }, "topic"],
    ];
    for (const [over, field] of cases) {
      const r = await app.gql(SESSION, { i: { batchId: batch.id, date: `${YEAR}-03-03`, start: "08:00", end: "09:00", jp: 1, topic: "T", ...over, ...(over.topic ? {} : { topic: "Materi" }) } }, admin);
      expect([JSON.stringify(over), ext(r)]).toMatchObject([JSON.stringify(over), { code: "BAD_USER_INPUT", field }]);
    }
  });
});

describe("changes", () => {
  it("updates a speaker, a programme (a new kind recomputes its batches' JP) and a session under optimistic locks, with the same checks", async () => {
    const s = await fx.speaker();
    const US = `mutation ($i: UpdateSpeakerInput!) { updateSpeaker(input: $i) { version originCity email } }`;
    expect((await app.gql(US, { i: { id: s.id, version: s.version, originCity: "Jakarta", email: "narasumber@example.go.id" } }, admin)).data!.updateSpeaker).toEqual({
      version: s.version + 1,
      originCity: "Jakarta",
      email: "narasumber@example.go.id",
    });
    expect(ext(await app.gql(US, { i: { id: s.id, version: s.version, originCity: "Bandung" } }, admin))).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION", field: "version" });

    const p = await fx.programme({ kind: "TECHNICAL_TRAINING" });
    const b = await fx.batch(p.id);
    const s1 = await fx.session(b.id, { date: `${YEAR}-03-02`, jp: 3, venue: "Ruang Perubahan" });
    await fx.session(b.id, { date: `${YEAR}-03-03`, jp: 3, venue: "Ruang Perubahan" });
    const credited = async () => (await app.gql(`query ($id: ID!) { batch(id: $id) { creditedJp } }`, { id: b.id }, admin)).data!.batch.creditedJp;
    expect(await credited()).toBe(6);
    const UP = `mutation ($i: UpdateProgrammeInput!) { updateProgramme(input: $i) { kind version } }`;
    expect((await app.gql(UP, { i: { id: p.id, version: p.version, kind: "WORKSHOP" } }, admin)).data!.updateProgramme).toEqual({ kind: "WORKSHOP", version: p.version + 1 });
    expect(await credited()).toBe(10); // 5 JP a day over two days

    // Moving a session onto the other one's time clashes with it (the same venue); a stale version is refused.
    const USS = `mutation ($i: UpdateSessionInput!) { updateSession(input: $i) { date jp version } }`;
    const clash = await app.gql(USS, { i: { id: s1.id, version: s1.version, date: `${YEAR}-03-03` } }, admin);
    expect(ext(clash)).toMatchObject({ code: "CONFLICT", domainCode: "SCHEDULE_CONFLICT", resource: "VENUE" });
    const moved = await app.gql(USS, { i: { id: s1.id, version: s1.version, date: `${YEAR}-03-03`, start: "10:00", end: "11:00", jp: 1 } }, admin);
    expect(moved.data!.updateSession).toEqual({ date: `${YEAR}-03-03`, jp: 1, version: s1.version + 1 });
    expect(await credited()).toBe(5); // one day now
    expect(ext(await app.gql(USS, { i: { id: s1.id, version: s1.version, jp: 2 } }, admin))).toMatchObject({ domainCode: "STALE_VERSION" });
    const audits = await app.ds.query(`SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY id`, [s1.id]);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(["CREATE", "UPDATE"]);
  });
});

describe("status moves", () => {
  it("refuses moves the lifecycle forbids as field errors on status, and keeps the record unchanged", async () => {
    const batch = await fx.batch(programmeId, {}, "DRAFT");
    const MOVE = `mutation ($i: MoveInput!) { moveBatch(input: $i) { status version allowedMoves } }`;
    expect(ext(await app.gql(MOVE, { i: { id: batch.id, version: batch.version, status: "RUNNING" } }, admin))).toMatchObject({
      code: "BAD_USER_INPUT",
      domainCode: "INVALID_TRANSITION",
      field: "status",
    });
    const cancelled = (await app.gql(MOVE, { i: { id: batch.id, version: batch.version, status: "CANCELLED" } }, admin)).data!.moveBatch;
    expect(cancelled).toEqual({ status: "CANCELLED", version: batch.version + 1, allowedMoves: [] });
    expect(ext(await app.gql(MOVE, { i: { id: batch.id, version: cancelled.version, status: "OPEN" } }, admin))).toMatchObject({ domainCode: "INVALID_TRANSITION" });
    // COMPLETED only through completeBatch (attendance, outcomes and certificates in one transaction).
    const open = await fx.batch(programmeId);
    const running = (await app.gql(MOVE, { i: { id: open.id, version: open.version, status: "RUNNING" } }, admin)).data!.moveBatch;
    expect(running.allowedMoves).toEqual(["COMPLETED"]);
    expect(ext(await app.gql(MOVE, { i: { id: open.id, version: running.version, status: "COMPLETED" } }, admin))).toMatchObject({ domainCode: "INVALID_TRANSITION", field: "status" });
    const p = await fx.programme();
    const MOVE_P = `mutation ($i: MoveInput!) { moveProgramme(input: $i) { status } }`;
    expect(ext(await app.gql(MOVE_P, { i: { id: p.id, version: p.version, status: "COMPLETED" } }, admin))).toMatchObject({ domainCode: "INVALID_TRANSITION", field: "status" });
    expect(ext(await app.gql(MOVE_P, { i: { id: p.id, version: p.version + 5, status: "PLANNED" } }, admin))).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION" });
  });
});

describe("bad input is a field error, never an internal error", () => {
  const SPEAKER = `mutation ($i: SpeakerInput!) { createSpeaker(input: $i) { id } }`;
  const base = { name: "Dr. Budi", institution: "UNS", originCity: "Surakarta", level: "ESELON_II" };

  it.each([
    ["a NUL byte", { name: "Dr.\u0000Budi" }, "name"],
    ["a long name", { name: "B".repeat(201) }, "name"],
    ["a long city", { originCity: "S".repeat(101) }, "originCity"],
    ["a bad e-mail", { email: "not-an-email" }, "email"],
    ["too many competencies", { expertiseIds: Array.from({ length: 21 }, () => "00000000-0000-4000-8000-000000000000") }, "expertiseIds"],
    ["a huge list", { expertiseIds: Array.from({ length: 1001 }, () => "x") }, "expertiseIds"],
    ["an unknown competency", { expertiseIds: ["00000000-0000-4000-8000-000000000000"] }, "expertiseIds"],
  ])("refuses %s", async (_, over, field) => {
    const r = await app.gql(SPEAKER, { i: { ...base, ...over } }, admin);
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("refuses crafted cursors and bad filters on every list", async () => {
    const crafted = [
      Buffer.from(JSON.stringify(["x' OR 1=1 --", "nope"])).toString("base64url"),
      "%%%",
      Buffer.from("[1,2,3]").toString("base64url"),
    ];
    // Well-formed, but not a real day: refused as a cursor, not by the database.
    const badDay = (day: string) => Buffer.from(JSON.stringify([day, "00000000-0000-4000-8000-000000000000"])).toString("base64url");
    expect(ext(await app.gql(`query ($a: String) { batches(filter: { from: "${YEAR}-01-01", to: "${YEAR}-12-31" }, after: $a) { totalCount } }`, { a: badDay(`${YEAR}-02-30`) }, admin))).toMatchObject({ domainCode: "INVALID_CURSOR", field: "after" });
    expect(ext(await app.gql(`query ($a: String) { nominations(after: $a) { totalCount } }`, { a: badDay(`${YEAR}-02-30 10:00:00+00`) }, admin))).toMatchObject({ domainCode: "INVALID_CURSOR", field: "after" });
    for (const after of crafted) {
      for (const q of [
        `query ($a: String) { speakers(after: $a) { totalCount } }`,
        `query ($a: String) { programmes(filter: { year: ${YEAR} }, after: $a) { totalCount } }`,
        `query ($a: String) { batches(filter: { from: "${YEAR}-01-01", to: "${YEAR}-12-31" }, after: $a) { totalCount } }`,
        `query ($a: String) { nominations(after: $a) { totalCount } }`,
      ]) {
        expect(ext(await app.gql(q, { a: after }, admin))).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_CURSOR", field: "after" });
      }
    }
    const wide = await app.gql(`{ batches(filter: { from: "2030-01-01", to: "2032-12-31" }) { totalCount } }`, {}, admin);
    expect(ext(wide)).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });
    expect(ext(await app.gql(`{ programmes(filter: { year: 1900 }) { totalCount } }`, {}, admin))).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.year" });
    expect(ext(await app.gql(`{ speakers(first: 1000) { totalCount } }`, {}, admin))).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("refuses bad batch fields and unknown ids without an internal error", async () => {
    const BATCH = `mutation ($i: BatchInput!) { createBatch(input: $i) { id } }`;
    const i = { programmeId, name: "Angkatan X", startsOn: `${YEAR}-05-01`, endsOn: `${YEAR}-05-03`, capacity: 10 };
    for (const [over, field] of [
      [{ capacity: 0 }, "capacity"],
      [{ endsOn: `${YEAR}-04-30` }, "endsOn"],
      [{ startsOn: `${YEAR + 1}-05-01`, endsOn: `${YEAR + 1}-05-02` }, "startsOn"],
      [{ onlineUrl: "javascript:alert(1)" }, "onlineUrl"],
      [{ minAttendanceShare: 1.5 }, "minAttendanceShare"],
      [{ quotas: [{ unitId: "00000000-0000-4000-8000-000000000000", seats: 1 }] }, "quotas.0.unitId"],
      [{ quotas: [{ unitId: "nope", seats: 1 }] }, "quotas.0.unitId"],
    ] as [Record<string, unknown>, string][]) {
      expect([over, ext(await app.gql(BATCH, { i: { ...i, ...over } }, admin))]).toMatchObject([over, { code: "BAD_USER_INPUT", field }]);
    }
    expect(ext(await app.gql(BATCH, { i: { ...i, programmeId: "not-a-uuid" } }, admin))).toMatchObject({ code: "NOT_FOUND" });
    expect(ext(await app.gql(NOMINATE, { i: { batchId: "not-a-uuid", employeeId: "x" } }, admin))).toMatchObject({ code: "NOT_FOUND" });
    const batch = await fx.batch(programmeId);
    expect(ext(await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId: "x" } }, admin))).toMatchObject({ code: "BAD_USER_INPUT", field: "employeeId" });
    expect((await app.gql(`{ batch(id: "x") { id } programme(id: "y") { id } speaker(id: "z") { id } }`, {}, analyst)).data).toEqual({ batch: null, programme: null, speaker: null });
  });
});

describe("SQL statements per request", () => {
  const PAGE = `query ($f: Date!, $t: Date!, $n: Int) {
    batches(filter: { from: $f, to: $t }, first: $n) { totalCount edges { node { name creditedJp
      programme { title competencies { name } }
      sessions { topic speaker { name originCity } }
      quotas { seats seatsTaken unit { name } }
      seats { taken waitlisted }
      nominations(first: 5) { totalCount edges { node { status employee { name } unit { name } } } } } } } }`;

  it("do not grow with the batches, sessions and nominations on the page", async () => {
    const p = await fx.programme({ kind: "WORKSHOP" });
    const dinkesId = (await app.ds.query(`SELECT id FROM units WHERE code = $1`, [DINKES]))[0].id;
    const employees = await fx.employees(16, { offset: 60 });
    for (let i = 0; i < 8; i++) {
      const b = await fx.batch(p.id, { startsOn: `${YEAR}-09-${String(i + 1).padStart(2, "0")}`, endsOn: `${YEAR}-09-${String(i + 1).padStart(2, "0")}`, quotas: [{ unitId: dinkesId, seats: 3 }] });
      const s = await fx.speaker();
      await fx.session(b.id, { date: `${YEAR}-09-${String(i + 1).padStart(2, "0")}`, start: "08:00", end: "09:00", jp: 1, speakerId: s.id, venue: `Ruang SQL ${i}` });
      for (const e of employees.slice(i * 2, i * 2 + 2)) await app.gql(NOMINATE, { i: { batchId: b.id, employeeId: e } }, admin);
    }
    const count = async (n: number) => {
      app.counter.reset();
      const r = await app.gql(PAGE, { f: `${YEAR}-09-01`, t: `${YEAR}-09-30`, n }, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.batches.edges).toHaveLength(n);
      return app.counter.count;
    };
    const small = await count(2);
    const large = await count(8);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(14);
  });
});

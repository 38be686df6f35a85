import { startTestApp, type TestApp } from "./support/test-app";
import { deliveryFixtures, type DeliveryFixtures } from "./support/delivery-fixtures";

/**
 * Issue 8 review: the delivery module's integrity under concurrency. An employee never holds seats in two overlapping
 * batches (a nomination racing a session added to one of their batches; a waitlist promotion), and a programme's status
 * agrees with its batches' (no cancellation over running or finished batches, no batch added or moved forward under a
 * cancelled or finished programme).
 */
let app: TestApp;
let admin: string;
let fx: DeliveryFixtures;
let programmeId: string;
const YEAR = 2033;
const DB = process.env.BINA_TEST_EMBEDDED ? "PGlite" : "PostgreSQL";

beforeAll(async () => {
  app = await startTestApp({ employees: 200 });
  admin = await app.login("admin");
  fx = deliveryFixtures(app, admin, YEAR);
  programmeId = (await fx.programme()).id;
});
afterAll(() => app.close());

const NOMINATE = `mutation ($i: NominateInput!) { nominate(input: $i) { id status version } }`;
const SESSION = `mutation ($i: SessionInput!) { addSession(input: $i) { id } }`;
const UPDATE_SESSION = `mutation ($i: UpdateSessionInput!) { updateSession(input: $i) { id version } }`;
const CANCEL = `mutation ($i: CancelNominationInput!) { cancelNomination(input: $i) { nomination { id status } promoted { id status } } }`;
const DECIDE = `mutation ($i: DecideNominationInput!) { decideNomination(input: $i) { nomination { id status } promoted { id status } } }`;
const UPDATE_BATCH = `mutation ($i: UpdateBatchInput!) { updateBatch(input: $i) { version capacity seats { taken waitlisted } } }`;
const MOVE_PROGRAMME = `mutation ($i: MoveInput!) { moveProgramme(input: $i) { id version status } }`;
const MOVE_BATCH = `mutation ($i: MoveInput!) { moveBatch(input: $i) { id version status } }`;
const CREATE_BATCH = `mutation ($i: BatchInput!) { createBatch(input: $i) { id version status } }`;
const ext = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;

const statusOf = async (nominationId: string): Promise<string> => (await app.ds.query(`SELECT status FROM nominations WHERE id = $1`, [nominationId]))[0].status;

/** Pairs of an employee's seats (NOMINATED, APPROVED) in two batches (not cancelled) whose sessions overlap. */
const doubleBookings = async (employeeId: string): Promise<number> =>
  (
    await app.ds.query(
      `SELECT count(*)::int AS n
         FROM nominations n1 JOIN nominations n2 ON n2.employee_id = n1.employee_id AND n2.batch_id > n1.batch_id
         JOIN batch_sessions s1 ON s1.batch_id = n1.batch_id JOIN batch_sessions s2 ON s2.batch_id = n2.batch_id
        WHERE n1.employee_id = $1 AND n1.status IN ('NOMINATED', 'APPROVED') AND n2.status IN ('NOMINATED', 'APPROVED')
          AND s1.date = s2.date AND s1.starts_at < s2.ends_at AND s2.starts_at < s1.ends_at`,
      [employeeId],
    )
  )[0].n;

const figures: Record<string, unknown[]> = { sessionRace: [], promotionRace: [], programmeRace: [], createRace: [] };
afterAll(() => console.log(`delivery integrity (${DB}): ${JSON.stringify(figures)}`));

describe("an employee is never seated in two overlapping batches", () => {
  const RUNS = 6;
  it.each(Array.from({ length: RUNS }, (_, i) => i + 1))(
    "run %i: nominate(E into X) in parallel with addSession(Y, the same time) where E holds a seat in Y: one wins, the other is SCHEDULE_CONFLICT",
    async (run) => {
      const [x, y] = [await fx.batch(programmeId), await fx.batch(programmeId)];
      const date = `${YEAR}-03-0${2 + (run % 5)}`;
      expect((await fx.session(x.id, { date, start: "08:00", end: "10:00" })).errors).toBeUndefined();
      const [employee] = await fx.employees(1, { offset: run });
      expect((await app.gql(NOMINATE, { i: { batchId: y.id, employeeId: employee } }, admin)).data!.nominate.status).toBe("NOMINATED");
      const [nominated, added] = await Promise.all([
        app.gql(NOMINATE, { i: { batchId: x.id, employeeId: employee } }, admin),
        app.gql(SESSION, { i: { batchId: y.id, date, start: "09:00", end: "11:00", jp: 2, topic: "Sesi paralel" } }, admin),
      ]);
      figures.sessionRace!.push(nominated.errors ? "session" : "nomination");
      expect([nominated.errors, added.errors].filter((e) => e === undefined)).toHaveLength(1);
      const loser = nominated.errors ? nominated : added;
      expect(ext(loser)).toMatchObject({ code: "CONFLICT", domainCode: "SCHEDULE_CONFLICT", resource: "PARTICIPANT", resourceId: employee });
      expect(await doubleBookings(employee!)).toBe(0);
    },
  );

  it("moving a session (updateSession) onto a seat holder's other batch is SCHEDULE_CONFLICT, in parallel with a nomination too", async () => {
    const [x, y] = [await fx.batch(programmeId), await fx.batch(programmeId)];
    expect((await fx.session(x.id, { date: `${YEAR}-03-03`, start: "13:00", end: "15:00" })).errors).toBeUndefined();
    const moving = await fx.session(y.id, { date: `${YEAR}-03-04`, start: "13:00", end: "15:00" });
    const [employee] = await fx.employees(1, { offset: 20 });
    expect((await app.gql(NOMINATE, { i: { batchId: y.id, employeeId: employee } }, admin)).errors).toBeUndefined();
    const [nominated, moved] = await Promise.all([
      app.gql(NOMINATE, { i: { batchId: x.id, employeeId: employee } }, admin),
      app.gql(UPDATE_SESSION, { i: { id: moving.id, version: moving.version, date: `${YEAR}-03-03` } }, admin),
    ]);
    expect([nominated.errors, moved.errors].filter((e) => e === undefined)).toHaveLength(1);
    expect(ext(nominated.errors ? nominated : moved)).toMatchObject({ code: "CONFLICT", domainCode: "SCHEDULE_CONFLICT" });
    expect(await doubleBookings(employee!)).toBe(0);
  });
});

describe("waitlist promotion skips a candidate with a clashing seat", () => {
  it("cancelling a seat holder promotes the next waitlisted nominee without a clash; the clashing one stays WAITLISTED until free", async () => {
    const b = await fx.batch(programmeId, { capacity: 1 });
    const c = await fx.batch(programmeId);
    expect((await fx.session(b.id, { date: `${YEAR}-03-05`, start: "10:00", end: "12:00" })).errors).toBeUndefined();
    expect((await fx.session(c.id, { date: `${YEAR}-03-05`, start: "11:00", end: "12:00" })).errors).toBeUndefined();
    const [e1, e2, e3] = await fx.employees(3, { offset: 30 });
    const n: Record<string, { id: string; version: number; status: string }> = {};
    for (const [k, employeeId] of Object.entries({ e1, e2, e3 })) n[k] = (await app.gql(NOMINATE, { i: { batchId: b.id, employeeId } }, admin)).data!.nominate;
    expect([n.e1!.status, n.e2!.status, n.e3!.status]).toEqual(["NOMINATED", "WAITLISTED", "WAITLISTED"]);
    // e2 waits in B and meanwhile takes a seat in C, which overlaps B (a waitlisted nomination is not a seat).
    const inC = (await app.gql(NOMINATE, { i: { batchId: c.id, employeeId: e2 } }, admin)).data!.nominate;
    expect(inC.status).toBe("NOMINATED");

    const cancelled = await app.gql(CANCEL, { i: { id: n.e1!.id, version: n.e1!.version } }, admin);
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelNomination.promoted).toEqual({ id: n.e3!.id, status: "NOMINATED" });
    expect(await statusOf(n.e2!.id)).toBe("WAITLISTED");
    expect(await doubleBookings(e2!)).toBe(0);

    // The seat in C given up, a larger capacity promotes e2.
    expect((await app.gql(CANCEL, { i: { id: inC.id, version: inC.version } }, admin)).errors).toBeUndefined();
    const version = (await app.ds.query(`SELECT version FROM batches WHERE id = $1`, [b.id]))[0].version;
    const grown = await app.gql(UPDATE_BATCH, { i: { id: b.id, version, capacity: 2 } }, admin);
    expect(grown.errors).toBeUndefined();
    expect(grown.data!.updateBatch.seats).toEqual({ taken: 2, waitlisted: 0 });
    expect(await statusOf(n.e2!.id)).toBe("NOMINATED");
  });

  it("rejecting a seat holder with only clashing candidates waiting promotes nobody; a larger capacity skips them too", async () => {
    const b = await fx.batch(programmeId, { capacity: 1 });
    const c = await fx.batch(programmeId);
    expect((await fx.session(b.id, { date: `${YEAR}-03-06`, start: "08:00", end: "09:00" })).errors).toBeUndefined();
    expect((await fx.session(c.id, { date: `${YEAR}-03-06`, start: "08:30", end: "09:30" })).errors).toBeUndefined();
    const [e1, e2] = await fx.employees(2, { offset: 40 });
    const n1 = (await app.gql(NOMINATE, { i: { batchId: b.id, employeeId: e1 } }, admin)).data!.nominate;
    const n2 = (await app.gql(NOMINATE, { i: { batchId: b.id, employeeId: e2 } }, admin)).data!.nominate;
    expect((await app.gql(NOMINATE, { i: { batchId: c.id, employeeId: e2 } }, admin)).data!.nominate.status).toBe("NOMINATED");
    const rejected = await app.gql(DECIDE, { i: { id: n1.id, version: n1.version, decision: "REJECT", reason: "Tidak memenuhi syarat" } }, admin);
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data!.decideNomination.promoted).toBeNull();
    expect(await statusOf(n2.id)).toBe("WAITLISTED");
    const version = (await app.ds.query(`SELECT version FROM batches WHERE id = $1`, [b.id]))[0].version;
    const grown = await app.gql(UPDATE_BATCH, { i: { id: b.id, version, capacity: 5 } }, admin);
    expect(grown.errors).toBeUndefined();
    expect(grown.data!.updateBatch.seats).toEqual({ taken: 0, waitlisted: 1 });
    expect(await statusOf(n2.id)).toBe("WAITLISTED");
    expect(await doubleBookings(e2!)).toBe(0);
  });

  it.each([1, 2, 3, 4])("run %i: a promotion racing a nomination of the same employee into an overlapping batch seats them once", async (run) => {
    const b = await fx.batch(programmeId, { capacity: 1 });
    const c = await fx.batch(programmeId);
    expect((await fx.session(b.id, { date: `${YEAR}-03-02`, start: "13:00", end: "14:00" })).errors).toBeUndefined();
    expect((await fx.session(c.id, { date: `${YEAR}-03-02`, start: "13:30", end: "14:30" })).errors).toBeUndefined();
    const [e1, e2] = await fx.employees(2, { offset: 50 + 2 * run });
    const n1 = (await app.gql(NOMINATE, { i: { batchId: b.id, employeeId: e1 } }, admin)).data!.nominate;
    const n2 = (await app.gql(NOMINATE, { i: { batchId: b.id, employeeId: e2 } }, admin)).data!.nominate;
    expect(n2.status).toBe("WAITLISTED");
    const [cancelled, nominated] = await Promise.all([
      app.gql(CANCEL, { i: { id: n1.id, version: n1.version } }, admin),
      app.gql(NOMINATE, { i: { batchId: c.id, employeeId: e2 } }, admin),
    ]);
    expect(cancelled.errors).toBeUndefined();
    const promoted = cancelled.data!.cancelNomination.promoted;
    figures.promotionRace!.push(promoted ? "promotion" : "nomination");
    if (promoted) {
      expect(promoted).toEqual({ id: n2.id, status: "NOMINATED" });
      expect(ext(nominated)).toMatchObject({ code: "CONFLICT", domainCode: "SCHEDULE_CONFLICT", field: "employeeId" });
    } else {
      expect(nominated.data!.nominate.status).toBe("NOMINATED");
      expect(await statusOf(n2.id)).toBe("WAITLISTED");
    }
    expect(await doubleBookings(e2!)).toBe(0);
  });
});

describe("a programme's status agrees with its batches", () => {
  const moveProgramme = (id: string, version: number, status: string) => app.gql(MOVE_PROGRAMME, { i: { id, version, status } }, admin);
  const batchRows = async (programme: string): Promise<Record<string, { status: string; version: number }>> =>
    Object.fromEntries(
      ((await app.ds.query(`SELECT id, status, version FROM batches WHERE programme_id = $1`, [programme])) as { id: string; status: string; version: number }[]).map((r) => [r.id, r]),
    );

  it("refuses to cancel a programme with a RUNNING batch (CONFLICT PROGRAMME_HAS_ACTIVE_BATCHES naming it), changing nothing", async () => {
    const p = await fx.programme();
    const running = await fx.batch(p.id);
    const open = await fx.batch(p.id);
    const moved = await app.gql(MOVE_BATCH, { i: { id: running.id, version: running.version, status: "RUNNING" } }, admin);
    expect(moved.data!.moveBatch.status).toBe("RUNNING");
    const before = await batchRows(p.id);
    const r = await moveProgramme(p.id, p.version, "CANCELLED");
    expect(ext(r)).toMatchObject({ code: "CONFLICT", domainCode: "PROGRAMME_HAS_ACTIVE_BATCHES", field: "status", batches: [{ id: running.id, status: "RUNNING" }] });
    expect(r.errors![0]!.message).toContain(running.name);
    expect((await app.ds.query(`SELECT status, version FROM programmes WHERE id = $1`, [p.id]))[0]).toEqual({ status: "DRAFT", version: p.version });
    expect(await batchRows(p.id)).toEqual(before);
    expect(before[open.id]!.status).toBe("OPEN");
  });

  it("refuses to cancel a programme with a COMPLETED or EVALUATED batch", async () => {
    for (const state of ["COMPLETED", "EVALUATED"]) {
      const p = await fx.programme();
      const b = await fx.batch(p.id);
      // Completion itself is the attendance module's (completeBatch); the state is what matters here.
      await app.ds.query(`UPDATE batches SET status = $2 WHERE id = $1`, [b.id, state]);
      expect(ext(await moveProgramme(p.id, p.version, "CANCELLED"))).toMatchObject({ code: "CONFLICT", domainCode: "PROGRAMME_HAS_ACTIVE_BATCHES", batches: [{ id: b.id, status: state }] });
    }
  });

  it("cancelling a programme cancels its DRAFT, PLANNED and OPEN batches in the same transaction, each audited", async () => {
    const p = await fx.programme();
    const draft = await fx.batch(p.id, {}, "DRAFT");
    const planned = await fx.batch(p.id, {}, "PLANNED");
    const open = await fx.batch(p.id);
    const already = await fx.batch(p.id, {}, "DRAFT");
    const gone = await app.gql(MOVE_BATCH, { i: { id: already.id, version: already.version, status: "CANCELLED" } }, admin);
    expect(gone.errors).toBeUndefined();
    const before = await batchRows(p.id);
    const r = await moveProgramme(p.id, p.version, "CANCELLED");
    expect(r.errors).toBeUndefined();
    expect(r.data!.moveProgramme).toEqual({ id: p.id, version: p.version + 1, status: "CANCELLED" });
    const after = await batchRows(p.id);
    for (const b of [draft, planned, open]) expect(after[b.id]).toMatchObject({ status: "CANCELLED", version: before[b.id]!.version + 1 });
    expect(after[already.id]).toEqual(before[already.id]);
    const audits: { entity_id: string; before: { status: string }; after: { status: string } }[] = await app.ds.query(
      `SELECT entity_id, before, after FROM audit_entries WHERE entity_type = 'Batch' AND after->>'cancelledWithProgramme' = $1 ORDER BY entity_id`,
      [p.id],
    );
    expect(audits.map((a) => [a.entity_id, a.before.status, a.after.status])).toEqual(
      [
        [draft.id, "DRAFT", "CANCELLED"],
        [planned.id, "PLANNED", "CANCELLED"],
        [open.id, "OPEN", "CANCELLED"],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    // The batch cannot be moved forward again, and no batch is added under the cancelled programme.
    const reopen = await app.gql(MOVE_BATCH, { i: { id: draft.id, version: after[draft.id]!.version, status: "PLANNED" } }, admin);
    expect(ext(reopen)).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_TRANSITION" });
    const added = await app.gql(CREATE_BATCH, { i: { programmeId: p.id, name: "Angkatan baru", startsOn: `${YEAR}-04-01`, endsOn: `${YEAR}-04-02`, capacity: 5 } }, admin);
    expect(ext(added)).toMatchObject({ code: "CONFLICT", domainCode: "PROGRAMME_CLOSED", field: "programmeId", programmeStatus: "CANCELLED" });
    expect(Object.keys(await batchRows(p.id))).toHaveLength(4);
  });

  it("under a COMPLETED programme a batch is neither created nor moved forward (PROGRAMME_CLOSED); it may still be cancelled", async () => {
    const p = await fx.programme();
    const draft = await fx.batch(p.id, {}, "DRAFT");
    let version = p.version;
    for (const status of ["PLANNED", "OPEN", "RUNNING", "COMPLETED"]) {
      const r = await moveProgramme(p.id, version, status);
      expect(r.errors).toBeUndefined();
      version = r.data!.moveProgramme.version;
    }
    const forward = await app.gql(MOVE_BATCH, { i: { id: draft.id, version: draft.version, status: "PLANNED" } }, admin);
    expect(ext(forward)).toMatchObject({ code: "CONFLICT", domainCode: "PROGRAMME_CLOSED", field: "status", programmeStatus: "COMPLETED" });
    const added = await app.gql(CREATE_BATCH, { i: { programmeId: p.id, name: "Angkatan susulan", startsOn: `${YEAR}-05-01`, endsOn: `${YEAR}-05-02`, capacity: 5 } }, admin);
    expect(ext(added)).toMatchObject({ code: "CONFLICT", domainCode: "PROGRAMME_CLOSED", field: "programmeId" });
    const cancelled = await app.gql(MOVE_BATCH, { i: { id: draft.id, version: draft.version, status: "CANCELLED" } }, admin);
    expect(cancelled.data!.moveBatch.status).toBe("CANCELLED");
  });

  it.each([1, 2, 3, 4])("run %i: cancelling a programme while its OPEN batch starts running ends with one winner", async () => {
    const p = await fx.programme();
    const b = await fx.batch(p.id);
    const [cancel, start] = await Promise.all([moveProgramme(p.id, p.version, "CANCELLED"), app.gql(MOVE_BATCH, { i: { id: b.id, version: b.version, status: "RUNNING" } }, admin)]);
    const programme = (await app.ds.query(`SELECT status FROM programmes WHERE id = $1`, [p.id]))[0].status;
    const batch = (await app.ds.query(`SELECT status FROM batches WHERE id = $1`, [b.id]))[0].status;
    figures.programmeRace!.push(cancel.errors ? "batch" : "programme");
    if (cancel.errors) {
      expect(ext(cancel)).toMatchObject({ code: "CONFLICT", domainCode: "PROGRAMME_HAS_ACTIVE_BATCHES" });
      expect(start.errors).toBeUndefined();
      expect([programme, batch]).toEqual(["DRAFT", "RUNNING"]);
    } else {
      // The batch, cancelled with the programme, no longer moves (its version changed, or CANCELLED is final).
      expect(ext(start)).toMatchObject({ code: expect.stringMatching(/^(CONFLICT|BAD_USER_INPUT)$/) });
      expect([programme, batch]).toEqual(["CANCELLED", "CANCELLED"]);
    }
  });

  it.each([1, 2, 3])("run %i: a batch created while its programme is cancelled is either cancelled with it or refused", async () => {
    const p = await fx.programme();
    const [cancel, created] = await Promise.all([
      moveProgramme(p.id, p.version, "CANCELLED"),
      app.gql(CREATE_BATCH, { i: { programmeId: p.id, name: "Angkatan balapan", startsOn: `${YEAR}-06-01`, endsOn: `${YEAR}-06-02`, capacity: 5 } }, admin),
    ]);
    expect(cancel.errors).toBeUndefined();
    figures.createRace!.push(created.errors ? "refused" : "cancelled with it");
    if (created.errors) expect(ext(created)).toMatchObject({ code: "CONFLICT", domainCode: "PROGRAMME_CLOSED" });
    const open: { n: number }[] = await app.ds.query(`SELECT count(*)::int AS n FROM batches WHERE programme_id = $1 AND status <> 'CANCELLED'`, [p.id]);
    expect(open[0]!.n).toBe(0);
  });
});

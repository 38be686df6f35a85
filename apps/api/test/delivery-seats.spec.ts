import { startTestApp, type TestApp } from "./support/test-app";
import { deliveryFixtures, type DeliveryFixtures } from "./support/delivery-fixtures";

/** Issue 8: seats and quotas race-free, the waitlist, and promotion in the same transaction. */
let app: TestApp;
let admin: string;
let operator: string;
let fx: DeliveryFixtures;
let programmeId: string;
const YEAR = 2031;
const DINKES = "3373.DINKES";

beforeAll(async () => {
  app = await startTestApp({ employees: 300 });
  [admin, operator] = await Promise.all([app.login("admin"), app.login("operator")]);
  fx = deliveryFixtures(app, admin, YEAR);
  programmeId = (await fx.programme()).id;
});
afterAll(() => app.close());

const NOMINATE = `mutation ($i: NominateInput!) { nominate(input: $i) { id status version unit { code } } }`;
const CANCEL = `mutation ($i: CancelNominationInput!) { cancelNomination(input: $i) { nomination { id status } promoted { id status } } }`;
const DECIDE = `mutation ($i: DecideNominationInput!) { decideNomination(input: $i) { nomination { id status } promoted { id status } } }`;

const statusCounts = async (batchId: string): Promise<Record<string, number>> =>
  Object.fromEntries(
    ((await app.ds.query(`SELECT status, count(*)::int AS n FROM nominations WHERE batch_id = $1 GROUP BY status`, [batchId])) as { status: string; n: number }[]).map((r) => [r.status, r.n]),
  );

/** The seat race figures, printed for the report. */
const raceFigures: { run: number; admitted: number; waitlisted: number; errors: number }[] = [];

describe("the seat race", () => {
  const RUNS = 3;
  it.each(Array.from({ length: RUNS }, (_, i) => i + 1))("run %i: 30 parallel nominations for 10 seats admit exactly 10, the rest wait, none fails", async (run) => {
    const batch = await fx.batch(programmeId, { capacity: 10 });
    const employees = await fx.employees(30, { offset: run * 30 });
    const results = await Promise.all(employees.map((employeeId) => app.gql(NOMINATE, { i: { batchId: batch.id, employeeId } }, admin)));
    const errors = results.flatMap((r) => r.errors ?? []);
    const statuses = results.map((r) => r.data?.nominate?.status);
    raceFigures.push({ run, admitted: statuses.filter((s) => s === "NOMINATED").length, waitlisted: statuses.filter((s) => s === "WAITLISTED").length, errors: errors.length });
    expect(errors).toEqual([]);
    expect(statuses.filter((s) => s === "NOMINATED")).toHaveLength(10);
    expect(statuses.filter((s) => s === "WAITLISTED")).toHaveLength(20);
    expect(await statusCounts(batch.id)).toEqual({ NOMINATED: 10, WAITLISTED: 20 });
    // The waitlist's order is the order the nominations took the batch lock: the seat holders asked first.
    const order: { status: string }[] = await app.ds.query(`SELECT status FROM nominations WHERE batch_id = $1 ORDER BY requested_at, id`, [batch.id]);
    expect(order.slice(0, 10).every((r) => r.status === "NOMINATED")).toBe(true);
  });

  it("lets one of five parallel nominations of the same employee win; the others are CONFLICT ALREADY_NOMINATED", async () => {
    const batch = await fx.batch(programmeId);
    const [employeeId] = await fx.employees(1, { offset: 200 });
    const results = await Promise.all(Array.from({ length: 5 }, () => app.gql(NOMINATE, { i: { batchId: batch.id, employeeId } }, admin)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", domainCode: "ALREADY_NOMINATED" });
    expect(await statusCounts(batch.id)).toEqual({ NOMINATED: 1 });
  });

  it("parallel cancellations and nominations on a full batch keep exactly `capacity` seats held, each freed seat going to a waiting nominee", async () => {
    const batch = await fx.batch(programmeId, { capacity: 10 });
    const first = await fx.employees(20, { offset: 210 });
    const made: { id: string; version: number; status: string }[] = [];
    for (const employeeId of first) made.push((await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId } }, admin)).data!.nominate);
    const holders = made.filter((n) => n.status === "NOMINATED").slice(0, 5);
    const newcomers = await fx.employees(5, { offset: 240 });
    const results = await Promise.all([
      ...holders.map((n) => app.gql(CANCEL, { i: { id: n.id, version: n.version } }, admin)),
      ...newcomers.map((employeeId) => app.gql(NOMINATE, { i: { batchId: batch.id, employeeId } }, admin)),
    ]);
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.slice(0, 5).every((r) => r.data!.cancelNomination.promoted?.status === "NOMINATED")).toBe(true);
    // 10 held, 5 cancelled, the remaining 10 waiting (the 10 first waitlisted lost 5 to promotion, the 5 newcomers wait).
    expect(await statusCounts(batch.id)).toEqual({ NOMINATED: 10, CANCELLED: 5, WAITLISTED: 10 });
  });

  afterAll(() => {
    console.log(`seat race (${process.env.BINA_TEST_EMBEDDED ? "PGlite" : "PostgreSQL"}): ${JSON.stringify(raceFigures)}`);
  });
});

describe("quotas and the waitlist", () => {
  it("keeps a unit to its quota (sub-units count against it) while others take the remaining seats", async () => {
    const dinkesId = (await app.ds.query(`SELECT id FROM units WHERE code = $1`, [DINKES]))[0].id;
    const batch = await fx.batch(programmeId, { capacity: 5, quotas: [{ unitId: dinkesId, seats: 2 }] });
    const staff = await fx.employees(3, { inUnitCode: DINKES });
    const others = await fx.employees(4, { notInUnitCode: DINKES, offset: 120 });
    const seq: string[] = [];
    for (const employeeId of [...staff, ...others]) {
      const r = await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId } }, employeeId === staff[0] ? operator : admin);
      expect(r.errors).toBeUndefined();
      seq.push(r.data!.nominate.status);
    }
    // Dinkes: 2 seats then waits; others: 3 seats left, then the batch is full.
    expect(seq).toEqual(["NOMINATED", "NOMINATED", "WAITLISTED", "NOMINATED", "NOMINATED", "NOMINATED", "WAITLISTED"]);
    const q = await app.gql(`query ($id: ID!) { batch(id: $id) { seats { taken free waitlisted } quotas { seats seatsTaken unit { code } } } }`, { id: batch.id }, admin);
    expect(q.data!.batch).toEqual({ seats: { taken: 5, free: 0, waitlisted: 2 }, quotas: [{ seats: 2, seatsTaken: 2, unit: { code: DINKES } }] });
  });

  it("cancelling a seat holder promotes the first waitlisted nominee whose unit has room, in the same transaction", async () => {
    const dinkesId = (await app.ds.query(`SELECT id FROM units WHERE code = $1`, [DINKES]))[0].id;
    const batch = await fx.batch(programmeId, { capacity: 3, quotas: [{ unitId: dinkesId, seats: 1 }] });
    const [d1, d2] = await fx.employees(2, { inUnitCode: DINKES, offset: 3 });
    const [o1, o2, o3] = await fx.employees(3, { notInUnitCode: DINKES, offset: 130 });
    const ids: Record<string, { id: string; version: number; status: string }> = {};
    for (const [name, employeeId] of Object.entries({ d1, o1, d2, o2, o3 })) ids[name] = (await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId } }, admin)).data!.nominate;
    expect(Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, v.status]))).toEqual({ d1: "NOMINATED", o1: "NOMINATED", d2: "WAITLISTED", o2: "NOMINATED", o3: "WAITLISTED" });

    // o1 leaves: d2 asked before o3, but Dinkes is at its quota (d1 holds it), so o3 takes the seat.
    const c1 = await app.gql(CANCEL, { i: { id: ids.o1!.id, version: ids.o1!.version, reason: "Tugas luar kota" } }, admin);
    expect(c1.errors).toBeUndefined();
    expect(c1.data!.cancelNomination).toEqual({ nomination: { id: ids.o1!.id, status: "CANCELLED" }, promoted: { id: ids.o3!.id, status: "NOMINATED" } });

    // The operator withdraws d1 (own staff): d2 moves up, and the operator sees it (same unit).
    const c2 = await app.gql(CANCEL, { i: { id: ids.d1!.id, version: ids.d1!.version } }, operator);
    expect(c2.errors).toBeUndefined();
    expect(c2.data!.cancelNomination.promoted).toEqual({ id: ids.d2!.id, status: "NOMINATED" });
    expect(await statusCounts(batch.id)).toEqual({ CANCELLED: 2, NOMINATED: 3 });
    // Promotions are audited in the same transaction as the cancellation.
    const audited = await app.ds.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'Nomination' AND entity_id = ANY($1) AND after->>'promoted' = 'true'`, [[ids.o3!.id, ids.d2!.id]]);
    expect(audited[0].n).toBe(2);
  });

  it("does not show an operator the promoted nominee of another unit, though the promotion happens", async () => {
    const batch = await fx.batch(programmeId, { capacity: 1 });
    const [own] = await fx.employees(1, { inUnitCode: DINKES, offset: 6 });
    const [other] = await fx.employees(1, { notInUnitCode: DINKES, offset: 180 });
    const mine = (await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId: own } }, operator)).data!.nominate;
    const theirs = (await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId: other } }, admin)).data!.nominate;
    expect([mine.status, theirs.status]).toEqual(["NOMINATED", "WAITLISTED"]);
    const r = await app.gql(CANCEL, { i: { id: mine.id, version: mine.version } }, operator);
    expect(r.data!.cancelNomination).toEqual({ nomination: { id: mine.id, status: "CANCELLED" }, promoted: null });
    expect((await app.ds.query(`SELECT status FROM nominations WHERE id = $1`, [theirs.id]))[0].status).toBe("NOMINATED");
  });

  it("rejecting a seat holder promotes the first waitlisted; approving a waitlisted one is a forbidden move", async () => {
    const batch = await fx.batch(programmeId, { capacity: 1 });
    const [e1, e2] = await fx.employees(2, { offset: 150 });
    const n1 = (await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId: e1 } }, admin)).data!.nominate;
    const n2 = (await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId: e2 } }, admin)).data!.nominate;
    const approveWaiting = await app.gql(DECIDE, { i: { id: n2.id, version: n2.version, decision: "APPROVE" } }, admin);
    expect(approveWaiting.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_TRANSITION", field: "status" });
    const reject = await app.gql(DECIDE, { i: { id: n1.id, version: n1.version, decision: "REJECT", reason: "Tidak memenuhi syarat" } }, admin);
    expect(reject.data!.decideNomination).toEqual({ nomination: { id: n1.id, status: "REJECTED" }, promoted: { id: n2.id, status: "NOMINATED" } });
    const approve = await app.gql(DECIDE, { i: { id: n2.id, version: n2.version + 1, decision: "APPROVE" } }, admin);
    expect(approve.data!.decideNomination.nomination.status).toBe("APPROVED");
    const again = await app.gql(DECIDE, { i: { id: n2.id, version: n2.version + 2, decision: "REJECT" } }, admin);
    expect(again.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_TRANSITION", field: "status" });
  });

  it("a larger capacity promotes waitlisted nominees; a capacity below the seats held is a field error", async () => {
    const batch = await fx.batch(programmeId, { capacity: 2 });
    for (const employeeId of await fx.employees(4, { offset: 160 })) await app.gql(NOMINATE, { i: { batchId: batch.id, employeeId } }, admin);
    const UPDATE = `mutation ($i: UpdateBatchInput!) { updateBatch(input: $i) { version capacity seats { taken waitlisted } } }`;
    const low = await app.gql(UPDATE, { i: { id: batch.id, version: batch.version, capacity: 1 } }, admin);
    expect(low.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_CAPACITY", field: "capacity" });
    const high = await app.gql(UPDATE, { i: { id: batch.id, version: batch.version, capacity: 3 } }, admin);
    expect(high.data!.updateBatch).toMatchObject({ capacity: 3, seats: { taken: 3, waitlisted: 1 } });
  });

  it("takes nominations only while the batch is PLANNED or OPEN", async () => {
    const draft = await fx.batch(programmeId, {}, "DRAFT");
    const [e] = await fx.employees(1, { offset: 170 });
    const r = await app.gql(NOMINATE, { i: { batchId: draft.id, employeeId: e } }, admin);
    expect(r.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", domainCode: "NOMINATIONS_CLOSED" });
  });
});

import { createCheckInCodes } from "../src/modules/delivery/check-in-code";
import { createRunningBatch, pdfText, type AttendanceFixture } from "./support/attendance-fixture";
import { startTestApp, type TestApp } from "./support/test-app";

/** Fixes from the delivery API review: scope of nested nominees and quotas, certificates fixed at issue, revocations kept, limits. */

let app: TestApp;
let admin: string;
let operator: string;
beforeAll(async () => {
  app = await startTestApp({ employees: 80, env: { PUBLIC_BASE_URL: "https://bina.example.go.id/" } });
  [admin, operator] = await Promise.all([app.login("admin"), app.login("operator")]);
});
afterAll(() => app.close());

const COMPLETE = `mutation ($b: ID!, $v: Int!) { completeBatch(batchId: $b, version: $v) { status completed notCompleted certificates } }`;
const UNDO = `mutation ($b: ID!, $v: Int!) { undoBatchCompletion(batchId: $b, version: $v) { status certificates } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { status } }`;
const PARTICIPANTS = `query ($b: ID!) { batchParticipants(batchId: $b, first: 100) { totalCount edges { node { nominationId nip outcome certificate { id code status pdfPath } } } } }`;
const UPDATE_BATCH = `mutation ($i: UpdateBatchInput!) { updateBatch(input: $i) { name version } }`;
const UPDATE_PROGRAMME = `mutation ($i: UpdateProgrammeInput!) { updateProgramme(input: $i) { title kind version } }`;
const CODE = `query ($s: ID!) { checkInCode(sessionId: $s) { code } }`;

interface Participant {
  nominationId: string;
  nip: string;
  outcome: string | null;
  certificate: { id: string; code: string; status: string; pdfPath: string } | null;
}

const participants = async (batchId: string, token = admin): Promise<{ total: number; list: Map<string, Participant> }> => {
  const r = await app.gql(PARTICIPANTS, { b: batchId }, token);
  expect(r.errors).toBeUndefined();
  const c = r.data!.batchParticipants;
  return { total: c.totalCount, list: new Map((c.edges as { node: Participant }[]).map((e) => [e.node.nominationId, e.node])) };
};
const versionOf = async (table: "batches" | "programmes", id: string) => Number((await app.ds.query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version);
const verify = (code: string) => fetch(`${app.baseUrl}/verify/${code}`);
const unitOutsideDinkes = async (): Promise<string> =>
  (await app.ds.query(`SELECT id FROM units WHERE path NOT LIKE (SELECT path FROM units WHERE code = '3373.DINKES') || '%' AND parent_id IS NOT NULL ORDER BY path LIMIT 1`))[0].id;
const dinkes = async (): Promise<string> => (await app.ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`))[0].id;

/** Everyone present at every session, no post-test: all five complete. */
const allPresent = async (f: AttendanceFixture) => {
  await app.ds.query(`UPDATE batches SET pass_mark = NULL WHERE id = $1`, [f.batchId]);
  await app.ds.query(
    `INSERT INTO session_attendance (session_id, nomination_id, present, method) SELECT s.id, n.id, true, 'SHEET' FROM batch_sessions s, nominations n WHERE s.batch_id = $1 AND n.batch_id = $1 AND n.status = 'APPROVED'`,
    [f.batchId],
  );
};

describe("an operator and a nominee who moved out of its subtree", () => {
  it("is not shown the nominee in Batch.nominations, nominations, their totals or batchParticipants", async () => {
    const f = await createRunningBatch(app.ds, { title: "Bimtek Pindah Unit" });
    const [stays, moves] = f.participants;
    const [{ unit_id: home }] = await app.ds.query(`SELECT unit_id FROM employees WHERE id = $1`, [moves!.employeeId]);
    const NESTED = `query ($b: ID!) { batch(id: $b) { nominations(first: 50) { totalCount edges { node { employee { nip name } } } } } }`;
    const ROOT = `query ($b: ID!) { nominations(first: 50, filter: { batchId: $b }) { totalCount edges { node { employee { nip } } } } }`;
    const nested = async () => {
      const r = await app.gql(NESTED, { b: f.batchId }, operator);
      expect(r.errors).toBeUndefined();
      const c = r.data!.batch.nominations;
      return { total: c.totalCount as number, nips: (c.edges as { node: { employee: { nip: string } } }[]).map((e) => e.node.employee.nip).sort() };
    };
    const root = async () => {
      const r = await app.gql(ROOT, { b: f.batchId }, operator);
      expect(r.errors).toBeUndefined();
      const c = r.data!.nominations;
      return { total: c.totalCount as number, nips: (c.edges as { node: { employee: { nip: string } } }[]).map((e) => e.node.employee.nip).sort() };
    };
    const both = [stays!.nip, moves!.nip].sort();
    expect(await nested()).toEqual({ total: 2, nips: both });
    expect(await root()).toEqual({ total: 2, nips: both });
    expect((await participants(f.batchId, operator)).total).toBe(2);

    await app.ds.query(`UPDATE employees SET unit_id = $2 WHERE id = $1`, [moves!.employeeId, await unitOutsideDinkes()]);
    try {
      expect((await app.gql(`query ($id: ID!) { employee(id: $id) { nip } }`, { id: moves!.employeeId }, operator)).data!.employee).toBeNull();
      expect(await nested()).toEqual({ total: 1, nips: [stays!.nip] });
      expect(await root()).toEqual({ total: 1, nips: [stays!.nip] });
      const p = await participants(f.batchId, operator);
      expect(p.total).toBe(1);
      expect([...p.list.values()].map((x) => x.nip)).toEqual([stays!.nip]);
      // An administrator still sees everyone.
      expect((await participants(f.batchId, admin)).total).toBe(5);
      // Nor can it act on the nomination (as if it did not exist).
      const cancel = await app.gql(`mutation ($i: CancelNominationInput!) { cancelNomination(input: $i) { nomination { id } } }`, { i: { id: moves!.nominationId, version: 1 } }, operator);
      expect(cancel.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    } finally {
      await app.ds.query(`UPDATE employees SET unit_id = $2 WHERE id = $1`, [moves!.employeeId, home]);
    }
  });

  it("is not shown a nominee who moved in from outside either (Nomination.unit would name a unit outside its scope)", async () => {
    const f = await createRunningBatch(app.ds, { title: "Bimtek Pindah Masuk" });
    const incoming = f.participants[2]!;
    const [{ unit_id: home }] = await app.ds.query(`SELECT unit_id FROM employees WHERE id = $1`, [incoming.employeeId]);
    await app.ds.query(`UPDATE employees SET unit_id = $2 WHERE id = $1`, [incoming.employeeId, await dinkes()]);
    try {
      const r = await app.gql(`query ($b: ID!) { batch(id: $b) { nominations(first: 50) { totalCount edges { node { employee { nip } unit { code } } } } } }`, { b: f.batchId }, operator);
      expect(r.errors).toBeUndefined();
      const nips = (r.data!.batch.nominations.edges as { node: { employee: { nip: string } } }[]).map((e) => e.node.employee.nip);
      expect(nips).not.toContain(incoming.nip);
      expect(r.data!.batch.nominations.totalCount).toBe(2);
      const p = await participants(f.batchId, operator);
      expect(p.total).toBe(2);
      expect([...p.list.values()].map((x) => x.nip)).not.toContain(incoming.nip);
    } finally {
      await app.ds.query(`UPDATE employees SET unit_id = $2 WHERE id = $1`, [incoming.employeeId, home]);
    }
  });
});

describe("Batch.quotas for an operator", () => {
  it("lists only quotas of units inside its subtree; an administrator sees all", async () => {
    const f = await createRunningBatch(app.ds, { title: "Bimtek Kuota" });
    const outside = await unitOutsideDinkes();
    await app.ds.query(`INSERT INTO batch_unit_quotas (batch_id, unit_id, seats) VALUES ($1, $2, 5), ($1, $3, 4)`, [f.batchId, await dinkes(), outside]);
    const Q = `query ($b: ID!) { batch(id: $b) { quotas { seats seatsTaken unit { code } } } }`;
    const asOperator = await app.gql(Q, { b: f.batchId }, operator);
    expect(asOperator.errors).toBeUndefined();
    expect(asOperator.data!.batch.quotas).toEqual([{ seats: 5, seatsTaken: 2, unit: { code: "3373.DINKES" } }]);
    const asAdmin = await app.gql(Q, { b: f.batchId }, admin);
    expect(asAdmin.data!.batch.quotas).toHaveLength(2);
  });
});

describe("what a completed batch credited", () => {
  it("is fixed: updateBatch and updateProgramme refuse credit-changing edits with BATCH_CLOSED; name and capacity still change", async () => {
    const f = await createRunningBatch(app.ds, { title: "Bimtek Terkunci", creditedJp: 10 });
    await allPresent(f);
    expect((await app.gql(COMPLETE, { b: f.batchId, v: await versionOf("batches", f.batchId) }, admin)).data!.completeBatch).toMatchObject({ status: "COMPLETED", certificates: 5 });
    for (const change of [{ passMark: 50 }, { minAttendanceShare: 0.5 }, { startsOn: "2026-03-01" }, { endsOn: "2026-03-04" }]) {
      const r = await app.gql(UPDATE_BATCH, { i: { id: f.batchId, version: await versionOf("batches", f.batchId), ...change } }, admin);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "BATCH_CLOSED", field: Object.keys(change)[0] });
    }
    const renamed = await app.gql(UPDATE_BATCH, { i: { id: f.batchId, version: await versionOf("batches", f.batchId), name: "Angkatan I (ulang)", capacity: 40 } }, admin);
    expect(renamed.errors).toBeUndefined();
    for (const change of [{ title: "Judul Lain" }, { kind: "WORKSHOP" }]) {
      const r = await app.gql(UPDATE_PROGRAMME, { i: { id: f.programmeId, version: await versionOf("programmes", f.programmeId), ...change } }, admin);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "BATCH_CLOSED", field: Object.keys(change)[0] });
    }
    const [row] = await app.ds.query(`SELECT p.title, p.kind, b.credited_jp::float AS jp, b.pass_mark FROM batches b JOIN programmes p ON p.id = b.programme_id WHERE b.id = $1`, [f.batchId]);
    expect(row).toEqual({ title: "Bimtek Terkunci", kind: "TECHNICAL_TRAINING", jp: 10, pass_mark: null });
  });

  it("is what the certificate PDF and /verify show, even if the batch or programme changed later", async () => {
    const f = await createRunningBatch(app.ds, { title: "Bimtek Tercetak", creditedJp: 10 });
    await allPresent(f);
    expect((await app.gql(COMPLETE, { b: f.batchId, v: await versionOf("batches", f.batchId) }, admin)).errors).toBeUndefined();
    const c = (await participants(f.batchId)).list.get(f.participants[0]!.nominationId)!.certificate!;
    // A later change behind the API's back (or one made before this fix) must not rewrite an issued certificate.
    await app.ds.query(`UPDATE programmes SET title = 'Judul Diubah Kemudian' WHERE id = $1`, [f.programmeId]);
    await app.ds.query(`UPDATE batches SET credited_jp = 99, starts_on = '2026-02-01', ends_on = '2026-03-20' WHERE id = $1`, [f.batchId]);
    const html = await (await verify(c.code)).text();
    expect(html).toContain("Bimtek Tercetak");
    expect(html).toContain("10 JP");
    expect(html).toContain("2 s.d. 3 Maret 2026");
    expect(html).not.toContain("Judul Diubah Kemudian");
    const text = pdfText(Buffer.from(await (await fetch(`${app.baseUrl}${c.pdfPath}`, { headers: { authorization: `Bearer ${admin}` } })).arrayBuffer()));
    expect(text).toContain("Bimtek Tercetak");
    expect(text).toContain("sebanyak 10 Jam Pelajaran (JP)");
    expect(text).not.toContain("Judul Diubah Kemudian");
  });
});

describe("undoing a completion after a revocation", () => {
  it("keeps the revoked certificate (REVOKED at /verify) and a new completion issues it no certificate and no JP", async () => {
    const f = await createRunningBatch(app.ds, { title: "Bimtek Dicabut", creditedJp: 10 });
    await allPresent(f);
    expect((await app.gql(COMPLETE, { b: f.batchId, v: await versionOf("batches", f.batchId) }, admin)).data!.completeBatch.certificates).toBe(5);
    const revokedNomination = f.participants[0]!.nominationId;
    const c = (await participants(f.batchId)).list.get(revokedNomination)!.certificate!;
    expect((await app.gql(REVOKE, { id: c.id, reason: "Dokumen palsu" }, admin)).data!.revokeCertificate.status).toBe("REVOKED");

    const undone = await app.gql(UNDO, { b: f.batchId, v: await versionOf("batches", f.batchId) }, admin);
    expect(undone.data!.undoBatchCompletion).toEqual({ status: "RUNNING", certificates: 4 });
    expect(await (await verify(c.code)).text()).toContain("DICABUT (REVOKED)");

    const again = await app.gql(COMPLETE, { b: f.batchId, v: await versionOf("batches", f.batchId) }, admin);
    expect(again.data!.completeBatch).toMatchObject({ status: "COMPLETED", completed: 5, certificates: 4 });
    const p = (await participants(f.batchId)).list.get(revokedNomination)!;
    expect(p.outcome).toBe("COMPLETED");
    expect(p.certificate).toMatchObject({ id: c.id, code: c.code, status: "REVOKED" });
    expect(Number((await app.ds.query(`SELECT count(*) AS n FROM certificates WHERE nomination_id = $1`, [revokedNomination]))[0].n)).toBe(1);
    expect(Number((await app.ds.query(`SELECT count(*) AS n FROM jp_entries WHERE source = 'BATCH' AND source_id = $1`, [revokedNomination]))[0].n)).toBe(0);
    const ledger = await app.ds.query(`SELECT count(*)::int AS n FROM jp_entries WHERE source = 'BATCH' AND source_id IN (SELECT id FROM nominations WHERE batch_id = $1)`, [f.batchId]);
    expect(ledger[0].n).toBe(4);
    const html = await (await verify(c.code)).text();
    expect(html).toContain("DICABUT (REVOKED)");
    expect(html).not.toContain("SAH (VALID)");
  });
});

describe("changing a programme's kind", () => {
  it("recomputes every batch's credited JP in statements that do not grow with the batches", async () => {
    const statements = async (batches: number) => {
      const [p] = await app.ds.query(`INSERT INTO programmes (year, title, kind, organiser, status) VALUES (2026, $1, 'TECHNICAL_TRAINING', 'BKPSDM', 'OPEN') RETURNING id, version`, [
        `Bimtek Jenis ${batches}`,
      ]);
      const ids: string[] = [];
      for (let i = 0; i < batches; i++) {
        const [b] = await app.ds.query(
          `INSERT INTO batches (programme_id, name, starts_on, ends_on, capacity, status, credited_jp) VALUES ($1, $2, '2026-05-04', '2026-05-05', 30, 'PLANNED', 6) RETURNING id`,
          [p.id, `Angkatan ${i + 1}`],
        );
        await app.ds.query(`INSERT INTO batch_sessions (batch_id, date, starts_at, ends_at, jp, topic) VALUES ($1, '2026-05-04', '08:00', '11:00', 3, 'A'), ($1, '2026-05-05', '08:00', '11:00', 3, 'B')`, [b.id]);
        ids.push(b.id);
      }
      app.counter.reset();
      const r = await app.gql(UPDATE_PROGRAMME, { i: { id: p.id, version: p.version, kind: "WORKSHOP" } }, admin);
      const count = app.counter.count;
      expect(r.errors).toBeUndefined();
      const credited = await app.ds.query(`SELECT credited_jp::float AS jp FROM batches WHERE id = ANY($1::uuid[])`, [ids]);
      expect(credited.map((x: { jp: number }) => x.jp)).toEqual(ids.map(() => 10)); // a workshop: 5 JP a day over two days
      return count;
    };
    expect(await statements(6)).toBe(await statements(1));
  });
});

describe("QR check-in limits", () => {
  const post = (body: Record<string, string>) =>
    fetch(`${app.baseUrl}/check-in`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
  const domainCodeOf = async (res: Response) => ((await res.json()) as { errors: { extensions: { domainCode: string } }[] }).errors[0]!.extensions.domainCode;
  const codes = createCheckInCodes("test-secret-test-secret-test-secret");
  let f: AttendanceFixture;
  beforeAll(async () => {
    f = await createRunningBatch(app.ds, { title: "Bimtek Presensi QR" });
  });

  it("do not count expired or malformed codes against a class sharing one address", async () => {
    const expired = codes.issue(f.sessions[0]!.id, new Date(Date.now() - 121_000)).code;
    for (let i = 0; i < 40; i++) {
      const res = await post({ code: i % 2 ? expired : "forged", nip: f.participants[0]!.nip });
      expect(res.status).toBe(400);
    }
    const { code } = (await app.gql(CODE, { s: f.sessions[0]!.id }, admin)).data!.checkInCode;
    expect((await post({ code, nip: f.participants[0]!.nip })).status).toBe(200);
  });

  it("count wrong NIPs per code and address: after 30 the code is refused (429), another code still works", async () => {
    const code = codes.issue(f.sessions[1]!.id, new Date(Date.now() - 3_000)).code;
    let limited: Response | null = null;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await post({ code, nip: f.outsider.nip });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(400);
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await domainCodeOf(limited!)).toBe("CHECK_IN_RATE_LIMITED");
    const other = codes.issue(f.sessions[1]!.id, new Date(Date.now() - 1_000)).code;
    expect(other).not.toBe(code);
    expect((await post({ code: other, nip: f.participants[0]!.nip })).status).toBe(200);
  });

  it("cap successful check-ins at 5 per code and address", async () => {
    const code = codes.issue(f.sessions[2]!.id, new Date(Date.now() - 2_000)).code;
    for (const p of f.participants) expect((await post({ code, nip: p.nip })).status).toBe(200);
    const sixth = await post({ code, nip: f.participants[0]!.nip });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await domainCodeOf(sixth)).toBe("CHECK_IN_RATE_LIMITED");
  });
});

// Last: it exhausts this address's PDF allowance.
describe("certificate PDFs", () => {
  it("are limited to 60 a minute per address: then 429 with Retry-After", async () => {
    let limited: Response | null = null;
    let served = 0;
    for (let i = 0; i < 70 && !limited; i++) {
      const res = await fetch(`${app.baseUrl}/certificates/00000000-0000-4000-8000-000000000000.pdf`);
      if (res.status === 429) limited = res;
      else served++;
    }
    expect(limited).not.toBeNull();
    expect(served).toBeLessThanOrEqual(60);
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await limited!.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("TOO_MANY_REQUESTS");
  });
});

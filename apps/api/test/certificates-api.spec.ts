import { createRunningBatch, pdfText, type AttendanceFixture } from "./support/attendance-fixture";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
let f: AttendanceFixture;
beforeAll(async () => {
  app = await startTestApp({ employees: 80, env: { PUBLIC_BASE_URL: "https://bina.example.go.id/" } });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  f = await createRunningBatch(app.ds, { passMark: 70, creditedJp: 12 });
});
afterAll(() => app.close());

const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { recorded } }`;
const SCORES = `mutation ($input: RecordScoresInput!) { recordScores(input: $input) { updated } }`;
const COMPLETE = `mutation ($b: ID!, $v: Int!) { completeBatch(batchId: $b, version: $v) { batchId status version completed notCompleted certificates } }`;
const UNDO = `mutation ($b: ID!, $v: Int!) { undoBatchCompletion(batchId: $b, version: $v) { status version certificates } }`;
/** The batch's current version (completeBatch and undoBatchCompletion require the version the caller read). */
const versionOf = async (batchId: string): Promise<number> => Number((await app.ds.query(`SELECT version FROM batches WHERE id = $1`, [batchId]))[0].version);
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { id status revokedAt revokedReason } }`;
const PARTICIPANTS = `query ($b: ID!) { batchParticipants(batchId: $b, first: 100) { edges { node { nominationId attendedJp outcome certificate { id number code status pdfPath } } } } }`;

interface Participant {
  nominationId: string;
  attendedJp: number;
  outcome: string | null;
  certificate: { id: string; number: string; code: string; status: string; pdfPath: string } | null;
}

const participants = async (token = admin): Promise<Map<string, Participant>> => {
  const r = await app.gql(PARTICIPANTS, { b: f.batchId }, token);
  expect(r.errors).toBeUndefined();
  return new Map((r.data!.batchParticipants.edges as { node: Participant }[]).map((e) => [e.node.nominationId, e.node]));
};
const batchVersion = async () => Number((await app.ds.query(`SELECT version FROM batches WHERE id = $1`, [f.batchId]))[0].version);
const ledgerRows = async () =>
  (await app.ds.query(
    `SELECT j.source_id AS "nominationId", j.jp::float AS jp, j.verified, j.kind, j.title, j.year, to_char(j.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(j.ended_on, 'YYYY-MM-DD') AS "endedOn"
       FROM jp_entries j WHERE j.source = 'BATCH' AND j.source_id IN (SELECT id FROM nominations WHERE batch_id = $1) ORDER BY j.source_id`,
    [f.batchId],
  )) as { nominationId: string; jp: number; verified: boolean; kind: string; title: string; year: number; startedOn: string; endedOn: string }[];
const pdf = (path: string, token?: string) => fetch(`${app.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const verify = (code: string) => fetch(`${app.baseUrl}/verify/${code}`);

/**
 * Sessions are 3, 3, 2 and 2 JP (10 JP; 80% = 8 JP); the pass mark is 70.
 * p0: all sessions, post-test 85 → COMPLETED; p1: 3 + 3 + 2 = 8 JP (exactly 80%), post-test 70 → COMPLETED;
 * p2: 3 + 2 + 2 = 7 JP (70%), post-test 90 → NOT_COMPLETED (attendance); p3: all, post-test 65 → NOT_COMPLETED (post-test);
 * p4: all, no post-test → NOT_COMPLETED (post-test).
 */
beforeAll(async () => {
  const [s1, s2, s3, s4] = f.sessions;
  const [p0, p1, p2, p3, p4] = f.participants;
  const attended: Record<string, string[]> = {
    [s1!.id]: [p0!, p1!, p3!, p4!].map((p) => p.nominationId),
    [s2!.id]: [p0!, p1!, p2!, p3!, p4!].map((p) => p.nominationId),
    [s3!.id]: [p0!, p1!, p2!, p3!, p4!].map((p) => p.nominationId),
    [s4!.id]: [p0!, p2!, p3!, p4!].map((p) => p.nominationId),
  };
  for (const s of f.sessions) {
    const marks = f.participants.map((p) => ({ nominationId: p.nominationId, present: attended[s.id]!.includes(p.nominationId) }));
    const r = await app.gql(RECORD, { input: { sessionId: s.id, marks } }, admin);
    expect(r.errors).toBeUndefined();
  }
  const scores = [
    { nominationId: p0!.nominationId, preScore: 60, postScore: 85 },
    { nominationId: p1!.nominationId, postScore: 70 },
    { nominationId: p2!.nominationId, postScore: 90 },
    { nominationId: p3!.nominationId, postScore: 65 },
  ];
  expect((await app.gql(SCORES, { input: { batchId: f.batchId, scores } }, admin)).errors).toBeUndefined();
});

describe("completing a batch", () => {
  it("is for administrators only", async () => {
    expect((await app.gql(COMPLETE, { b: f.batchId, v: await versionOf(f.batchId) }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(COMPLETE, { b: f.batchId, v: await versionOf(f.batchId) }, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a stale version", async () => {
    const r = await app.gql(COMPLETE, { b: f.batchId, v: (await batchVersion()) - 1 }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION" });
  });

  it("sets each outcome by attendance (80% of the JP) and the post-test pass mark, writes ledger rows and certificates", async () => {
    const [p0, p1, p2, p3, p4] = f.participants;
    const v = await batchVersion();
    const r = await app.gql(COMPLETE, { b: f.batchId, v }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.completeBatch).toEqual({ batchId: f.batchId, status: "COMPLETED", version: v + 1, completed: 2, notCompleted: 3, certificates: 2 });

    const list = await participants();
    expect([p0, p1, p2, p3, p4].map((p) => [list.get(p!.nominationId)!.attendedJp, list.get(p!.nominationId)!.outcome])).toEqual([
      [10, "COMPLETED"],
      [8, "COMPLETED"],
      [7, "NOT_COMPLETED"],
      [10, "NOT_COMPLETED"],
      [10, "NOT_COMPLETED"],
    ]);
    expect(list.get(p2!.nominationId)!.certificate).toBeNull();
    const c0 = list.get(p0!.nominationId)!.certificate!;
    expect(c0).toMatchObject({ status: "VALID", pdfPath: `/certificates/${c0.id}.pdf` });
    expect(c0.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    expect(c0.number).toMatch(/^STTPP\/2026\/\d{6}$/);
    expect(list.get(p1!.nominationId)!.certificate!.code).not.toBe(c0.code);

    expect(await ledgerRows()).toEqual(
      [p0, p1]
        .map((p) => ({
          nominationId: p!.nominationId,
          jp: 12,
          verified: true,
          kind: "TECHNICAL_TRAINING",
          title: "Pelatihan Teknis Pengelolaan Data SPBE",
          year: 2026,
          startedOn: "2026-03-02",
          endedOn: "2026-03-03",
        }))
        .sort((a, b) => a.nominationId.localeCompare(b.nominationId)),
    );
    const audit = await app.ds.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type IN ('Batch', 'Certificate') AND (entity_id = $1 OR entity_id = $2)`, [f.batchId, c0.id]);
    expect(audit[0].n).toBe(2);
  });

  it("freezes attendance once completed, and cannot complete twice", async () => {
    const r = await app.gql(RECORD, { input: { sessionId: f.sessions[0]!.id, marks: [{ nominationId: f.participants[2]!.nominationId, present: true }] } }, admin);
    expect(r.errors?.[0]?.extensions?.domainCode).toBe("BATCH_NOT_RUNNING");
    const again = await app.gql(COMPLETE, { b: f.batchId, v: await versionOf(f.batchId) }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_TRANSITION" });
  });
});

describe("the certificate PDF", () => {
  it("is an A4 landscape PDF naming the participant, the programme and the verification code", async () => {
    const p0 = f.participants[0]!;
    const c = (await participants()).get(p0.nominationId)!.certificate!;
    const res = await pdf(c.pdfPath, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="STTPP-STTPP-2026-\d{6}\.pdf"$/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(body.toString("latin1")).toMatch(/\/MediaBox \[ 0 0 841\.89 595\.28 \]/);
    const text = pdfText(body);
    expect(text).toContain("SURAT TANDA TAMAT PENDIDIKAN DAN PELATIHAN");
    expect(text).toContain(`NIP. ${p0.nip}`);
    expect(text).toContain("Pelatihan Teknis Pengelolaan Data SPBE");
    expect(text).toContain("sebanyak 12 Jam Pelajaran (JP)");
    expect(text).toContain(c.code);
    expect(text).toContain(c.number);
    expect(text).toContain(`https://bina.example.go.id/verify/${c.code}`);
    // The QR code's link annotation points to the public page too.
    expect(body.toString("latin1")).toContain(`/URI (https://bina.example.go.id/verify/${c.code})`);
  });

  it("needs a token, and an operator gets only its own subtree's (404 otherwise); an analyst reads any", async () => {
    const list = await participants();
    const own = list.get(f.participants[0]!.nominationId)!.certificate!; // Dinas Kesehatan
    expect((await pdf(own.pdfPath)).status).toBe(401);
    expect((await pdf(own.pdfPath, operator)).status).toBe(200);
    expect((await pdf(own.pdfPath, analyst)).status).toBe(200);
    // The operator's view of the batch does not list the other certificate, and its PDF is not found.
    const ownList = await participants(operator);
    expect([...ownList.keys()].sort()).toEqual([f.participants[0]!.nominationId, f.participants[1]!.nominationId].sort());
    const otherNomination = (await app.ds.query(
      `INSERT INTO nominations (batch_id, employee_id, unit_id, status) SELECT $1, e.id, e.unit_id, 'REJECTED' FROM employees e WHERE e.nip = $2 RETURNING id`,
      [f.batchId, f.outsider.nip],
    )) as { id: string }[];
    const [foreign] = (await app.ds.query(`INSERT INTO certificates (nomination_id, code, number) VALUES ($1, 'ZZZZZZZZZZZZZZZZZZZZ', 'STTPP/2026/TEST01') RETURNING id`, [otherNomination[0]!.id])) as {
      id: string;
    }[];
    expect((await pdf(`/certificates/${foreign!.id}.pdf`, operator)).status).toBe(404);
    expect((await pdf(`/certificates/${foreign!.id}.pdf`, admin)).status).toBe(200);
    await app.ds.query(`DELETE FROM certificates WHERE id = $1`, [foreign!.id]);
    expect((await pdf(`/certificates/00000000-0000-4000-8000-000000000000.pdf`, admin)).status).toBe(404);
    expect((await pdf(`/certificates/not-an-id.pdf`, admin)).status).toBe(404);
  });
});

describe("the public verification page", () => {
  it("shows only name, programme, JP, dates and status; no NIP, unit, e-mail or phone; no script; not indexed", async () => {
    const p0 = f.participants[0]!;
    const c = (await participants()).get(p0.nominationId)!.certificate!;
    const [e] = await app.ds.query(
      `SELECT e.nip, e.email, e.phone, e.position_title AS "positionTitle", u.name AS unit, u.code AS "unitCode" FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.id = $1`,
      [p0.employeeId],
    );
    const res = await verify(c.code);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex,nofollow">');
    expect(html).toContain(p0.name.replace(/&/g, "&amp;").replace(/'/g, "&#39;"));
    expect(html).toContain("Pelatihan Teknis Pengelolaan Data SPBE");
    expect(html).toContain("12 JP");
    expect(html).toContain("2 s.d. 3 Maret 2026");
    expect(html).toContain("SAH (VALID)");
    expect(html).not.toMatch(/<script/i);
    for (const secret of [e.nip, e.email, e.phone, e.unit, e.unitCode, e.positionTitle, c.number, p0.employeeId, p0.nominationId]) {
      if (secret) expect(html).not.toContain(secret);
    }
    expect(html).not.toMatch(/\d{18}/);
    expect(html).not.toMatch(/@/);
    // Read case-insensitively, as typed from paper.
    expect((await verify(c.code.toLowerCase())).status).toBe(200);
  });

  it("answers an unknown or malformed code with a 404 page", async () => {
    for (const code of ["0000000000000000000A", "nope", "x".repeat(500), "%00", "%27%3Cscript%3E", "ABCDEFGHJKMNPQRSTVW%00"]) {
      const res = await verify(code);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await res.text()).toContain("Sertifikat tidak ditemukan");
    }
    // A broken percent-encoding is the client's fault, never a server error.
    const broken = await verify("%E0%A4%A");
    expect(broken.status).toBeGreaterThanOrEqual(400);
    expect(broken.status).toBeLessThan(500);
  });
});

describe("revocation", () => {
  it("is for administrators, needs a reason, shows REVOKED publicly and removes the ledger entry", async () => {
    const p0 = f.participants[0]!;
    const c = (await participants()).get(p0.nominationId)!.certificate!;
    expect((await app.gql(REVOKE, { id: c.id, reason: "Data peserta keliru" }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noReason = await app.gql(REVOKE, { id: c.id, reason: "  " }, admin);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_REVOCATION_REASON", field: "reason" });

    const r = await app.gql(REVOKE, { id: c.id, reason: "Data peserta keliru" }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.revokeCertificate).toMatchObject({ id: c.id, status: "REVOKED", revokedReason: "Data peserta keliru" });
    expect((await ledgerRows()).map((x) => x.nominationId)).toEqual([f.participants[1]!.nominationId]);

    const html = await (await verify(c.code)).text();
    expect(html).toContain("DICABUT (REVOKED)");
    expect(html).not.toContain("SAH (VALID)");
    expect(html).not.toContain("Data peserta keliru");

    const again = await app.gql(REVOKE, { id: c.id, reason: "Data peserta keliru" }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "CERTIFICATE_ALREADY_REVOKED" });
    // The PDF is still there for the record, marked revoked.
    const text = pdfText(Buffer.from(await (await pdf(c.pdfPath, admin)).arrayBuffer()));
    expect(text).toContain("DICABUT / REVOKED");
  });
});

describe("undoing a completion", () => {
  it("reopens the batch and removes outcomes, ledger entries and valid certificates; a revoked one stays REVOKED", async () => {
    const before = [...(await participants()).values()].flatMap((p) => (p.certificate ? [p.certificate] : []));
    expect(before).toHaveLength(2);
    const revoked = before.find((c) => c.status === "REVOKED")!;
    const valid = before.find((c) => c.status === "VALID")!;
    expect((await app.gql(UNDO, { b: f.batchId, v: await versionOf(f.batchId) }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const v = await batchVersion();
    const r = await app.gql(UNDO, { b: f.batchId, v }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.undoBatchCompletion).toEqual({ status: "RUNNING", version: v + 1, certificates: 1 });
    expect(await ledgerRows()).toEqual([]);
    const list = await participants();
    expect([...list.values()].every((p) => p.outcome === null && (p.certificate === null || p.certificate.id === revoked.id))).toBe(true);
    expect((await verify(valid.code)).status).toBe(404);
    expect(await (await verify(revoked.code)).text()).toContain("DICABUT (REVOKED)");
    const twice = await app.gql(UNDO, { b: f.batchId, v: await versionOf(f.batchId) }, admin);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "BATCH_NOT_COMPLETED" });
  });

  it("lets the batch be completed again, with new codes (none for the revoked certificate's holder)", async () => {
    const r = await app.gql(COMPLETE, { b: f.batchId, v: await versionOf(f.batchId) }, admin);
    expect(r.data!.completeBatch).toMatchObject({ status: "COMPLETED", completed: 2, certificates: 1 });
    expect(await ledgerRows()).toHaveLength(1);
  });
});

describe("two completions at once", () => {
  it("have one winner", async () => {
    const g = await createRunningBatch(app.ds, { title: "Bimtek Balapan" });
    await app.ds.query(`INSERT INTO session_attendance (session_id, nomination_id, present, method) SELECT s.id, n.id, true, 'SHEET' FROM batch_sessions s, nominations n WHERE s.batch_id = $1 AND n.batch_id = $1 AND n.status = 'APPROVED'`, [g.batchId]);
    await app.ds.query(`UPDATE batches SET pass_mark = NULL WHERE id = $1`, [g.batchId]);
    const results = await Promise.all([1, 2, 3].map(() => app.gql(COMPLETE, { b: g.batchId, v: 1 }, admin)));
    const won = results.filter((x) => !x.errors);
    expect(won).toHaveLength(1);
    expect(won[0]!.data!.completeBatch.certificates).toBe(5);
    for (const x of results.filter((y) => y.errors)) expect(x.errors![0]!.extensions!.code).toBe("CONFLICT");
    expect(Number((await app.ds.query(`SELECT count(*) AS n FROM jp_entries WHERE source_id IN (SELECT id FROM nominations WHERE batch_id = $1)`, [g.batchId]))[0].n)).toBe(5);
  });
});

describe("statements per completion", () => {
  it("do not grow with the number of participants", async () => {
    const statementsToComplete = async (approvedElsewhere: number) => {
      const g = await createRunningBatch(app.ds, { title: `Bimtek ${approvedElsewhere}`, approvedElsewhere, passMark: null });
      await app.ds.query(
        `INSERT INTO session_attendance (session_id, nomination_id, present, method) SELECT s.id, n.id, true, 'SHEET' FROM batch_sessions s, nominations n WHERE s.batch_id = $1 AND n.batch_id = $1 AND n.status = 'APPROVED'`,
        [g.batchId],
      );
      app.counter.reset();
      const r = await app.gql(COMPLETE, { b: g.batchId, v: await versionOf(g.batchId) }, admin);
      expect(r.data!.completeBatch.certificates).toBe(approvedElsewhere + 2);
      return app.counter.count;
    };
    expect(await statementsToComplete(20)).toBe(await statementsToComplete(3));
  });
});

describe("the verification page's rate limit", () => {
  it("answers 429 with Retry-After once an address passes 60 lookups a minute", async () => {
    let limited: Response | null = null;
    for (let i = 0; i < 70 && !limited; i++) {
      const res = await verify("0000000000000000000B");
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(404);
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited!.text()).toContain("Terlalu banyak permintaan");
  });
});

describe("a batch's own minimum attendance share", () => {
  it("replaces the default 80%: at 70%, 7 of 10 JP complete and 5 do not", async () => {
    const g = await createRunningBatch(app.ds, { title: "Workshop 70 persen", passMark: null, approvedElsewhere: 0 });
    await app.ds.query(`UPDATE batches SET min_attendance_share = 0.7 WHERE id = $1`, [g.batchId]);
    const [s1, s2, s3, s4] = g.sessions;
    const [a, b] = g.participants;
    const sheet = (sessionId: string, marks: [string, boolean][]) =>
      app.gql(RECORD, { input: { sessionId, marks: marks.map(([nominationId, present]) => ({ nominationId, present })) } }, admin);
    await sheet(s1!.id, [[a!.nominationId, true], [b!.nominationId, true]]); // 3 JP each
    await sheet(s2!.id, [[a!.nominationId, false], [b!.nominationId, false]]);
    await sheet(s3!.id, [[a!.nominationId, true], [b!.nominationId, true]]); // 2 JP each
    await sheet(s4!.id, [[a!.nominationId, true], [b!.nominationId, false]]); // a: 7 JP, b: 5 JP
    const r = await app.gql(COMPLETE, { b: g.batchId, v: await versionOf(g.batchId) }, admin);
    expect(r.data!.completeBatch).toMatchObject({ completed: 1, notCompleted: 1, certificates: 1 });
    const outcomes = (await app.ds.query(`SELECT id, attended_jp::float AS jp, outcome FROM nominations WHERE batch_id = $1 AND status = 'APPROVED' ORDER BY attended_jp DESC`, [g.batchId])) as {
      id: string;
      jp: number;
      outcome: string;
    }[];
    expect(outcomes).toEqual([
      { id: a!.nominationId, jp: 7, outcome: "COMPLETED" },
      { id: b!.nominationId, jp: 5, outcome: "NOT_COMPLETED" },
    ]);
  });
});

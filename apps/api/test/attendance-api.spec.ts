import ExcelJS from "exceljs";
import { createCheckInCodes } from "../src/modules/delivery/check-in-code";
import { createRunningBatch, type AttendanceFixture } from "./support/attendance-fixture";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
let f: AttendanceFixture;
beforeAll(async () => {
  app = await startTestApp({ employees: 80 });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  f = await createRunningBatch(app.ds);
});
afterAll(() => app.close());

const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { sessionId recorded present } }`;
const IMPORT = `mutation ($input: ImportAttendanceInput!) { importAttendance(input: $input) { totalRows recorded dryRun errors { row field code message } } }`;
const SCORES = `mutation ($input: RecordScoresInput!) { recordScores(input: $input) { updated } }`;
const CODE = `query ($s: ID!) { checkInCode(sessionId: $s) { sessionId code expiresAt url qrSvgDataUrl } }`;
const PARTICIPANTS = `query ($b: ID!, $first: Int, $after: String) {
  batchParticipants(batchId: $b, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { nominationId name nip preScore postScore attendedJp outcome attendance { sessionId present method checkedInAt } certificate { id } } }
  }
}`;

const marksOf = async (sessionId: string) =>
  (await app.ds.query(`SELECT nomination_id AS "nominationId", present, method FROM session_attendance WHERE session_id = $1 ORDER BY nomination_id`, [sessionId])) as {
    nominationId: string;
    present: boolean;
    method: string;
  }[];
const countMarks = async () => Number((await app.ds.query(`SELECT count(*) AS n FROM session_attendance a JOIN nominations n ON n.id = a.nomination_id WHERE n.batch_id = $1`, [f.batchId]))[0].n);
/** The domain code of an HTTP route's JSON error answer. */
const domainCodeOf = async (res: Response): Promise<string> => ((await res.json()) as { errors: { extensions: { domainCode: string } }[] }).errors[0]!.extensions.domainCode;
const b64 = (b: Buffer | ArrayBuffer) => Buffer.from(b as ArrayBuffer).toString("base64");

describe("the bulk attendance sheet", () => {
  it("records present and absent marks for a session, keeping the others' marks", async () => {
    const [s] = f.sessions;
    const [a, b, c] = f.participants;
    const r = await app.gql(RECORD, { input: { sessionId: s!.id, marks: [{ nominationId: a!.nominationId, present: true }, { nominationId: b!.nominationId, present: false }] } }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordAttendance).toEqual({ sessionId: s!.id, recorded: 2, present: 1 });
    await app.gql(RECORD, { input: { sessionId: s!.id, marks: [{ nominationId: c!.nominationId, present: true }] } }, admin);
    const marks = await marksOf(s!.id);
    expect(marks).toHaveLength(3);
    expect(marks.find((x) => x.nominationId === b!.nominationId)).toMatchObject({ present: false, method: "SHEET" });
    const audit = await app.ds.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'SessionAttendance' AND entity_id = $1`, [s!.id]);
    expect(audit[0].n).toBe(2);
  });

  it("refuses a mark for someone who is not an approved participant, naming the list item, and writes nothing", async () => {
    const [, s] = f.sessions;
    const before = await countMarks();
    const r = await app.gql(
      RECORD,
      { input: { sessionId: s!.id, marks: [{ nominationId: f.participants[0]!.nominationId, present: true }, { nominationId: f.pending.nominationId, present: true }, { nominationId: "x", present: true }] } },
      admin,
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "NOT_A_PARTICIPANT", field: "marks.1.nominationId" });
    expect((r.errors![0]!.extensions!.errors as { field: string }[]).map((e) => e.field)).toEqual(["marks.1.nominationId", "marks.2.nominationId"]);
    expect(await countMarks()).toBe(before);
  });

  it("refuses the same participant twice in one sheet", async () => {
    const p = f.participants[0]!.nominationId;
    const r = await app.gql(RECORD, { input: { sessionId: f.sessions[1]!.id, marks: [{ nominationId: p, present: true }, { nominationId: p, present: false }] } }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ domainCode: "DUPLICATE_PARTICIPANT", field: "marks.1.nominationId" });
  });

  it("is for administrators: an operator and an analyst are FORBIDDEN, an unknown session NOT_FOUND", async () => {
    const input = { sessionId: f.sessions[0]!.id, marks: [{ nominationId: f.participants[0]!.nominationId, present: true }] };
    expect((await app.gql(RECORD, { input }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(RECORD, { input }, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(RECORD, { input })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const unknown = await app.gql(RECORD, { input: { ...input, sessionId: "00000000-0000-4000-8000-000000000000" } }, admin);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("the attendance import", () => {
  const header = "nip,session_date,session_start,hadir";

  it("reports every bad row with its row and column, and writes nothing (all or nothing)", async () => {
    const [a, b] = f.participants;
    const csv = [
      header,
      `${a!.nip},2026-03-03,08:00,ya`, // good
      `${f.outsider.nip},2026-03-03,08:00,ya`, // not in the batch
      `${b!.nip},2026-03-03,,ya`, // two sessions that day
      `${b!.nip},2026-03-04,,ya`, // no session that day
      `${b!.nip},2026-03-03,13:00,mungkin`, // unreadable presence
      `${f.pending.nip},2026-03-03,13:00,tidak`, // nominated, not approved
      `${a!.nip},03/03/2026,8:00,1`, // the same mark as row 2
      `${b!.nip},2026-02-30,,ya`, // not a date
    ].join("\n");
    const before = await countMarks();
    const r = await app.gql(IMPORT, { input: { batchId: f.batchId, fileName: "hadir.csv", contentBase64: b64(Buffer.from(csv)) } }, admin);
    expect(r.errors).toBeUndefined();
    const out = r.data!.importAttendance;
    expect(out).toMatchObject({ totalRows: 8, recorded: 0, dryRun: false });
    expect(out.errors.map((e: { row: number; field: string | null; code: string }) => [e.row, e.field, e.code])).toEqual([
      [3, "nip", "NOT_A_PARTICIPANT"],
      [4, "session_start", "AMBIGUOUS_SESSION"],
      [5, "session_date", "UNKNOWN_SESSION"],
      [6, "hadir", "INVALID_PRESENCE"],
      [7, "nip", "NOT_A_PARTICIPANT"],
      [8, null, "DUPLICATE_ROW"],
      [9, "session_date", "INVALID_DATE"],
    ]);
    expect(await countMarks()).toBe(before);
  });

  it("imports a good XLSX file (dates as date cells, session ids, 1/0 and TRUE/FALSE) in one go", async () => {
    const [a, b, c] = f.participants;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Hadir");
    ws.addRow(["NIP", "Tanggal", "Jam", "Hadir", "session_id"]);
    ws.addRow([a!.nip, new Date(Date.UTC(2026, 2, 3)), "08:00", "ya"]);
    ws.addRow([b!.nip, new Date(Date.UTC(2026, 2, 3)), "13:00", 0]);
    ws.addRow([c!.nip, null, null, true, f.sessions[3]!.id]);
    ws.getColumn(2).numFmt = "dd/mm/yyyy";
    const file = b64(await wb.xlsx.writeBuffer());
    const dry = await app.gql(IMPORT, { input: { batchId: f.batchId, fileName: "hadir.xlsx", contentBase64: file, dryRun: true } }, admin);
    expect(dry.data!.importAttendance).toEqual({ totalRows: 3, recorded: 3, dryRun: true, errors: [] });
    expect(await marksOf(f.sessions[2]!.id)).toEqual([]);
    const r = await app.gql(IMPORT, { input: { batchId: f.batchId, fileName: "hadir.xlsx", contentBase64: file } }, admin);
    expect(r.data!.importAttendance).toEqual({ totalRows: 3, recorded: 3, dryRun: false, errors: [] });
    expect(await marksOf(f.sessions[2]!.id)).toEqual([{ nominationId: a!.nominationId, present: true, method: "IMPORT" }]);
    expect((await marksOf(f.sessions[3]!.id)).map((x) => [x.nominationId, x.present]).sort()).toEqual(
      [
        [b!.nominationId, false],
        [c!.nominationId, true],
      ].sort(),
    );
  });

  it("bounds the file before parsing: an oversized upload is FILE_TOO_LARGE, a missing column names it", async () => {
    const big = await app.gql(IMPORT, { input: { batchId: f.batchId, fileName: "hadir.csv", contentBase64: b64(Buffer.alloc(6 * 1024 * 1024, 0x41)) } }, admin);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "file", domainCode: "FILE_TOO_LARGE" });
    const noHadir = await app.gql(IMPORT, { input: { batchId: f.batchId, fileName: "hadir.csv", contentBase64: b64(Buffer.from("nip,session_date\n1,2026-03-02\n")) } }, admin);
    expect(noHadir.data!.importAttendance.errors).toEqual([expect.objectContaining({ row: 1, field: "hadir", code: "UNREADABLE_FILE" })]);
  });
});

describe("QR self check-in", () => {
  const post = (body: Record<string, string>, json = true) =>
    fetch(`${app.baseUrl}/check-in`, {
      method: "POST",
      headers: json ? { "content-type": "application/json", accept: "application/json" } : { "content-type": "application/x-www-form-urlencoded" },
      body: json ? JSON.stringify(body) : new URLSearchParams(body).toString(),
    });

  it("gives the organiser a signed two-minute code with its URL and QR; operators may not ask for it", async () => {
    const r = await app.gql(CODE, { s: f.sessions[2]!.id }, admin);
    expect(r.errors).toBeUndefined();
    const c = r.data!.checkInCode;
    expect(c.url).toBe(`http://localhost:4000/check-in?code=${c.code}`);
    expect(c.qrSvgDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(c.qrSvgDataUrl.split(",")[1], "base64").toString()).toMatch(/^<svg /);
    const ttl = Date.parse(c.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(100_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    expect((await app.gql(CODE, { s: f.sessions[2]!.id }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("marks an approved participant present with a valid code (JSON and the HTML form)", async () => {
    const session = f.sessions[2]!;
    const { code } = (await app.gql(CODE, { s: session.id }, admin)).data!.checkInCode;
    const p = f.participants[3]!;
    const res = await post({ code, nip: p.nip });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { checkIn: { sessionId: session.id, topic: `Materi ${session.date} ${session.start}`, date: session.date } } });
    expect((await marksOf(session.id)).find((x) => x.nominationId === p.nominationId)).toMatchObject({ present: true, method: "QR" });

    const form = await fetch(`${app.baseUrl}/check-in?code=${code}`);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain(`name="code" value="${code}"`);
    expect(html).not.toMatch(/<script/i);
    const q = f.participants[4]!;
    const viaForm = await post({ code, nip: q.nip }, false);
    expect(viaForm.status).toBe(200);
    expect(await viaForm.text()).toContain("Kehadiran tercatat");
    expect((await marksOf(session.id)).find((x) => x.nominationId === q.nominationId)).toMatchObject({ present: true, method: "QR" });
  });

  it("keeps the first check-in time when a participant checks in twice", async () => {
    const session = f.sessions[2]!;
    const p = f.participants[3]!;
    const timeOf = async () => (await app.ds.query(`SELECT checked_in_at FROM session_attendance WHERE session_id = $1 AND nomination_id = $2`, [session.id, p.nominationId]))[0].checked_in_at as Date;
    const first = await timeOf();
    const { code } = (await app.gql(CODE, { s: session.id }, admin)).data!.checkInCode as { code: string };
    expect((await post({ code, nip: p.nip })).status).toBe(200);
    expect((await timeOf()).getTime()).toBe(first.getTime());
  });

  it("refuses an expired code, a forged code and a NIP that is not an approved participant", async () => {
    const session = f.sessions[2]!;
    const codes = createCheckInCodes("test-secret-test-secret-test-secret");
    const expired = codes.issue(session.id, new Date(Date.now() - 121_000)).code;
    const r1 = await post({ code: expired, nip: f.participants[0]!.nip });
    expect(r1.status).toBe(400);
    expect(await domainCodeOf(r1)).toBe("CHECK_IN_EXPIRED");

    const { code } = (await app.gql(CODE, { s: session.id }, admin)).data!.checkInCode as { code: string };
    const forged = code.slice(0, -2) + (code.endsWith("AA") ? "BB" : "AA");
    const r2 = await post({ code: forged, nip: f.participants[0]!.nip });
    expect(await domainCodeOf(r2)).toBe("CHECK_IN_INVALID");
    // Another server's secret signs codes this one does not accept.
    const foreign = createCheckInCodes("another-secret-another-secret-xx").issue(session.id).code;
    expect(await domainCodeOf(await post({ code: foreign, nip: f.participants[0]!.nip }))).toBe("CHECK_IN_INVALID");

    for (const nip of [f.pending.nip, f.outsider.nip]) {
      const r = await post({ code, nip });
      expect(r.status).toBe(400);
      expect(await domainCodeOf(r)).toBe("NOT_A_PARTICIPANT");
    }
    const html = await post({ code, nip: f.outsider.nip }, false);
    expect(await html.text()).toContain("tidak terdaftar sebagai peserta");
    const marks = await marksOf(session.id);
    expect(marks.some((x) => x.nominationId === f.participants[0]!.nominationId && x.method === "QR")).toBe(false);
  });
});

describe("scores", () => {
  it("records pre and post scores, and refuses a score outside 0..100 naming the item and field", async () => {
    const [a, b] = f.participants;
    const ok = await app.gql(SCORES, { input: { batchId: f.batchId, scores: [{ nominationId: a!.nominationId, preScore: 55.5, postScore: 82 }, { nominationId: b!.nominationId, postScore: 60 }] } }, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordScores.updated).toBe(2);
    const bad = await app.gql(SCORES, { input: { batchId: f.batchId, scores: [{ nominationId: a!.nominationId, postScore: 101 }, { nominationId: b!.nominationId, preScore: 1.234 }] } }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_SCORE", field: "scores.0.postScore" });
    expect((bad.errors![0]!.extensions!.errors as { field: string }[]).map((e) => e.field)).toEqual(["scores.0.postScore", "scores.1.preScore"]);
    const notIn = await app.gql(SCORES, { input: { batchId: f.batchId, scores: [{ nominationId: f.pending.nominationId, postScore: 50 }] } }, admin);
    expect(notIn.errors?.[0]?.extensions).toMatchObject({ domainCode: "NOT_A_PARTICIPANT", field: "scores.0.nominationId" });
    const [row] = await app.ds.query(`SELECT pre_score, post_score FROM nominations WHERE id = $1`, [a!.nominationId]);
    expect([Number(row.pre_score), Number(row.post_score)]).toEqual([55.5, 82]);
  });
});

describe("the participants list", () => {
  it("shows marks, scores and live attended JP to an administrator, page by page", async () => {
    const first = await app.gql(PARTICIPANTS, { b: f.batchId, first: 3 }, admin);
    expect(first.errors).toBeUndefined();
    expect(first.data!.batchParticipants.totalCount).toBe(5);
    expect(first.data!.batchParticipants.pageInfo.hasNextPage).toBe(true);
    const rest = await app.gql(PARTICIPANTS, { b: f.batchId, first: 3, after: first.data!.batchParticipants.pageInfo.endCursor }, admin);
    const all = [...first.data!.batchParticipants.edges, ...rest.data!.batchParticipants.edges].map((e: { node: { nominationId: string } }) => e.node);
    expect(all.map((n) => n.nominationId).sort()).toEqual(f.participants.map((p) => p.nominationId).sort());
    const a = all.find((n) => n.nominationId === f.participants[0]!.nominationId) as Record<string, unknown>;
    // Session 1 (3 JP) by the sheet and session 3 (2 JP) by the import.
    expect(a).toMatchObject({ preScore: 55.5, postScore: 82, attendedJp: 5, outcome: null, certificate: null });
  });

  it("shows an operator only the participants of its own subtree", async () => {
    const r = await app.gql(PARTICIPANTS, { b: f.batchId, first: 10 }, operator);
    expect(r.errors).toBeUndefined();
    expect(r.data!.batchParticipants.totalCount).toBe(2);
    expect(r.data!.batchParticipants.edges.map((e: { node: { nominationId: string } }) => e.node.nominationId).sort()).toEqual(
      f.participants.slice(0, 2).map((p) => p.nominationId).sort(),
    );
  });

  it("refuses a crafted cursor as INVALID_CURSOR", async () => {
    const r = await app.gql(PARTICIPANTS, { b: f.batchId, first: 3, after: Buffer.from(`["x","not-a-uuid"]`).toString("base64url") }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_CURSOR" });
  });

  it("runs one SQL statement for a page whatever its size", async () => {
    app.counter.reset();
    await app.gql(PARTICIPANTS, { b: f.batchId, first: 1 }, admin);
    const one = app.counter.count;
    app.counter.reset();
    await app.gql(PARTICIPANTS, { b: f.batchId, first: 5 }, admin);
    expect(app.counter.count).toBe(one);
  });
});

describe("a batch that is not running", () => {
  it("refuses attendance, scores and check-in codes with BATCH_NOT_RUNNING", async () => {
    const other = await createRunningBatch(app.ds, { title: "Sosialisasi belum berjalan" });
    await app.ds.query(`UPDATE batches SET status = 'OPEN' WHERE id = $1`, [other.batchId]);
    const r = await app.gql(RECORD, { input: { sessionId: other.sessions[0]!.id, marks: [{ nominationId: other.participants[0]!.nominationId, present: true }] } }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "BATCH_NOT_RUNNING" });
    const s = await app.gql(SCORES, { input: { batchId: other.batchId, scores: [{ nominationId: other.participants[0]!.nominationId, postScore: 1 }] } }, admin);
    expect(s.errors?.[0]?.extensions?.domainCode).toBe("BATCH_NOT_RUNNING");
    expect((await app.gql(CODE, { s: other.sessions[0]!.id }, admin)).errors?.[0]?.extensions?.domainCode).toBe("BATCH_NOT_RUNNING");
  });
});

describe("check-in failures from one address", () => {
  it("are limited: after 30 wrong NIPs with one code in ten minutes the answer is 429 with Retry-After", async () => {
    // Only NIP failures with a valid code count (per code and address); forged or expired codes do not.
    const { code } = (await app.gql(CODE, { s: f.sessions[0]!.id }, admin)).data!.checkInCode as { code: string };
    let limited: Response | null = null;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await fetch(`${app.baseUrl}/check-in`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ code, nip: "199001012015031006" }),
      });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(400);
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await domainCodeOf(limited!)).toBe("CHECK_IN_RATE_LIMITED");
  });
});

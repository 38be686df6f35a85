import { siasnCode } from "@bina/domain";
import { EVIDENCE_LIMITS } from "../src/modules/compliance/evidence-file";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * Learning records, scope and roles on every compliance field, the verification race, evidence limits, the CSV export
 * and SQL statements per request (issue 8).
 */
let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
let operatorId: string;
let inside: { id: string; unit_id: string }[];
let outside: { id: string; unit_id: string }[];
let dinkesId: string;
let rootId: string;
let firstRecordId: string;

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").toString("base64");
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]).toString("base64");
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]).toString("base64");

beforeAll(async () => {
  app = await startTestApp({ employees: 150 });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  [{ id: dinkesId }] = await app.ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`);
  [{ id: rootId }] = await app.ds.query(`SELECT id FROM units WHERE parent_id IS NULL`);
  [{ id: operatorId }] = await app.ds.query(`SELECT id FROM users WHERE username = 'operator'`);
  const sub = `SELECT u.id FROM units u WHERE u.path LIKE (SELECT path FROM units WHERE id = $1) || '%'`;
  inside = await app.ds.query(`SELECT id, unit_id FROM employees WHERE active AND employment_type = 'PNS' AND unit_id IN (${sub}) ORDER BY nip`, [dinkesId]);
  outside = await app.ds.query(`SELECT id, unit_id FROM employees WHERE active AND employment_type = 'PNS' AND unit_id NOT IN (${sub}) ORDER BY nip`, [dinkesId]);
  expect(inside.length).toBeGreaterThan(3);
  expect(outside.length).toBeGreaterThan(3);
});
afterAll(() => app.close());

const SUBMIT = `mutation ($i: SubmitLearningRecordInput!) { submitLearningRecord(input: $i) { id status version creditedJp kind route evidence { fileName mediaType size } } }`;
const VERIFY = `mutation ($i: VerifyLearningRecordInput!) { verifyLearningRecord(input: $i) { id status version } }`;
const REJECT = `mutation ($i: RejectLearningRecordInput!) { rejectLearningRecord(input: $i) { id status version reason } }`;

const record = (employeeId: string, over: Record<string, unknown> = {}) => ({
  employeeId,
  kind: "SELF_STUDY",
  title: "Belajar mandiri analisis data",
  startedOn: "2026-02-02",
  endedOn: "2026-02-04",
  jpByDay: [2, 2, 1.5],
  evidence: [{ fileName: "sertifikat.pdf", contentBase64: PDF }],
  ...over,
});
const submit = async (token: string, employeeId: string, over: Record<string, unknown> = {}) => app.gql(SUBMIT, { i: record(employeeId, over) }, token);
const count = async (sql: string, params: unknown[] = []) => (await app.ds.query(sql, params))[0].n as number;

describe("submitting learning records", () => {
  it("lets an operator submit for its own staff with evidence (pending JP, audited) and refuses other units' staff", async () => {
    const ok = await submit(operator, inside[0]!.id);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.submitLearningRecord).toMatchObject({ status: "SUBMITTED", version: 1, creditedJp: 5.5, kind: "SELF_STUDY", route: "NON_CLASSICAL" });
    expect(ok.data!.submitLearningRecord.evidence).toEqual([{ fileName: "sertifikat.pdf", mediaType: "application/pdf", size: Buffer.from(PDF, "base64").length }]);
    const id = ok.data!.submitLearningRecord.id;
    firstRecordId = id;
    expect(await app.ds.query(`SELECT jp, verified, year FROM jp_entries WHERE source = 'RECORD' AND source_id = $1`, [id])).toEqual([{ jp: "5.50", verified: false, year: 2026 }]);
    expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'LearningRecord' AND entity_id = $1 AND actor_id = $2`, [id, operatorId])).toBe(1);
    const before = await count(`SELECT count(*)::int AS n FROM learning_records`);
    const refused = await submit(operator, outside[0]!.id);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await submit(analyst, inside[0]!.id)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await count(`SELECT count(*)::int AS n FROM learning_records`)).toBe(before);
  });

  it.each([
    ["kind", { kind: "SEMINAR", days: 1 }, "KIND_NOT_RECORDABLE"],
    ["jpByDay", { jpByDay: null }, "INVALID_ACTIVITY"],
    ["jpByDay[1]", { jpByDay: [1, -2] }, "INVALID_ACTIVITY"],
    ["semesters", { kind: "DEGREE_STUDY_PERMITTED", semesters: -1 }, "INVALID_ACTIVITY"],
    ["jp", { jp: 1e9 }, "INVALID_ACTIVITY"],
    ["jpByDay[2]", { jpByDay: [1, 2, 123456] }, "INVALID_ACTIVITY"],
    ["count", { count: -3 }, "INVALID_ACTIVITY"],
    ["count", { kind: "INTERNSHIP", count: 100_000 }, "INVALID_ACTIVITY"],
    ["title", { title: "=HYPERLINK(\"http://x\")" }, "INVALID_TITLE"],
    ["title", { title: "a\u0000b c" }, null],
    ["endedOn", { startedOn: "2026-03-02", endedOn: "2026-03-01" }, "INVALID_DATE"],
    ["jpByDay", { startedOn: "2026-01-05", endedOn: "2026-01-05", jpByDay: [2, 2, 2, 2, 2] }, "INVALID_ACTIVITY"],
    ["startedOn", { startedOn: "1900-01-01", endedOn: "2026-01-02", jpByDay: [1, 1] }, "INVALID_YEAR"],
    ["endedOn", { startedOn: "2099-01-01", endedOn: "2099-01-02", jpByDay: [1, 1] }, "INVALID_DATE"],
    ["sessionDates[1]", { kind: "COACHING", sessionDates: ["2026-02-02", "2026-05-01"] }, "INVALID_DATE"],
    ["sessionDates", { kind: "COACHING", sessionDates: Array.from({ length: 400 }, () => "2026-02-02") }, "LIST_TOO_LONG"],
    ["employeeId", { employeeId: "not-a-uuid" }, "UNKNOWN_EMPLOYEE"],
    ["employeeId", { employeeId: "00000000-0000-4000-8000-000000000000" }, "UNKNOWN_EMPLOYEE"],
    ["evidence", { evidence: [] }, "EVIDENCE_REQUIRED"],
    ["evidence", { evidence: Array.from({ length: EVIDENCE_LIMITS.maxFiles + 1 }, () => ({ fileName: "a.pdf", contentBase64: PDF })) }, "LIST_TOO_LONG"],
    ["evidence[0].contentBase64", { evidence: [{ fileName: "besar.pdf", contentBase64: Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(EVIDENCE_LIMITS.maxFileBytes)]).toString("base64") }] }, "FILE_TOO_LARGE"],
    ["evidence[0].contentBase64", { evidence: [{ fileName: "program.pdf", contentBase64: Buffer.from("MZ\x90\x00 this is an executable").toString("base64") }] }, "UNSUPPORTED_FILE_TYPE"],
    ["evidence[0].contentBase64", { evidence: [{ fileName: "page.pdf", contentBase64: Buffer.from("<html><script>alert(1)</script>").toString("base64") }] }, "UNSUPPORTED_FILE_TYPE"],
    ["evidence[1].fileName", { evidence: [{ fileName: "a.pdf", contentBase64: PDF }, { fileName: "foto.pdf", contentBase64: PNG }] }, "UNSUPPORTED_FILE_TYPE"],
    ["evidence[0].fileName", { evidence: [{ fileName: "../../etc/passwd.pdf", contentBase64: PDF }] }, "INVALID_TEXT"],
    ["evidence[0].contentBase64", { evidence: [{ fileName: "a.pdf", contentBase64: "%%%not base64%%%" }] }, "UNREADABLE_FILE"],
  ])("refuses a bad %s with a field error and stores nothing", async (field, over, domainCode) => {
    const before = await count(`SELECT count(*)::int AS n FROM learning_records`);
    const r = await submit(operator, inside[1]!.id, over);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, ...(domainCode ? { domainCode } : {}) });
    expect(await count(`SELECT count(*)::int AS n FROM learning_records`)).toBe(before);
  });

  it("accepts PNG and JPEG evidence recognised by content, with matching names", async () => {
    const r = await submit(admin, outside[1]!.id, { evidence: [{ fileName: "foto.PNG", contentBase64: PNG }, { fileName: "scan.jpeg", contentBase64: JPEG }] });
    expect(r.errors).toBeUndefined();
    expect(r.data!.submitLearningRecord.evidence.map((e: { mediaType: string }) => e.mediaType)).toEqual(["image/png", "image/jpeg"]);
  });
});

describe("verification", () => {
  it("lets only an admin verify or reject; a rejection needs a reason; both are audited", async () => {
    const rec = (await submit(operator, inside[2]!.id)).data!.submitLearningRecord;
    for (const token of [operator, analyst]) expect((await app.gql(VERIFY, { i: { id: rec.id, version: rec.version } }, token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(REJECT, { i: { id: rec.id, version: rec.version, reason: "  " } }, admin)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "reason",
      domainCode: "REJECTION_REASON_REQUIRED",
    });
    expect((await app.gql(REJECT, { i: { id: rec.id, version: rec.version, reason: "x".repeat(501) } }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    const rejected = await app.gql(REJECT, { i: { id: rec.id, version: rec.version, reason: "Sertifikat tidak terbaca." } }, admin);
    expect(rejected.data!.rejectLearningRecord).toMatchObject({ status: "REJECTED", version: 2 });
    expect((await app.gql(VERIFY, { i: { id: rec.id, version: 2 } }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "RECORD_ALREADY_DECIDED" });
    expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'LearningRecord' AND entity_id = $1 AND action = 'DECIDE'`, [rec.id])).toBe(1);
    expect((await app.gql(VERIFY, { i: { id: "00000000-0000-4000-8000-000000000000", version: 1 } }, admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(VERIFY, { i: { id: "nope", version: 1 } }, admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("has one winner when two decisions race: the other gets CONFLICT and the ledger entry is decided once", async () => {
    for (let round = 0; round < 3; round++) {
      const rec = (await submit(operator, inside[3]!.id, { title: `Belajar mandiri ${round}` })).data!.submitLearningRecord;
      const both = await Promise.all([
        app.gql(VERIFY, { i: { id: rec.id, version: rec.version } }, admin),
        round === 0 ? app.gql(VERIFY, { i: { id: rec.id, version: rec.version } }, admin) : app.gql(REJECT, { i: { id: rec.id, version: rec.version, reason: "Tidak sah." } }, admin),
      ]);
      expect(both.filter((r) => !r.errors)).toHaveLength(1);
      expect(both.find((r) => r.errors)!.errors![0]!.extensions?.code).toBe("CONFLICT");
      const [row] = await app.ds.query(`SELECT status, version FROM learning_records WHERE id = $1`, [rec.id]);
      expect(row.version).toBe(2);
      const entries = await app.ds.query(`SELECT verified FROM jp_entries WHERE source_id = $1`, [rec.id]);
      expect(entries).toEqual(row.status === "VERIFIED" ? [{ verified: true }] : []);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1 AND action = 'DECIDE'`, [rec.id])).toBe(1);
    }
  });
});

describe("scope on every field", () => {
  const QUEUE = `query ($f: LearningRecordFilter) { learningRecords(filter: $f, first: 100) { totalCount edges { node { id employee { id unit { id } } evidence { id } } } } }`;

  it("shows an operator its subtree's records only, the analyst all, and the queue filters by status", async () => {
    const all = (await app.gql(QUEUE, {}, analyst)).data!.learningRecords;
    expect(all.totalCount).toBe(await count(`SELECT count(*)::int AS n FROM learning_records`));
    const mine = (await app.gql(QUEUE, {}, operator)).data!.learningRecords;
    const insideIds = new Set(inside.map((e) => e.id));
    expect(mine.totalCount).toBe(mine.edges.length);
    expect(mine.edges.length).toBeGreaterThan(0);
    expect(mine.edges.every((e: { node: { employee: { id: string } } }) => insideIds.has(e.node.employee.id))).toBe(true);
    expect(mine.totalCount).toBeLessThan(all.totalCount);
    const queue = (await app.gql(QUEUE, { f: { statuses: ["SUBMITTED"] } }, admin)).data!.learningRecords;
    expect(queue.totalCount).toBe(await count(`SELECT count(*)::int AS n FROM learning_records WHERE status = 'SUBMITTED'`));
    expect((await app.gql(QUEUE, { f: { unitId: "x" } }, admin)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await app.gql(`{ learningRecords(first: 5, after: "garbage") { totalCount } }`, {}, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_CURSOR" });
  });

  it("lets only admins and the submitting operator download evidence", async () => {
    const Q = `query ($id: ID!) { learningRecord(id: $id) { id evidence { fileName contentBase64 } } }`;
    const content = (token: string, id = firstRecordId) => app.gql(Q, { id }, token);
    expect((await content(admin)).data!.learningRecord.evidence[0].contentBase64).toBe(PDF);
    expect((await content(operator)).data!.learningRecord.evidence[0].contentBase64).toBe(PDF);
    const byAnalyst = await content(analyst);
    expect(byAnalyst.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((byAnalyst.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual(["learningRecord", "evidence", 0, "contentBase64"]);
    // Another user's submission (here an admin's) is not the operator's to download; a record outside its unit is not found.
    const byAdmin = (await submit(admin, inside[0]!.id, { title: "Diunggah admin" })).data!.submitLearningRecord.id;
    expect((await content(operator, byAdmin)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const elsewhere = (await submit(admin, outside[0]!.id, { title: "Di unit lain" })).data!.submitLearningRecord.id;
    expect((await content(operator, elsewhere)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(`query ($id: ID!) { learningRecord(id: $id) { evidence { fileName } } }`, { id: elsewhere }, analyst)).data!.learningRecord.evidence).toEqual([{ fileName: "sertifikat.pdf" }]);
  });

  it("keeps ledgers, rollups, drill-downs and the export of an operator inside its subtree, nested fields too", async () => {
    const ledger = `query ($e: ID!) { jpLedger(employeeId: $e, year: 2026) { earnedJp employee { id } } }`;
    expect((await app.gql(ledger, { e: inside[0]!.id }, operator)).errors).toBeUndefined();
    expect((await app.gql(ledger, { e: outside[0]!.id }, operator)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(ledger, { e: outside[0]!.id }, analyst)).errors).toBeUndefined();
    const compliance = `query ($u: ID) { jpCompliance(year: 2026, unitId: $u) { total { unit { id } pnsCount } units { unit { id } } } }`;
    const own = (await app.gql(compliance, {}, operator)).data!.jpCompliance;
    expect(own.total.unit.id).toBe(dinkesId);
    expect(own.total.pnsCount).toBe(inside.length);
    expect((await app.gql(compliance, { u: rootId }, operator)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(compliance, { u: "bad" }, operator)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unitId" });
    // An empty id is not "no unit" (the fuzz test found it reaching SQL as an invalid uuid).
    expect((await app.gql(compliance, { u: "" }, analyst)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unitId" });
    expect((await app.gql(`{ jpEmployees(year: 2026, unitId: "", first: 5) { totalCount } }`, {}, analyst)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unitId" });
    expect((await app.gql(`{ jpTrainingHistoryCsv(year: 2026, unitId: "") { rows } }`, {}, analyst)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unitId" });
    const city = (await app.gql(compliance, {}, analyst)).data!.jpCompliance;
    expect(city.total.unit.id).toBe(rootId);
    const list = `query ($u: ID) { jpEmployees(year: 2026, unitId: $u, first: 100) { totalCount edges { node { employee { id jpLedger(year: 2026) { earnedJp } } } } } }`;
    const mine = (await app.gql(list, {}, operator)).data!.jpEmployees;
    expect(mine.totalCount).toBe(await count(`SELECT count(*)::int AS n FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.active AND u.path LIKE (SELECT path FROM units WHERE id = $1) || '%'`, [dinkesId]));
    const insideAll = new Set((await app.ds.query(`SELECT e.id FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.path LIKE (SELECT path FROM units WHERE id = $1) || '%'`, [dinkesId])).map((r: { id: string }) => r.id));
    expect(mine.edges.every((e: { node: { employee: { id: string; jpLedger: unknown } } }) => insideAll.has(e.node.employee.id) && e.node.employee.jpLedger !== null)).toBe(true);
    const elsewhere = outside[0]!.unit_id;
    expect((await app.gql(list, { u: elsewhere }, operator)).data!.jpEmployees).toMatchObject({ totalCount: 0, edges: [] });
    const csv = (await app.gql(`{ jpTrainingHistoryCsv(year: 2026, includePending: true) { csv rows } }`, {}, operator)).data!.jpTrainingHistoryCsv;
    const outsideNips = new Set((await app.ds.query(`SELECT nip FROM employees WHERE id = ANY($1::uuid[])`, [outside.map((e) => e.id)])).map((r: { nip: string }) => r.nip));
    expect(csv.rows).toBeGreaterThan(0);
    expect(csv.csv.split("\r\n").slice(1, -1).every((line: string) => !outsideNips.has(line.split(",")[0]!))).toBe(true);
    expect((await app.gql(`{ jpEmployees(year: 2026, first: 5, after: "eyJ4IjoxfQ") { totalCount } }`, {}, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_CURSOR" });
    expect((await app.gql(`{ jpEmployees(year: 2026, first: 500) { totalCount } }`, {}, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect((await app.gql(`{ jpCompliance(year: -5) { year } }`, {}, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
  });
});

describe("the training-history export", () => {
  it("writes one row per entry with the SIASN kind code, quotes commas and disarms formulas", async () => {
    const [emp] = await app.ds.query(`SELECT id, nip, name FROM employees WHERE id = $1`, [outside[2]!.id]);
    await app.ds.query(
      `INSERT INTO jp_entries (employee_id, year, kind, jp, verified, source, source_id, title, started_on, ended_on) VALUES
       ($1, 2026, 'WORKSHOP', 10, true, 'BATCH', gen_random_uuid(), '=HYPERLINK("http://evil","klik")', '2026-07-01', '2026-07-02'),
       ($1, 2026, 'SEMINAR', 4, true, 'BATCH', gen_random_uuid(), 'Seminar "SPBE", Semarang', '2026-08-01', '2026-08-01'),
       ($1, 2026, 'SEMINAR', 4, true, 'BATCH', gen_random_uuid(), '-2+3', '2026-09-01', '2026-09-01'),
       ($1, 2026, 'SEMINAR', 4, true, 'BATCH', gen_random_uuid(), '@SUM(A1)', '2026-09-02', '2026-09-02')`,
      [emp.id],
    );
    const r = await app.gql(`query ($u: ID) { jpTrainingHistoryCsv(year: 2026, unitId: $u) { fileName rows csv } }`, { u: outside[2]!.unit_id }, analyst);
    expect(r.errors).toBeUndefined();
    const out = r.data!.jpTrainingHistoryCsv;
    expect(out.fileName).toBe("riwayat-pengembangan-2026.csv");
    const lines: string[] = out.csv.split("\r\n");
    expect(lines[0]).toBe("nip,name,employment_type,unit_code,unit_name,kind,siasn_kind_code,title,started_on,ended_on,jp,source,status");
    expect(lines.at(-1)).toBe("");
    expect(out.rows).toBe(lines.length - 2);
    const ours = ["HYPERLINK", "SPBE\"\", Semarang", "-2+3", "@SUM(A1)"];
    const mine = lines.filter((l) => l.startsWith(`${emp.nip},`) && ours.some((t) => l.includes(t)));
    expect(mine).toHaveLength(4);
    expect(mine[0]).toContain(`,WORKSHOP,${siasnCode("WORKSHOP")},"'=HYPERLINK(""http://evil"",""klik"")",2026-07-01,2026-07-02,10.00,BATCH,VERIFIED`);
    expect(mine[1]).toContain(`,SEMINAR,${siasnCode("SEMINAR")},"Seminar ""SPBE"", Semarang",`);
    expect(mine[2]).toContain(`,'-2+3,`);
    expect(mine[3]).toContain(`,'@SUM(A1),`);
    // Every cell of every line: none starts with a formula character.
    for (const line of lines.slice(1, -1)) {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, "").replace(/^"|"$/g, ""));
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
    }
    const pending = (await app.gql(`{ jpTrainingHistoryCsv(year: 2026, includePending: true) { rows } }`, {}, admin)).data!.jpTrainingHistoryCsv.rows;
    const verifiedOnly = (await app.gql(`{ jpTrainingHistoryCsv(year: 2026) { rows } }`, {}, admin)).data!.jpTrainingHistoryCsv.rows;
    expect(pending).toBe(await count(`SELECT count(*)::int AS n FROM jp_entries WHERE year = 2026`));
    expect(verifiedOnly).toBe(await count(`SELECT count(*)::int AS n FROM jp_entries WHERE year = 2026 AND verified`));
  });
});

describe("SQL statements per request", () => {
  const statements = async (query: string, vars: Record<string, unknown>) => {
    app.counter.reset();
    const r = await app.gql(query, vars, admin);
    expect(r.errors).toBeUndefined();
    return app.counter.count;
  };

  it("do not grow with the rows of a drill-down page, its nested ledgers, entries and kinds", async () => {
    const Q = `query ($n: Int) { jpEmployees(year: 2026, first: $n) { totalCount edges { node { earnedJp status warning employee { name unit { name } jpLedger(year: 2025) { earnedJp } }
      entries { kind jp } earnedByKind { kind earnedJp } } } } }`;
    const small = await statements(Q, { n: 3 });
    const large = await statements(Q, { n: 40 });
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });

  it("do not grow with the rows of the verification queue (employee, evidence) or the compliance units", async () => {
    const Q = `query ($n: Int) { learningRecords(first: $n) { totalCount edges { node { id employee { name } evidence { fileName size } } } } }`;
    expect(await statements(Q, { n: 100 })).toBe(await statements(Q, { n: 1 }));
    const C = `{ jpCompliance(year: 2026) { total { pnsCount unit { name } } units { share unit { name } } } }`;
    expect(await statements(C, {})).toBeLessThanOrEqual(4);
  });
});

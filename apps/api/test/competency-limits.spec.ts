import {
  COMPETENCY_CODE_MAX_LENGTH,
  COMPETENCY_DESCRIPTION_MAX_LENGTH,
  COMPETENCY_NAME_MAX_LENGTH,
  CYCLE_NAME_MAX_LENGTH,
  POSITION_TITLE_MAX_LENGTH,
} from "@bina/domain";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * Issue 6 defect 9 and §2.11 for the competency dictionary: one source per length limit (the domain constant) shared
 * by the input, the column and the form; the longest valid value is stored, one more character is a field error
 * (never a 500); free text refuses control characters, bidi overrides, formula prefixes and blank values.
 */
let app: TestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp({ employees: 30 });
  admin = await app.login("admin");
});
afterAll(() => app.close());

const CREATE = `mutation ($i: CompetencyInput!) { createCompetency(input: $i) { id code name description version } }`;
const UPDATE = `mutation ($i: UpdateCompetencyInput!) { updateCompetency(input: $i) { name description version } }`;
const STANDARD = `mutation ($i: SetStandardInput!) { setCompetencyStandard(input: $i) { id positionTitle level } }`;

let n = 0;
/** A valid technical code of exactly `length` characters, unique per call. */
const codeOf = (length: number): string => {
  n += 1;
  const tag = `T.X${n}`;
  return `${tag}${"A".repeat(length - tag.length)}`;
};
const create = (over: Record<string, unknown> = {}) =>
  app.gql(CREATE, { i: { code: codeOf(20), kind: "TECHNICAL", name: "Pengelolaan Arsip", description: null, ...over } }, admin);

describe("the database columns have the domain's lengths", () => {
  it.each([
    ["competencies", "code", COMPETENCY_CODE_MAX_LENGTH],
    ["competencies", "name", COMPETENCY_NAME_MAX_LENGTH],
    ["competency_standards", "position_title", POSITION_TITLE_MAX_LENGTH],
    ["assessment_cycles", "name", CYCLE_NAME_MAX_LENGTH],
  ])("%s.%s is varchar(%i)", async (table, column, max) => {
    const [row] = await app.ds.query(`SELECT character_maximum_length AS n FROM information_schema.columns WHERE table_name = $1 AND column_name = $2`, [table, column]);
    expect(row.n).toBe(max);
  });

  it("competencies.description is checked at COMPETENCY_DESCRIPTION_MAX_LENGTH", async () => {
    const [id] = await app.ds.query(`SELECT id FROM competencies LIMIT 1`);
    await expect(app.ds.query(`UPDATE competencies SET description = repeat('a', $2) WHERE id = $1`, [id.id, COMPETENCY_DESCRIPTION_MAX_LENGTH + 1])).rejects.toThrow(
      /competencies_description_length/,
    );
  });
});

describe("createCompetency: the longest valid value is stored, one more is a field error", () => {
  it("code", async () => {
    const longest = codeOf(COMPETENCY_CODE_MAX_LENGTH);
    const ok = await create({ code: longest });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createCompetency.code).toBe(longest);
    const tooLong = await create({ code: codeOf(COMPETENCY_CODE_MAX_LENGTH + 1) });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code", domainCode: "INVALID_COMPETENCY_CODE" });
    // What the old input allowed (60) is a field error too, never a 500 from varchar(40).
    expect((await create({ code: codeOf(60) })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
  });

  it("name, counted in characters (code points), not UTF-16 units", async () => {
    const longest = `Ä${"é".repeat(COMPETENCY_NAME_MAX_LENGTH - 2)}🙂`; // 150 code points, 151 UTF-16 units
    const ok = await create({ name: longest });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createCompetency.name).toBe(longest);
    const tooLong = await create({ name: "a".repeat(COMPETENCY_NAME_MAX_LENGTH + 1) });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name", domainCode: "INVALID_COMPETENCY_NAME" });
  });

  it("description", async () => {
    const longest = "d".repeat(COMPETENCY_DESCRIPTION_MAX_LENGTH);
    const ok = await create({ description: longest });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createCompetency.description).toBe(longest);
    const tooLong = await create({ description: "d".repeat(COMPETENCY_DESCRIPTION_MAX_LENGTH + 1) });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "description", domainCode: "INVALID_COMPETENCY_DESCRIPTION" });
    // What the old input allowed (2,000) is a field error too.
    expect((await create({ description: "d".repeat(2000) })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "description" });
  });

  it("an oversized string never reaches the domain (the input's bound), and is still a field error", async () => {
    const r = await create({ name: "n".repeat(100_000) });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
  });
});

describe("free text of the dictionary and standards", () => {
  const BAD: [string, string, string][] = [
    ["a control character", "Arsip\u0007Digital", "CONTROL_CHARACTER"],
    ["a bidi override", "Arsip \u202Elatigid", "BIDI_CONTROL"],
    ["a formula", "=HYPERLINK(\"http://x\")", "FORMULA"],
    ["a command formula", "+cmd|' /C calc'!A0", "FORMULA"],
    ["whitespace only", "   \t ", "EMPTY"],
    ["nothing", "", "EMPTY"],
  ];

  it.each(BAD)("competency name with %s is a field error", async (_what, name, reason) => {
    const r = await create({ name });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name", reason });
  });

  it.each(BAD.filter(([, , reason]) => reason !== "EMPTY"))("competency description with %s is a field error", async (_what, description, reason) => {
    const r = await create({ description });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "description", reason });
  });

  it.each(BAD.filter(([, , reason]) => reason !== "EMPTY"))("updateCompetency name with %s is a field error", async (_what, name, reason) => {
    const c = (await create()).data!.createCompetency;
    const r = await app.gql(UPDATE, { i: { id: c.id, version: c.version, name } }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name", reason });
  });

  it.each(BAD.filter(([, , reason]) => reason !== "EMPTY"))("a standard's position title with %s is a field error", async (_what, positionTitle, reason) => {
    const c = (await create()).data!.createCompetency;
    const r = await app.gql(STANDARD, { i: { competencyId: c.id, positionKind: "PELAKSANA", positionTitle, level: 2 } }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "positionTitle", reason });
  });

  it("a standard's position title: the longest is stored, one more is a field error", async () => {
    const c = (await create()).data!.createCompetency;
    const longest = "J".repeat(POSITION_TITLE_MAX_LENGTH);
    const ok = await app.gql(STANDARD, { i: { competencyId: c.id, positionKind: "PELAKSANA", positionTitle: longest, level: 2 } }, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.setCompetencyStandard.positionTitle).toBe(longest);
    const tooLong = await app.gql(STANDARD, { i: { competencyId: c.id, positionKind: "PELAKSANA", positionTitle: `${longest}J`, level: 2 } }, admin);
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "positionTitle" });
  });

  it("a blank position title means any title of the kind", async () => {
    const c = (await create()).data!.createCompetency;
    const r = await app.gql(STANDARD, { i: { competencyId: c.id, positionKind: "PELAKSANA", positionTitle: "   ", level: 2 } }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.setCompetencyStandard.positionTitle).toBeNull();
  });
});

import { startTestApp, type TestApp } from "./support/test-app";

/** Bad cursors and ids on the needs queries are field errors or empty results, never a silent restart or a 500. */
let app: TestApp;
let analyst: string;
const YEAR = 2026;

beforeAll(async () => {
  app = await startTestApp({ employees: 80 });
  analyst = await app.login("analyst");
});
afterAll(() => app.close());

const cursor = (values: unknown): string => Buffer.from(JSON.stringify(values), "utf8").toString("base64url");

describe("offset cursors of the ranked lists (issue 6 defect 12)", () => {
  const LISTS = [
    ["rankedNeeds", `query ($f: NeedsFilter!, $after: String) { rankedNeeds(filter: $f, first: 5, after: $after) { edges { cursor } } }`],
    ["jobPersonMatches", `query ($f: NeedsFilter!, $after: String) { jobPersonMatches(filter: $f, first: 5, after: $after) { edges { cursor } } }`],
  ] as const;

  let employeeCursor: string;
  beforeAll(async () => {
    const r = await app.gql(`{ employees(first: 1) { pageInfo { endCursor } } }`, {}, analyst);
    employeeCursor = r.data!.employees.pageInfo.endCursor;
    expect(employeeCursor).toEqual(expect.any(String));
  });

  const BAD: [string, () => string][] = [
    ["garbage", () => "not a cursor at all"],
    ["base64 of garbage", () => Buffer.from("{{{").toString("base64url")],
    ["a negative offset", () => cursor(["-5"])],
    ["a fractional offset", () => cursor(["2.5"])],
    ["a number instead of a list", () => cursor(7)],
    ["a keyset cursor of another list (employees)", () => employeeCursor],
    ["an offset too large for an integer", () => cursor(["99999999999999999999"])],
  ];

  it.each(LISTS.flatMap(([name, query]) => BAD.map(([what, make]) => [name, what, query, make] as const)))(
    "%s refuses %s with INVALID_CURSOR naming `after`",
    async (_name, _what, query, make) => {
      const r = await app.gql(query, { f: { year: YEAR }, after: make() }, analyst);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after", domainCode: "INVALID_CURSOR" });
      expect(r.data ?? null).toBeNull();
    },
  );

  it.each(LISTS)("%s continues after its own cursor", async (name, query) => {
    const first = await app.gql(query, { f: { year: YEAR } }, analyst);
    const edges = first.data![name].edges as { cursor: string }[];
    expect(edges).toHaveLength(5);
    const next = await app.gql(query, { f: { year: YEAR }, after: edges[4]!.cursor }, analyst);
    expect(next.errors).toBeUndefined();
    expect(next.data![name].edges[0].cursor).not.toBe(edges[0]!.cursor);
  });
});

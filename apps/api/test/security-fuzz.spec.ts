import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { createSchema } from "../src/graphql/schema";
import { startTestApp, type GqlResponse, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let schema: GraphQLSchema;
beforeAll(async () => {
  app = await startTestApp({ employees: 40 });
  admin = await app.login("admin");
  schema = await createSchema();
});
afterAll(() => app.close());

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v), "utf8").toString("base64url");

/** What an attacker sends in a text or id argument. */
const FUZZ: readonly [string, string][] = [
  ["NUL", "a\u0000b"],
  ["only NUL", "\u0000"],
  ["lone high surrogate", "x\uD800y"],
  ["lone low surrogate", "\uDC00"],
  ["100k chars", "x".repeat(100_000)],
  ["formula", '=HYPERLINK("http://evil.example","x")'],
  ["DDE formula", "+cmd|' /C calc'!A0"],
  ["not a uuid", "not-a-uuid"],
  ["nil uuid", "00000000-0000-0000-0000-000000000000"],
  ["SQL in a cursor", b64(["x'; --"])],
  ["huge number in a cursor", b64([1e308])],
  ["object cursor", b64([{ a: 1 }, null, "x"])],
  ["empty", ""],
  ["whitespace", "   "],
  ["bidi override", "abc\u202Edef"],
];
const NUL_LABELS = new Set(["NUL", "only NUL", "lone high surrogate", "lone low surrogate"]);

/** A plausible value for an argument that is not being fuzzed, so the request reaches as far as it can. */
function sample(type: GraphQLInputType, name: string, depth = 0): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [sample(t.ofType as GraphQLInputType, name, depth)];
  if (isEnumType(t)) return t.getValues()[0]!.value;
  if (isInputObjectType(t)) {
    if (depth > 3) return {};
    return Object.fromEntries(
      Object.values(t.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type, f.name, depth + 1)]),
    );
  }
  switch (t.name) {
    case "Int":
      return { year: 2026, first: 5, last: 5, version: 1, level: 3, participants: 10, jp: 20 }[name] ?? 1;
    case "Float":
      return 1000;
    case "Boolean":
      return name === "dryRun";
    case "ID":
      return "00000000-0000-4000-8000-000000000000";
    case "Rupiah":
      return 1_000_000;
    case "Date":
      return "2026-01-15";
    case "DateTime":
      return "2026-01-15T00:00:00.000Z";
    default:
      return "x";
  }
}

/** Paths (argument, then input fields) that hold text or ids, with whether they are lists. */
function textSlots(type: GraphQLInputType, path: string[], depth = 0): { path: string[]; list: boolean }[] {
  const t = getNullableType(type) as GraphQLInputType;
  const named = getNamedType(t);
  if (isScalarType(named) && (named.name === "String" || named.name === "ID")) return [{ path, list: isListType(t) }];
  if (isInputObjectType(named) && depth < 3) return Object.values(named.getFields()).flatMap((f) => textSlots(f.type, [...path, f.name], depth + 1));
  return [];
}

/** Sets the value at a path of input fields; through a list of input objects, in its first item. */
const setAt = (root: Record<string, unknown>, path: string[], value: unknown) => {
  let o = root;
  for (const key of path.slice(0, -1)) {
    const next = (o[key] ??= {}) as Record<string, unknown> | Record<string, unknown>[];
    o = Array.isArray(next) ? next[0]! : next;
  }
  o[path.at(-1)!] = value;
};

interface Case {
  readonly label: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly fuzz: string;
}

function casesFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): Case[] {
  const args: readonly GraphQLArgument[] = field.args;
  const slots = args.flatMap((a) => textSlots(a.type, [a.name]));
  if (slots.length === 0) return [];
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  const query = `${kind} (${args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ")}) { ${field.name}(${args.map((a) => `${a.name}: $${a.name}`).join(", ")})${selection} }`;
  const base = () => Object.fromEntries(args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, sample(a.type, a.name)]));
  return slots.flatMap(({ path, list }) => {
    const at = `${field.name}(${path.join(".")})`;
    const values: [string, unknown][] = FUZZ.map(([l, v]) => [l, list ? [v] : v]);
    if (list) values.push(["70,000 items", Array.from({ length: 70_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`)]);
    return values.map(([fuzz, value]) => {
      const variables = base();
      setAt(variables, path, value);
      return { label: `${at} = ${fuzz}`, query, variables, fuzz };
    });
  });
}

async function send(c: Case): Promise<{ status: number; body: GqlResponse }> {
  const res = await fetch(`${app.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as GqlResponse };
  } catch {
    return { status: res.status, body: { errors: [{ message: text.slice(0, 200), extensions: { code: "NOT_JSON" } }] } };
  }
}

describe("fuzzing every text and id argument of the schema", () => {
  it("never answers INTERNAL_SERVER_ERROR or HTTP 5xx, and refuses malformed text before any resolver", async () => {
    // Mutations that end the session are left out: everything after them would only test the token check.
    const skip = new Set(["logout"]);
    const cases = [
      ...Object.values(schema.getQueryType()!.getFields()).flatMap((f) => casesFor("query", f)),
      ...Object.values(schema.getMutationType()!.getFields())
        .filter((f) => !skip.has(f.name))
        .flatMap((f) => casesFor("mutation", f)),
    ];
    expect(cases.length).toBeGreaterThan(300);
    const failures: string[] = [];
    const unguarded: string[] = [];
    const queue = [...cases];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const { status, body } = await send(c);
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        if (status >= 500 || codes.includes("INTERNAL_SERVER_ERROR") || codes.includes("NOT_JSON")) failures.push(`${c.label}: HTTP ${status} ${codes.join(",")}`);
        // Refused as bad input: by the guard (INVALID_TEXT), or earlier when another sampled argument does not coerce.
        if (NUL_LABELS.has(c.fuzz) && !(body.errors ?? []).some((e) => e.extensions?.code === "BAD_USER_INPUT")) {
          unguarded.push(`${c.label}: ${JSON.stringify(body.errors?.[0]?.extensions ?? body.data)}`);
        }
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures).toEqual([]);
    expect(unguarded).toEqual([]);
    // Every argument of a schema that grows with each stage, times the fuzz values: longer than the default timeout.
  }, 300_000);
});

describe("the input guard", () => {
  const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
  const ext = (r: GqlResponse) => r.errors?.[0]?.extensions;

  it.each([
    ["a NUL in the anonymous login", { u: "adm\u0000in", p: "x" }, "username", "INVALID_TEXT", "MALFORMED"],
    ["a lone surrogate in the password", { u: "admin", p: "\uD83D" }, "password", "INVALID_TEXT", "MALFORMED"],
    ["a text over 100,000 characters", { u: "a".repeat(100_001), p: "x" }, "username", "INVALID_TEXT", "TOO_LONG"],
  ])("refuses %s as BAD_USER_INPUT naming the argument, before any SQL", async (_l, variables, field, domainCode, reason) => {
    app.counter.reset();
    const r = await app.gql(LOGIN, variables);
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field, domainCode, reason });
    expect(app.counter.count).toBe(0);
  });

  it("names the path inside an input object and refuses a list over 1,000 items", async () => {
    const r = await app.gql(`mutation ($i: CompetencyInput!) { createCompetency(input: $i) { id } }`, {
      i: { code: "T.NUL", kind: "TECHNICAL", name: "Na\u0000me" },
    }, admin);
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "name", domainCode: "INVALID_TEXT" });
    const listArg = Object.values(schema.getMutationType()!.getFields())
      .flatMap((f) => f.args.flatMap((a) => textSlots(a.type, [a.name]).map((s) => ({ f, s }))))
      .find(({ s }) => s.list);
    expect(listArg).toBeDefined();
    const [c] = casesFor("mutation", listArg!.f).filter((x) => x.fuzz === "70,000 items" && x.label.startsWith(`${listArg!.f.name}(${listArg!.s.path.join(".")})`));
    const { status, body } = await send(c!);
    expect(status).toBe(400);
    expect(ext(body)).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "LIST_TOO_LONG", field: listArg!.s.path.join(".").replace(/^input\./, "") });
  });
});

describe("races end in CONFLICT, never a server error", () => {
  const codes = (rs: GqlResponse[]) => rs.map((r) => (r.errors ? String(r.errors[0]?.extensions?.code) : "OK"));

  it("two createCompetency with one code: one wins, the other gets CONFLICT", async () => {
    const CREATE = `mutation ($i: CompetencyInput!) { createCompetency(input: $i) { id } }`;
    for (let round = 0; round < 5; round++) {
      const input = { code: `T.RACE${round}`, kind: "TECHNICAL", name: `Balapan ${round}` };
      const results = await Promise.all([app.gql(CREATE, { i: input }, admin), app.gql(CREATE, { i: input }, admin)]);
      expect(codes(results).sort()).toEqual(["CONFLICT", "OK"]);
    }
  });

  it("two setCompetencyStandard for one new key: no server error, one standard stored", async () => {
    const created = await app.gql<{ createCompetency: { id: string } }>(
      `mutation ($i: CompetencyInput!) { createCompetency(input: $i) { id } }`,
      { i: { code: "T.STDRACE", kind: "TECHNICAL", name: "Standar balapan" } },
      admin,
    );
    const competencyId = created.data!.createCompetency.id;
    const SET = `mutation ($i: SetStandardInput!) { setCompetencyStandard(input: $i) { id } }`;
    for (const positionKind of ["PELAKSANA", "PENGAWAS", "ADMINISTRATOR"]) {
      const input = { competencyId, positionKind, level: 3 };
      const results = await Promise.all([app.gql(SET, { i: input }, admin), app.gql(SET, { i: input }, admin)]);
      expect(codes(results)).toContain("OK");
      for (const c of codes(results)) expect(["OK", "CONFLICT"]).toContain(c);
    }
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM competency_standards WHERE competency_id = $1 AND position_kind = 'PELAKSANA'`, [competencyId]);
    expect(n).toBe(1);
  });

  it("two recordSkpResult for one employee and year: no server error, one result stored", async () => {
    const rows: { id: string }[] = await app.ds.query(
      `SELECT e.id FROM employees e WHERE e.active AND NOT EXISTS (SELECT 1 FROM skp_results s WHERE s.employee_id = e.id AND s.year = 2025) LIMIT 3`,
    );
    const RECORD = `mutation ($i: RecordSkpInput!) { recordSkpResult(input: $i) { __typename } }`;
    for (const { id } of rows) {
      const input = { employeeId: id, year: 2025, resultRating: "MEETS", behaviourRating: "MEETS" };
      const results = await Promise.all([app.gql(RECORD, { i: input }, admin), app.gql(RECORD, { i: input }, admin)]);
      expect(codes(results)).toContain("OK");
      for (const c of codes(results)) expect(["OK", "CONFLICT"]).toContain(c);
      const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM skp_results WHERE employee_id = $1 AND year = 2025`, [id]);
      expect(n).toBe(1);
    }
  });
});

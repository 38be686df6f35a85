import { EMAIL_MAX_LENGTH, PERSON_NAME_MAX_LENGTH, PHONE_MAX_LENGTH, POSITION_TITLE_MAX_LENGTH } from "@bina/domain";
import { startTestApp, type GqlResponse, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
const unitId: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp({ employees: 300 });
  admin = await app.login("admin");
  operator = await app.login("operator");
  for (const u of await app.ds.query(`SELECT id, code FROM units`)) unitId[u.code] = u.id;
});
afterAll(() => app.close());

const LIST = `query ($first: Int, $after: String, $filter: EmployeeFilter, $sort: EmployeeSort) {
  employees(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id nip name rank { code order } unit { code } } }
  }
}`;
const CREATE = `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id nip gender birthDate version rank { code name } unit { code } } }`;
const UPDATE = `mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id name version } }`;

const newEmployee = (over: Record<string, unknown> = {}) => ({
  nip: "19900101 201503 2 987",
  name: "Rina Wulandari, S.Kom.",
  employmentType: "PNS",
  rankCode: "III/a",
  positionKind: "FUNGSIONAL",
  positionTitle: "Pranata Komputer Ahli Pertama",
  functionalGrade: "AHLI_PERTAMA",
  unitId: unitId["3373.DINKES"],
  ...over,
});

type Node = { id: string; nip: string; name: string; unit: { code: string }; rank: { code: string; order: number } };
type Page = { employees: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] } };

async function allPages(variables: Record<string, unknown>, token = admin): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const r: GqlResponse<Page> = await app.gql<Page>(LIST, { ...variables, first: 37, after }, token);
    expect(r.errors).toBeUndefined();
    nodes.push(...r.data!.employees.edges.map((e) => e.node));
    if (!r.data!.employees.pageInfo.hasNextPage) return nodes;
    after = r.data!.employees.pageInfo.endCursor;
  }
}

describe("employees list", () => {
  it.each(["NAME", "NIP", "RANK", "UNIT", "UPDATED_AT"])("pages through every active employee exactly once, sorted by %s", async (field) => {
    for (const direction of ["ASC", "DESC"]) {
      const nodes = await allPages({ sort: { field, direction } });
      const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM employees WHERE active`);
      expect(nodes).toHaveLength(n);
      expect(new Set(nodes.map((x) => x.id)).size).toBe(n);
    }
  });

  it("sorts by name in the database's order", async () => {
    const nodes = await allPages({ sort: { field: "NAME", direction: "ASC" } });
    const expected = await app.ds.query(`SELECT id FROM employees WHERE active ORDER BY name, id`);
    expect(nodes.map((x) => x.id)).toEqual(expected.map((r: { id: string }) => r.id));
  });

  it("filters a unit together with its sub-units", async () => {
    const nodes = await allPages({ filter: { unitId: unitId["3373.DINKES"] } });
    const expected = await app.ds.query(
      `SELECT e.id FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.active AND (u.code = '3373.DINKES' OR u.code LIKE '3373.DINKES.%')`,
    );
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((x) => x.id))).toEqual(new Set(expected.map((r: { id: string }) => r.id)));
    expect(nodes.some((x) => x.unit.code !== "3373.DINKES")).toBe(true);
  });

  it("combines rank, position kind, employment type and gender filters", async () => {
    const filter = { rankCodes: ["III/a", "III/b"], positionKinds: ["FUNGSIONAL", "PELAKSANA"], employmentType: "PNS", gender: "FEMALE" };
    const r = await app.gql<Page>(LIST, { first: 100, filter }, admin);
    const [{ n }] = await app.ds.query(
      `SELECT count(*)::int AS n FROM employees WHERE active AND rank_code IN ('III/a','III/b') AND position_kind IN ('FUNGSIONAL','PELAKSANA') AND employment_type = 'PNS' AND gender = 'FEMALE'`,
    );
    expect(r.data!.employees.totalCount).toBe(n);
  });

  it("searches by a NIP prefix typed with spaces, and by part of a name", async () => {
    const [someone] = await app.ds.query(`SELECT nip, name FROM employees WHERE active ORDER BY nip LIMIT 1`);
    const byNip = await app.gql<Page>(LIST, { filter: { search: `${someone.nip.slice(0, 8)} ${someone.nip.slice(8, 14)}` } }, admin);
    expect(byNip.data!.employees.edges.map((e) => e.node.nip)).toContain(someone.nip);
    const word = someone.name.split(" ")[0].toLowerCase();
    const byName = await app.gql<Page>(LIST, { first: 100, filter: { search: word } }, admin);
    expect(byName.data!.employees.edges.every((e) => e.node.name.toLowerCase().includes(word) || e.node.nip.startsWith(word))).toBe(true);
  });

  it("caps the page size at 100, naming the argument", async () => {
    const r = await app.gql(LIST, { first: 101 }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("refuses a cursor made for another sort order", async () => {
    const r1 = await app.gql<Page>(LIST, { first: 5, sort: { field: "RANK", direction: "ASC" } }, admin);
    const r2 = await app.gql(LIST, { first: 5, after: r1.data!.employees.pageInfo.endCursor, sort: { field: "NAME", direction: "ASC" } }, admin);
    expect(r2.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("unit scope of an operator", () => {
  it("lists only the operator's unit and its sub-units", async () => {
    const nodes = await allPages({}, operator);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((x) => x.unit.code.startsWith("3373.DINKES"))).toBe(true);
  });

  it("cannot read, change or deactivate an employee of another unit", async () => {
    const [other] = await app.ds.query(
      `SELECT e.id, e.version, e.name, u.name AS unit FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.code NOT LIKE '3373.DINKES%' LIMIT 1`,
    );
    const read = await app.gql(`query ($id: ID!) { employee(id: $id) { id } }`, { id: other.id }, operator);
    expect(read.data?.employee).toBeNull();
    const upd = await app.gql(UPDATE, { input: { id: other.id, version: other.version, name: "Diubah Operator" } }, operator);
    expect(upd.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const deact = await app.gql(`mutation ($id: ID!, $v: Int!) { deactivateEmployee(id: $id, version: $v) { id } }`, { id: other.id, v: other.version }, operator);
    expect(deact.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // The refusal does not tell the operator where the employee works (issue 6 2.6: nothing read outside the subtree).
    for (const refused of [upd, deact]) expect(refused.errors?.[0]?.message).not.toContain(other.unit);
    const [after] = await app.ds.query(`SELECT name, active FROM employees WHERE id = $1`, [other.id]);
    expect(after).toEqual({ name: other.name, active: true });
  });

  it("cannot create an employee in another unit, nor move one there", async () => {
    const r = await app.gql(CREATE, { input: newEmployee({ nip: "199001012015032986", unitId: unitId["3373.BKPSDM"] }) }, operator);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const [mine] = await app.ds.query(`SELECT e.id, e.version FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.code = '3373.DINKES' LIMIT 1`);
    const move = await app.gql(UPDATE, { input: { id: mine.id, version: mine.version, unitId: unitId["3373.BKPSDM"] } }, operator);
    expect(move.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const [{ name }] = await app.ds.query(`SELECT name FROM units WHERE code = '3373.BKPSDM'`);
    for (const refused of [r, move]) expect(refused.errors?.[0]?.message).not.toContain(name);
  });
});

describe("create, update, deactivate", () => {
  it.each([
    ["a month 13 in the birth date", "19901301 201503 2 987", "BIRTH_DATE_INVALID"],
    ["gender digit 3", "19900101 201503 3 987", "GENDER_INVALID"],
    ["sequence 000", "19900101 201503 2 000", "SEQUENCE_ZERO"],
    ["17 digits", "19900101201503298", "WRONG_LENGTH"],
    ["an appointment before the 18th birthday", "19900101 200503 2 987", "APPOINTMENT_BEFORE_MIN_AGE"],
  ])("refuses a NIP with %s, naming the field and the reason, and writes nothing", async (_l, nip, reason) => {
    const [{ n: before }] = await app.ds.query(`SELECT count(*)::int AS n FROM employees`);
    const r = await app.gql(CREATE, { input: newEmployee({ nip }) }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "nip", domainCode: "INVALID_NIP", reason });
    const [{ n: after }] = await app.ds.query(`SELECT count(*)::int AS n FROM employees`);
    expect(after).toBe(before);
  });

  it("reports every invalid field at once", async () => {
    const r = await app.gql(CREATE, { input: newEmployee({ rankCode: "IX", functionalGrade: null, email: "not-an-email" }) }, admin);
    const fields = (r.errors?.[0]?.extensions?.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(["email", "functionalGrade", "rankCode"]);
  });

  it("creates an employee with gender and birth date from the NIP, audited", async () => {
    const r = await app.gql(CREATE, { input: newEmployee() }, operator);
    expect(r.errors).toBeUndefined();
    const e = r.data!.createEmployee;
    expect(e).toMatchObject({ nip: "199001012015032987", gender: "FEMALE", birthDate: "1990-01-01", version: 1, rank: { code: "III/a", name: "Penata Muda" }, unit: { code: "3373.DINKES" } });
    const audit = await app.gql(`query ($id: String) { auditLog(filter: { entityType: "Employee", entityId: $id }) { edges { node { action actor { username } before after } } } }`, { id: e.id }, admin);
    expect(audit.data!.auditLog.edges).toHaveLength(1);
    expect(audit.data!.auditLog.edges[0].node).toMatchObject({ action: "CREATE", actor: { username: "operator" }, before: null, after: { nip: "199001012015032987", rankCode: "III/a" } });
  });

  it("refuses a NIP that already exists with CONFLICT", async () => {
    const r = await app.gql(CREATE, { input: newEmployee() }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "nip", domainCode: "DUPLICATE_NIP" });
  });

  it("does not let a stale version overwrite a newer change", async () => {
    const [e] = await app.ds.query(`SELECT id, version FROM employees WHERE nip = '199001012015032987'`);
    const first = await app.gql(UPDATE, { input: { id: e.id, version: e.version, name: "Rina Wulandari, S.Kom., M.Kom." } }, admin);
    expect(first.data!.updateEmployee.version).toBe(e.version + 1);
    const second = await app.gql(UPDATE, { input: { id: e.id, version: e.version, name: "Rina W." } }, operator);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
    const [now] = await app.ds.query(`SELECT name FROM employees WHERE id = $1`, [e.id]);
    expect(now.name).toBe("Rina Wulandari, S.Kom., M.Kom.");
    const audit = await app.gql(`query ($id: String) { auditLog(filter: { entityId: $id }) { edges { node { action before after } } } }`, { id: e.id }, admin);
    expect(audit.data!.auditLog.edges[0].node).toMatchObject({ action: "UPDATE", before: { name: "Rina Wulandari, S.Kom." }, after: { name: "Rina Wulandari, S.Kom., M.Kom." } });
  });

  it("lets exactly one of two simultaneous edits of the same version win", async () => {
    const [e] = await app.ds.query(`SELECT id, version FROM employees WHERE nip = '199001012015032987'`);
    const results = await Promise.all(
      ["Rina A", "Rina B"].map((name) => app.gql(UPDATE, { input: { id: e.id, version: e.version, name, email: null } }, admin)),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const winner = results.find((r) => !r.errors)!.data!.updateEmployee;
    const [now] = await app.ds.query(`SELECT name, version, email FROM employees WHERE id = $1`, [e.id]);
    expect(now).toEqual({ name: winner.name, version: e.version + 1, email: null });
  });

  it("deactivates an employee, who then leaves the default list but stays readable", async () => {
    const [e] = await app.ds.query(`SELECT id, version FROM employees WHERE nip = '199001012015032987'`);
    const r = await app.gql(`mutation ($id: ID!, $v: Int!) { deactivateEmployee(id: $id, version: $v) { active version } }`, { id: e.id, v: e.version }, admin);
    expect(r.data!.deactivateEmployee).toEqual({ active: false, version: e.version + 1 });
    const list = await app.gql<Page>(LIST, { filter: { search: "199001012015032987" } }, admin);
    expect(list.data!.employees.totalCount).toBe(0);
    const inactive = await app.gql<Page>(LIST, { filter: { search: "199001012015032987", active: false } }, admin);
    expect(inactive.data!.employees.totalCount).toBe(1);
  });
});

describe("length limits: one source, the domain's constant (defect 9)", () => {
  // Local part 64, then labels of at most 63: 64 + 1 + 63 + 1 + 63 + 1 + n + 3 = 196 + n.
  const email = (length: number) => `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(length - 196)}.id`;
  let seq = 700;
  const nextNip = () => `1990010120150310${String(++seq).slice(-2)}`;

  it.each([
    ["email", email(EMAIL_MAX_LENGTH), email(EMAIL_MAX_LENGTH + 1)],
    ["name", `Nama ${"x".repeat(PERSON_NAME_MAX_LENGTH - 5)}`, `Nama ${"x".repeat(PERSON_NAME_MAX_LENGTH - 4)}`],
    ["positionTitle", `Jabatan ${"y".repeat(POSITION_TITLE_MAX_LENGTH - 8)}`, `Jabatan ${"y".repeat(POSITION_TITLE_MAX_LENGTH - 7)}`],
  ])("stores the longest valid %s and refuses one character more as a field error", async (field, longest, tooLong) => {
    expect(longest.length + 1).toBe(tooLong.length);
    const extra = field === "positionTitle" ? { positionKind: "PELAKSANA", functionalGrade: null } : {};
    const ok = await app.gql(CREATE, { input: newEmployee({ nip: nextNip(), [field]: longest, ...extra }) }, admin);
    expect(ok.errors).toBeUndefined();
    const column = { email: "email", name: "name", positionTitle: "position_title" }[field]!;
    const [row] = await app.ds.query(`SELECT ${column} AS v FROM employees WHERE id = $1`, [ok.data!.createEmployee.id]);
    expect(row.v).toBe(longest);
    const bad = await app.gql(CREATE, { input: newEmployee({ nip: nextNip(), [field]: tooLong, ...extra }) }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("refuses a phone longer than its limit as a field error, never a 500", async () => {
    const bad = await app.gql(CREATE, { input: newEmployee({ nip: nextNip(), phone: `0812${"3".repeat(PHONE_MAX_LENGTH - 3)}` }) }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "phone" });
  });
});

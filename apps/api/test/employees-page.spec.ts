import { startTestApp, type GqlResponse, type TestApp } from "./support/test-app";

/**
 * The employees page is one hand-written statement (employees-page.sql.ts) that also carries the total when asked: the
 * same rows in the same order with and without `totalCount`, every field as the single-employee query answers it, the
 * total on an empty page, and a statement count that does not depend on asking for the total.
 */
let app: TestApp;
let admin: string;
let operator: string;
beforeAll(async () => {
  app = await startTestApp({ employees: 150 });
  admin = await app.login("admin");
  operator = await app.login("operator");
});
afterAll(() => app.close());

const FIELDS = `id nip name gender birthDate employmentType rank { code name order } positionKind positionTitle functionalGrade
  email phone active version createdAt updatedAt unit { id code name kind }`;
const LIST = (total: boolean) => `query ($first: Int, $after: String, $filter: EmployeeFilter, $sort: EmployeeSort) {
  employees(first: $first, after: $after, filter: $filter, sort: $sort) {
    ${total ? "totalCount" : ""} pageInfo { hasNextPage endCursor } edges { cursor node { ${FIELDS} } }
  }
}`;
type Node = Record<string, unknown> & { id: string };
type Page = { employees: { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Node }[] } };

async function allPages(total: boolean, variables: Record<string, unknown>, token = admin): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (;;) {
    const r: GqlResponse<Page> = await app.gql<Page>(LIST(total), { ...variables, first: 23, after }, token);
    expect(r.errors).toBeUndefined();
    const c = r.data!.employees;
    ids.push(...c.edges.map((e) => e.node.id));
    if (total) totals.push(c.totalCount!);
    if (!c.pageInfo.hasNextPage) return { ids, totals };
    after = c.pageInfo.endCursor;
  }
}

const ORDER: Record<string, string> = {
  NAME: "e.name #, e.id #",
  NIP: "e.nip #, e.id #",
  RANK: "e.employment_type #, e.rank_order #, e.id #",
  UNIT: "u.name #, e.id #",
  UPDATED_AT: "e.updated_at #, e.id #",
};

describe("employees page", () => {
  beforeAll(async () => {
    // Ties on every sort key but the id, and distinct update times, so the keyset's tie-break and timestamps are exercised.
    await app.ds.query(`UPDATE employees SET name = 'Sama Nama' WHERE id IN (SELECT id FROM employees WHERE active ORDER BY nip LIMIT 30)`);
    await app.ds.query(`UPDATE employees SET updated_at = now() - (random() * interval '30 days') WHERE active`);
    // Nullable columns both null and set somewhere.
    await app.ds.query(`UPDATE employees SET email = NULL, phone = NULL WHERE id IN (SELECT id FROM employees ORDER BY nip LIMIT 3)`);
    await app.ds.query(`UPDATE employees SET email = 'pegawai@example.go.id', phone = '081234567890' WHERE id IN (SELECT id FROM employees ORDER BY nip DESC LIMIT 3)`);
    await app.ds.query(
      `UPDATE employees SET position_kind = 'PELAKSANA', functional_grade = NULL WHERE id IN (SELECT id FROM employees WHERE functional_grade IS NOT NULL ORDER BY nip LIMIT 3)`,
    );
    await app.ds.query(
      `UPDATE employees SET position_kind = 'FUNGSIONAL', functional_grade = 'AHLI_MUDA' WHERE id IN (SELECT id FROM employees WHERE functional_grade IS NULL ORDER BY nip DESC LIMIT 3)`,
    );
  });

  it.each(Object.keys(ORDER))("pages in the database's order by %s, both ways, with and without the total", async (field) => {
    for (const direction of ["ASC", "DESC"]) {
      const expected = (
        (await app.ds.query(`SELECT e.id FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.active ORDER BY ${ORDER[field]!.replaceAll("#", direction)}`)) as {
          id: string;
        }[]
      ).map((r) => r.id);
      const withTotal = await allPages(true, { sort: { field, direction } });
      const without = await allPages(false, { sort: { field, direction } });
      expect(withTotal.ids).toEqual(expected);
      expect(without.ids).toEqual(expected);
      expect(new Set(withTotal.totals)).toEqual(new Set([expected.length]));
    }
  });

  it("answers every field as the single-employee query does", async () => {
    const all: Node[] = [];
    let after: string | null = null;
    do {
      const r: GqlResponse<Page> = await app.gql<Page>(LIST(true), { first: 100, after, filter: { active: null } }, admin);
      expect(r.errors).toBeUndefined();
      all.push(...r.data!.employees.edges.map((e) => e.node));
      after = r.data!.employees.pageInfo.hasNextPage ? r.data!.employees.pageInfo.endCursor : null;
    } while (after);
    // The first rows, and for each nullable column a row with it null and one without.
    const picked = new Set(all.slice(0, 10));
    for (const f of ["functionalGrade", "email", "phone"]) {
      for (const isNull of [true, false]) {
        const node = all.find((n) => (n[f] === null) === isNull);
        expect(node).toBeDefined();
        picked.add(node!);
      }
    }
    for (const node of picked) {
      const one = await app.gql<{ employee: Node }>(`query ($id: ID!) { employee(id: $id) { ${FIELDS} } }`, { id: node.id }, admin);
      expect(one.errors).toBeUndefined();
      expect(node).toEqual(one.data!.employee);
    }
    expect(all.every((n) => /^\d{4}-\d{2}-\d{2}$/.test(n.birthDate as string))).toBe(true);
  });

  it("fetches what the query selects, also through fragments, and the same values as a full page", async () => {
    const full = await app.gql<Page>(LIST(true), { first: 30, filter: { active: null } }, admin);
    const shapes = [
      `query ($first: Int) { employees(first: $first, filter: { active: null }) { edges { node { id nip } } } }`,
      `query ($first: Int) { employees(first: $first, filter: { active: null }) { ...C } }
       fragment C on EmployeeConnection { pageInfo { endCursor } edges { ... on EmployeeEdge { cursor node { ...N } } } }
       fragment N on Employee { id email updatedAt unit { code } }`,
      `query ($first: Int) { employees(first: $first, filter: { active: null }) { edges { node { id ... on Employee { birthDate version rank { code } } } } } }`,
    ];
    const byId = new Map(full.data!.employees.edges.map((e) => [e.node.id, e]));
    for (const q of shapes) {
      const r = await app.gql<Page>(q, { first: 30 }, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.employees.edges.map((e) => e.node.id)).toEqual([...byId.keys()]);
      for (const e of r.data!.employees.edges) {
        const ref = byId.get(e.node.id)!;
        for (const [k, v] of Object.entries(e.node)) expect([k, v]).toEqual([k, k === "rank" ? { code: (ref.node.rank as { code: string }).code } : k === "unit" ? { code: (ref.node.unit as { code: string }).code } : ref.node[k]]);
        if (e.cursor !== undefined) expect(e.cursor).toBe(ref.cursor);
      }
    }
  });

  it("gives the total on an empty page: after the last row, and when nothing matches", async () => {
    const [{ n }] = (await app.ds.query(`SELECT count(*)::int AS n FROM employees WHERE active`)) as [{ n: number }];
    const last = (await app.ds.query(`SELECT id FROM employees WHERE active ORDER BY name, id LIMIT 1`)) as { id: string }[];
    const all = await app.gql<Page>(LIST(true), { first: 100, sort: { field: "NAME", direction: "DESC" } }, admin);
    let after = all.data!.employees.pageInfo.endCursor;
    while (after) {
      const r: GqlResponse<Page> = await app.gql<Page>(LIST(true), { first: 100, after, sort: { field: "NAME", direction: "DESC" } }, admin);
      if (!r.data!.employees.pageInfo.hasNextPage) {
        expect(r.data!.employees.edges.at(-1)!.node.id).toBe(last[0]!.id);
        const beyond = await app.gql<Page>(LIST(true), { first: 100, after: r.data!.employees.pageInfo.endCursor, sort: { field: "NAME", direction: "DESC" } }, admin);
        expect(beyond.errors).toBeUndefined();
        expect(beyond.data!.employees).toMatchObject({ totalCount: n, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
        break;
      }
      after = r.data!.employees.pageInfo.endCursor;
    }
    const none = await app.gql<Page>(LIST(true), { filter: { search: "no such employee name" } }, admin);
    expect(none.data!.employees).toMatchObject({ totalCount: 0, edges: [] });
    const noneKept = await app.gql<Page>(LIST(true), { filter: { unitId: "00000000-0000-4000-8000-000000000000" } }, admin);
    expect(noneKept.data!.employees).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("counts and pages an operator's scope with every filter, as a recount does", async () => {
    const [dinkes] = (await app.ds.query(`SELECT path FROM units WHERE code = '3373.DINKES'`)) as { path: string }[];
    const filters: [Record<string, unknown>, string][] = [
      [{}, "e.active"],
      [{ active: null }, "TRUE"],
      [{ active: false }, "NOT e.active"],
      [{ gender: "FEMALE" }, "e.active AND e.gender = 'FEMALE'"],
      [{ rankCodes: ["III/a", "III/b"], active: null }, "e.rank_code IN ('III/a', 'III/b')"],
      [{ search: "a" }, "e.active AND e.name ILIKE '%a%'"],
    ];
    for (const [filter, where] of filters) {
      const expected = (
        (await app.ds.query(`SELECT e.id FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.path LIKE $1 AND ${where} ORDER BY e.name, e.id`, [`${dinkes!.path}%`])) as {
          id: string;
        }[]
      ).map((r) => r.id);
      const page = await allPages(true, { filter }, operator);
      expect(page.ids).toEqual(expected);
      expect(new Set(page.totals)).toEqual(new Set([expected.length]));
    }
  });

  it("runs the same statements with and without the total: the token check and the page", async () => {
    for (const total of [true, false]) {
      app.counter.reset();
      const r = await app.gql(LIST(total), { first: 50 }, admin);
      expect(r.errors).toBeUndefined();
      expect(app.counter.count).toBe(2);
    }
  });
});

import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ employees: 60 });
});
afterAll(() => app.close());

const ME = `{ me { username role unit { code } } }`;

describe("login and tokens", () => {
  it("returns a token that identifies the user", async () => {
    const token = await app.login("operator");
    const r = await app.gql(ME, {}, token);
    expect(r.data?.me).toEqual({ username: "operator", role: "UNIT_OPERATOR", unit: { code: "3373.DINKES" } });
  });

  it.each([
    ["a wrong password", "admin", "wrong-password"],
    ["an unknown user", "nobody", "bina-demo"],
  ])("refuses %s with UNAUTHENTICATED and the same message", async (_label, u, p) => {
    const r = await app.gql(`mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p });
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(r.errors?.[0]?.message).toBe("Wrong username or password");
  });

  it("refuses queries without a token", async () => {
    const r = await app.gql(ME);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a tampered token", async () => {
    const token = await app.login("analyst");
    const [h, p] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, "base64url").toString()), role: "ADMIN" })).toString("base64url");
    const r = await app.gql(ME, {}, `${h}.${forged}.${token.split(".")[2]}`);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(r.errors?.[0]?.message).toMatch(/invalid/i);
  });

  it("stores passwords as argon2id hashes", async () => {
    const [row] = await app.ds.query(`SELECT password_hash FROM users WHERE username = 'admin'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe("roles", () => {
  const CREATE = `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`;

  it("keeps an analyst from changing anything", async () => {
    const token = await app.login("analyst");
    const [unit] = await app.ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`);
    const r = await app.gql(CREATE, {
      input: { nip: "199001012015031001", name: "Uji Coba", employmentType: "PNS", rankCode: "III/a", positionKind: "PELAKSANA", positionTitle: "Pengadministrasi Umum", unitId: unit.id },
    }, token);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets an analyst read every unit", async () => {
    const token = await app.login("analyst");
    const r = await app.gql(`{ units { id } }`, {}, token);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM units`);
    expect(r.data?.units).toHaveLength(n);
  });

  it("shows the audit log to admins only", async () => {
    for (const user of ["operator", "analyst"]) {
      const r = await app.gql(`{ auditLog { totalCount } }`, {}, await app.login(user));
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const r = await app.gql(`{ auditLog { totalCount } }`, {}, await app.login("admin"));
    expect(r.errors).toBeUndefined();
  });
});

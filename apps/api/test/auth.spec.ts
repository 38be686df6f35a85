import jwt from "jsonwebtoken";
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

describe("tokens are checked against the user on every request", () => {
  const LOGOUT = `mutation { logout }`;
  let seq = 0;
  /** A fresh user copied from a demo user (same password), so these tests change no one else's account. */
  async function copyOf(demo: "operator" | "admin" | "analyst"): Promise<string> {
    const username = `${demo}-copy-${++seq}`;
    await app.ds.query(
      `INSERT INTO users (username, display_name, password_hash, role, unit_id) SELECT $1, display_name, password_hash, role, unit_id FROM users WHERE username = $2`,
      [username, demo],
    );
    return username;
  }
  const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.map((e) => [e.extensions?.code, e.extensions?.domainCode]);

  it("refuses a deactivated user's token at once, with TOKEN_REVOKED", async () => {
    const username = await copyOf("operator");
    const token = await app.login(username);
    expect((await app.gql(ME, {}, token)).data?.me.username).toBe(username);
    await app.ds.query(`UPDATE users SET active = false WHERE username = $1`, [username]);
    expect(codes(await app.gql(ME, {}, token))).toEqual([["UNAUTHENTICATED", "TOKEN_REVOKED"]]);
  });

  it("applies a demotion at once: the role comes from the database, not the token", async () => {
    const username = await copyOf("admin");
    const token = await app.login(username);
    expect((await app.gql(`{ auditLog(first: 1) { totalCount } }`, {}, token)).errors).toBeUndefined();
    await app.ds.query(`UPDATE users SET role = 'ANALYST' WHERE username = $1`, [username]);
    expect((await app.gql(ME, {}, token)).data?.me.role).toBe("ANALYST");
    expect(codes(await app.gql(`{ auditLog(first: 1) { totalCount } }`, {}, token))).toEqual([["FORBIDDEN", "FORBIDDEN"]]);
  });

  it("logout revokes every token of the user (all devices), and a new login works", async () => {
    const username = await copyOf("analyst");
    const [a, b] = [await app.login(username), await app.login(username)];
    const out = await app.gql(LOGOUT, {}, a);
    expect(out.data).toEqual({ logout: true });
    for (const token of [a, b]) expect(codes(await app.gql(ME, {}, token))).toEqual([["UNAUTHENTICATED", "TOKEN_REVOKED"]]);
    const again = await app.login(username);
    expect((await app.gql(ME, {}, again)).data?.me.username).toBe(username);
  });

  it("refuses an expired token and a token without a version", async () => {
    const token = await app.login("analyst");
    const { sub, ver } = jwt.decode(token) as jwt.JwtPayload;
    const secret = "test-secret-test-secret-test-secret";
    const expired = jwt.sign({ ver, exp: Math.floor(Date.now() / 1000) - 10 }, secret, { subject: sub, issuer: "bina" });
    const r = await app.gql(ME, {}, expired);
    expect(codes(r)).toEqual([["UNAUTHENTICATED", "UNAUTHENTICATED"]]);
    expect(r.errors?.[0]?.message).toMatch(/expired/);
    const unversioned = jwt.sign({}, secret, { subject: sub, issuer: "bina", expiresIn: 60 });
    expect(codes(await app.gql(ME, {}, unversioned))).toEqual([["UNAUTHENTICATED", "UNAUTHENTICATED"]]);
  });
});

describe("changePassword", () => {
  const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token user { username } } }`;

  it("checks the current password and the policy, naming the field", async () => {
    await app.ds.query(
      `INSERT INTO users (username, display_name, password_hash, role) SELECT 'pw-policy', 'Policy', password_hash, 'ANALYST' FROM users WHERE username = 'analyst'`,
    );
    const token = await app.login("pw-policy");
    const cases: [string, string, string, string, string | null][] = [
      ["wrong-current", "a-long-enough-password", "currentPassword", "WRONG_PASSWORD", null],
      ["bina-demo", "short", "newPassword", "INVALID_PASSWORD", "TOO_SHORT"],
      ["bina-demo", "PW-Policy", "newPassword", "INVALID_PASSWORD", "TOO_SHORT"],
    ];
    for (const [c, n, field, domainCode, reason] of cases) {
      const r = await app.gql(CHANGE, { c, n }, token);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, domainCode, ...(reason ? { reason } : {}) });
    }
    await app.ds.query(`UPDATE users SET username = 'long-username-1' WHERE username = 'pw-policy'`);
    const same = await app.gql(CHANGE, { c: "bina-demo", n: "Long-Username-1" }, token);
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newPassword", domainCode: "INVALID_PASSWORD", reason: "SAME_AS_USERNAME" });
  });

  it("revokes older tokens, returns a working new one, and the new password logs in", async () => {
    await app.ds.query(
      `INSERT INTO users (username, display_name, password_hash, role) SELECT 'pw-change', 'Change', password_hash, 'ANALYST' FROM users WHERE username = 'analyst'`,
    );
    const [old, other] = [await app.login("pw-change"), await app.login("pw-change")];
    const r = await app.gql<{ changePassword: { token: string; user: { username: string } } }>(CHANGE, { c: "bina-demo", n: "a much better passphrase" }, old);
    expect(r.errors).toBeUndefined();
    const fresh = r.data!.changePassword.token;
    expect((await app.gql(ME, {}, fresh)).data?.me.username).toBe("pw-change");
    for (const token of [old, other]) expect((await app.gql(ME, {}, token)).errors?.[0]?.extensions?.domainCode).toBe("TOKEN_REVOKED");
    await expect(app.login("pw-change")).rejects.toThrow(/BAD_CREDENTIALS|Wrong username/);
    await expect(app.login("pw-change", "a much better passphrase")).resolves.toEqual(expect.any(String));
  });
});

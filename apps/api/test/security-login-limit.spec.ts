import { loadConfig } from "../src/config";
import { createServer } from "../src/server";
import { startTestApp, type GqlResponse, type TestApp } from "./support/test-app";

let app: TestApp;
const env = { LOGIN_FAILURES_PER_USERNAME: "10", LOGIN_FAILURES_PER_CLIENT: "15", TRUST_PROXY: "loopback" };
beforeAll(async () => {
  app = await startTestApp({ employees: 20, env });
});
afterAll(() => app.close());

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

/** A login as seen from `client` (the test talks through loopback, which TRUST_PROXY=loopback trusts for X-Forwarded-For). */
async function login(username: string, password: string, client: string, baseUrl = app.baseUrl): Promise<{ status: number; retryAfter: string | null; body: GqlResponse }> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: (await res.json()) as GqlResponse };
}
const outcome = (r: { body: GqlResponse }) => (r.body.data?.login ? "OK" : String(r.body.errors?.[0]?.extensions?.domainCode));

describe("login rate limit", () => {
  it("refuses a username after 10 failures, even with the right password, and leaves other usernames alone", async () => {
    const results: string[] = [];
    let last: Awaited<ReturnType<typeof login>> | null = null;
    for (let i = 0; i < 200; i++) {
      last = await login("admin", `wrong-${i}`, "203.0.113.1");
      results.push(outcome(last));
    }
    expect(results.slice(0, 10)).toEqual(Array(10).fill("BAD_CREDENTIALS"));
    expect(new Set(results.slice(10))).toEqual(new Set(["LOGIN_RATE_LIMITED"]));
    const ext = last!.body.errors![0]!.extensions!;
    expect(ext).toMatchObject({ code: "TOO_MANY_REQUESTS", domainCode: "LOGIN_RATE_LIMITED" });
    expect(ext.retryAfterSeconds).toEqual(expect.any(Number));
    expect(ext.retryAfterSeconds as number).toBeGreaterThan(0);
    expect(ext.retryAfterSeconds as number).toBeLessThanOrEqual(900);
    expect(last!.body.errors![0]!.message).toMatch(/try again in \d+ seconds/);
    expect(last!.retryAfter).toBe(String(ext.retryAfterSeconds));

    expect(outcome(await login("admin", "bina-demo", "203.0.113.1"))).toBe("LOGIN_RATE_LIMITED");
    expect(outcome(await login("ADMIN ", "bina-demo", "198.51.100.7"))).toBe("LOGIN_RATE_LIMITED");
    expect(outcome(await login("analyst", "bina-demo", "203.0.113.1"))).toBe("OK");
    expect(outcome(await login("operator", "bina-demo", "198.51.100.7"))).toBe("OK");
  });

  it("refuses a client after 15 failures over any usernames; other clients are not affected", async () => {
    for (let i = 0; i < 15; i++) expect(outcome(await login(`nobody-${i}`, "x", "203.0.113.9"))).toBe("BAD_CREDENTIALS");
    expect(outcome(await login("analyst", "bina-demo", "203.0.113.9"))).toBe("LOGIN_RATE_LIMITED");
    expect(outcome(await login("analyst", "bina-demo", "203.0.113.10"))).toBe("OK");
  });

  it("keeps its counts in PostgreSQL, so another API process on the same database refuses too", async () => {
    const config = loadConfig({ DATABASE_URL: "postgres://unused", TOKEN_SECRET: "test-secret-test-secret-test-secret", ADMIN_DIST: "", ...env });
    const other = await createServer({ config, dataSource: app.ds, tokenSecret: config.tokenSecret! });
    const port = await other.listen(0);
    try {
      expect(outcome(await login("admin", "bina-demo", "192.0.2.44", `http://127.0.0.1:${port}`))).toBe("LOGIN_RATE_LIMITED");
    } finally {
      await other.stop();
    }
  });

  it("counts a wrong current password in changePassword as a failed login: no unlimited guessing with a stolen token", async () => {
    const token = ((await login("analyst", "bina-demo", "192.0.2.60")).body.data as { login: { token: string } }).login.token;
    const change = async (current: string) => {
      const res = await fetch(`${app.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-forwarded-for": "192.0.2.61" },
        body: JSON.stringify({ query: `mutation ($c: String!) { changePassword(currentPassword: $c, newPassword: "a-new-password-1") { token } }`, variables: { c: current } }),
      });
      const body = (await res.json()) as GqlResponse;
      return body.data?.changePassword ? "OK" : String(body.errors?.[0]?.extensions?.domainCode);
    };
    const results: string[] = [];
    for (let i = 0; i < 12; i++) results.push(await change(`guess-${i}`));
    expect(results.slice(0, 10)).toEqual(Array(10).fill("WRONG_PASSWORD"));
    expect(results.slice(10)).toEqual(["LOGIN_RATE_LIMITED", "LOGIN_RATE_LIMITED"]);
    expect(await change("bina-demo")).toBe("LOGIN_RATE_LIMITED");
    expect(outcome(await login("analyst", "bina-demo", "192.0.2.62"))).toBe("LOGIN_RATE_LIMITED");
  });

  it("lets a username that logs in successfully start again from zero", async () => {
    for (let i = 0; i < 9; i++) await login("operator", "wrong", "192.0.2.1");
    expect(outcome(await login("operator", "bina-demo", "192.0.2.1"))).toBe("OK");
    for (let i = 0; i < 9; i++) expect(outcome(await login("operator", "wrong", "192.0.2.2"))).toBe("BAD_CREDENTIALS");
  });
});

import { startTestApp, type TestApp } from "./support/test-app";

/** The cross-site check every public form POST shares (kit/same-origin.ts): /evaluate/<token> and /check-in here. */
let app: TestApp;
let next = 1;
const ip = () => `198.51.100.${next++}`;
beforeAll(async () => {
  app = await startTestApp({ employees: 5, env: { TRUST_PROXY: "true" } });
});
afterAll(() => app.close());

const send = (path: string, headers: Record<string, string>, body = "code=ABC&nip=199001012020011001", type = "application/x-www-form-urlencoded") =>
  fetch(`${app.baseUrl}${path}`, { method: "POST", redirect: "manual", headers: { "content-type": type, "x-forwarded-for": ip(), ...headers }, body });

const CROSS: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { origin: "https://evil.example" }, { origin: "null" }];

describe("public form posts from another site", () => {
  it("are refused at /evaluate/<token> (403) before the link is looked at; the same post from its own origin reaches it", async () => {
    const own = new URL(app.baseUrl).origin;
    for (const headers of CROSS) {
      const res = await send("/evaluate/not-a-real-token", headers, "q1=4");
      expect([headers, res.status]).toEqual([headers, 403]);
      expect(await res.text()).toContain("Permintaan ditolak");
    }
    for (const headers of [{}, { origin: own, "sec-fetch-site": "same-origin" }] as Record<string, string>[]) {
      expect((await send("/evaluate/not-a-real-token", headers, "q1=4")).status).toBe(404);
    }
  });

  it("are refused at /check-in (403 page, or a FORBIDDEN error for JSON); without the headers the code is checked", async () => {
    const own = new URL(app.baseUrl).origin;
    const before = Number((await app.ds.query(`SELECT count(*)::int AS n FROM session_attendance`))[0].n);
    for (const headers of CROSS) {
      const res = await send("/check-in", headers);
      expect([headers, res.status]).toEqual([headers, 403]);
      const json = await send("/check-in", { ...headers, accept: "application/json" }, JSON.stringify({ code: "ABC", nip: "199001012020011001" }), "application/json");
      expect(json.status).toBe(403);
      expect(((await json.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("FORBIDDEN");
    }
    for (const headers of [{}, { origin: own }] as Record<string, string>[]) {
      const res = await send("/check-in", headers);
      expect(res.status).not.toBe(403);
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    expect(Number((await app.ds.query(`SELECT count(*)::int AS n FROM session_attendance`))[0].n)).toBe(before);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let dist: string;
beforeAll(async () => {
  // A stand-in for the built admin app: an index page and a hashed asset.
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "bina-dist-"));
  fs.mkdirSync(path.join(dist, "assets"));
  fs.writeFileSync(path.join(dist, "index.html"), `<!doctype html><html><body><div id="root"></div>${"<!-- padding -->".repeat(200)}</body></html>`);
  fs.writeFileSync(path.join(dist, "assets", "index-AbC123de.js"), `console.log(${JSON.stringify("x".repeat(5000))});`);
  // An asset with the copies the build compresses ahead; their content differs, to tell which one was sent.
  fs.writeFileSync(path.join(dist, "assets", "route-Pre456fg.js"), `console.log("plain");`);
  fs.writeFileSync(path.join(dist, "assets", "route-Pre456fg.js.br"), zlib.brotliCompressSync(`console.log("brotli");`));
  fs.writeFileSync(path.join(dist, "assets", "route-Pre456fg.js.gz"), zlib.gzipSync(`console.log("gzip");`));
  app = await startTestApp({ employees: 10, env: { ADMIN_DIST: dist, TRUST_PROXY: "loopback" } });
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) => fetch(`${app.baseUrl}${p}`, { headers });
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.baseUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

describe("security headers", () => {
  it.each([
    ["the app", () => get("/")],
    ["a deep link of the app", () => get("/employees/123")],
    ["the API", () => post(JSON.stringify({ query: "{ __typename }" }))],
    ["/healthz", () => get("/healthz")],
  ])("are sent on %s", async (_label, request) => {
    const res = await request();
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("sends HSTS only over TLS (here: a trusted proxy saying X-Forwarded-Proto: https)", async () => {
    expect((await get("/healthz")).headers.get("strict-transport-security")).toBeNull();
    const secure = await get("/healthz", { "x-forwarded-proto": "https" });
    expect(secure.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
  });
});

describe("error responses (production behaviour whatever NODE_ENV is)", () => {
  const leaks = (text: string) => /stack|at [A-Za-z.<>]+ \(|node_modules|\/work\/|\/home\/|\/usr\/|[A-Z]:\\|\.ts:\d+|\.js:\d+/.test(text);

  it("answers a malformed JSON body with 400, a code and no stack or path", async () => {
    expect(process.env.NODE_ENV).not.toBe("production");
    const res = await post(`{"query": "{ me { id } }",`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
    expect(leaks(text)).toBe(false);
  });

  it("answers an oversized body with 413 and no stack", async () => {
    const res = await post(JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(13 * 1024 * 1024) } }));
    expect(res.status).toBe(413);
    const text = await res.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(leaks(text)).toBe(false);
  });

  it("answers a body in an unsupported charset without a stack", async () => {
    const res = await post(JSON.stringify({ query: "{ __typename }" }), { "content-type": "application/json; charset=klingon" });
    expect(res.status).toBe(415);
    expect(leaks(await res.text())).toBe(false);
  });
});

describe("static files and compression", () => {
  it("caches hashed assets for a year as immutable and compresses them", async () => {
    const res = await get("/assets/index-AbC123de.js", { "accept-encoding": "gzip" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.text()).toContain("xxxxx");
  });

  it.each([
    ["br, gzip", "br", "brotli"],
    ["gzip", "gzip", "gzip"],
  ])("serves the copy compressed at build time to a client accepting %s", async (accept, encoding, body) => {
    const res = await get("/assets/route-Pre456fg.js", { "accept-encoding": accept });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe(encoding);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await res.text()).toBe(`console.log("${body}");`);
  });

  it("serves the plain file to a client accepting no compression", async () => {
    const res = await get("/assets/route-Pre456fg.js", { "accept-encoding": "identity" });
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toBe(`console.log("plain");`);
  });

  it("revalidates index.html on every load, for the root and for deep links", async () => {
    for (const p of ["/", "/needs/heatmap"]) {
      const res = await get(p);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
    }
  });

  it("answers /robots.txt as text, not the app's HTML", async () => {
    const res = await get("/robots.txt");
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toBe("User-agent: *\nDisallow: /\n");
  });

  it("answers a missing asset with 404, not the app", async () => {
    expect((await get("/assets/missing-123.js")).status).toBe(404);
    expect((await get("/favicon-missing.png")).status).toBe(404);
  });

  it("compresses API answers", async () => {
    const res = await post(JSON.stringify({ query: "{ __schema { types { name description } } }" }), { "accept-encoding": "gzip" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(((await res.json()) as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length).toBeGreaterThan(20);
  });
});

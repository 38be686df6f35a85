import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { jakartaDate, SKM_AGE_BANDS, SKM_ELEMENTS, surveyPeriodDates } from "@bina/domain";
import { pdfText } from "./support/attendance-fixture";
import { startTestApp, type TestApp } from "./support/test-app";
import { addressKeyOf, newDeviceCookie } from "../src/modules/survey/public-survey";
import { SURVEY_PER_ADDRESS_PER_DAY } from "../src/modules/survey/survey.routes";

/** The test app's token secret (support/test-app.ts). */
const SECRET = "test-secret-test-secret-test-secret";

let app: TestApp;
let periodId: string;
const units: Record<string, string> = {};
/** Each test its own client address (the server trusts X-Forwarded-For here), so the per-address limits stay apart. */
let nextAddress = 1;
const address = () => `203.0.113.${nextAddress++}`;

beforeAll(async () => {
  app = await startTestApp({ employees: 40, env: { TRUST_PROXY: "true", PUBLIC_BASE_URL: "https://bina.salatiga.example" } });
  const today = jakartaDate(Date.now());
  const year = Number(today.slice(0, 4));
  const half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const dates = surveyPeriodDates(year, half);
  const before = half === 1 ? surveyPeriodDates(year - 1, 2) : surveyPeriodDates(year, 1);
  [{ id: periodId }] = await app.ds.query(`INSERT INTO survey_periods (code, year, half, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [dates.code, year, half, dates.startsOn, dates.endsOn]);
  await app.ds.query(`INSERT INTO survey_periods (code, year, half, starts_on, ends_on, status) VALUES ($1, $2, $3, $4, $5, 'CLOSED')`, [before.code, Number(before.code.slice(0, 4)), Number(before.code.slice(5)), before.startsOn, before.endsOn]);
  const [{ id: unitId }] = await app.ds.query(`SELECT id FROM units WHERE code = '3373.DISDUKCAPIL'`);
  for (const [code, active] of [["disdukcapil", true], ["pkm-cebongan", true], ["kel-tutup", false], ["ramai", true], ["batas", true], ["rsud", true], ["asal", true]] as const) {
    const [{ id }] = await app.ds.query(`INSERT INTO service_units (code, name, kind, unit_id, yearly_users, active) VALUES ($1, $2, 'OTHER', $3, 5000, $4) RETURNING id`, [code, `Layanan ${code}`, unitId, active]);
    units[code] = id;
  }
});
afterAll(() => app.close());

const valid = (over: Record<string, string> = {}): Record<string, string> => ({
  gender: "P",
  age: SKM_AGE_BANDS[1]!.value,
  education: "S1",
  occupation: "SWASTA",
  service: "Pembuatan KTP-el",
  ...Object.fromEntries(SKM_ELEMENTS.map((_, i) => [`u${i + 1}`, String((i % 4) + 1)])),
  suggestion: "Antrean lebih cepat.",
  ...over,
});

const post = (code: string, fields: Record<string, string> | string, opts: { ip?: string; ua?: string; cookie?: string } = {}) =>
  fetch(`${app.baseUrl}/survey/${code}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-forwarded-for": opts.ip ?? address(),
      "user-agent": opts.ua ?? "Mozilla/5.0 (Linux; Android 14) test",
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
    },
    body: typeof fields === "string" ? fields : new URLSearchParams(fields).toString(),
  });
const get = (path: string, ip = address()) => fetch(`${app.baseUrl}${path}`, { redirect: "manual", headers: { "x-forwarded-for": ip } });
const stored = async (code: string): Promise<number> => Number((await app.ds.query(`SELECT count(*)::int AS n FROM survey_responses WHERE service_unit_id = $1`, [units[code]]))[0].n);
const tally = async (code: string) => (await app.ds.query(`SELECT * FROM survey_tallies WHERE service_unit_id = $1 AND period_id = $2`, [units[code], periodId]))[0];

describe("the public survey form", () => {
  it("is a small Indonesian page with the regulation's questions, every input labelled, no script", async () => {
    const res = await get("/survey/disdukcapil");
    expect(res.status).toBe(200);
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toMatch(/<html lang="id">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/i);
    for (const e of SKM_ELEMENTS) {
      expect(html).toContain(e.question);
      for (const a of e.answers) expect(html).toContain(`>${a}</label>`);
    }
    // The profile comes before the first question.
    expect(html.indexOf('name="gender"')).toBeLessThan(html.indexOf('name="u1"'));
    const ids = [...html.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(9 * 4);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    expect(html.match(/<fieldset class="q"/g)).toHaveLength(9);
    expect(html.match(/<legend>/g)!.length).toBeGreaterThanOrEqual(11);
    const gzipped = gzipSync(Buffer.from(html)).length;
    expect(gzipped).toBeLessThan(6 * 1024);
  });

  it("stores a valid response and its tally before the 303 to the thank-you page", async () => {
    const res = await post("disdukcapil", valid());
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/survey/disdukcapil/terima-kasih");
    const [row] = await app.ds.query(`SELECT * FROM survey_responses WHERE service_unit_id = $1`, [units.disdukcapil]);
    expect(row).toMatchObject({ u1: 1, u2: 2, u3: 3, u4: 4, u5: 1, u9: 1, gender: "P", education: "S1", occupation: "SWASTA", service_received: "Pembuatan KTP-el", suggestion: "Antrean lebih cepat." });
    expect(row.client_key).toMatch(/^[0-9a-f]{64}$/);
    const t = await tally("disdukcapil");
    expect(t).toMatchObject({ respondents: 1, s1: 1, n1: 1, s4: 4, n9: 1 });
    const thanks = await get(res.headers.get("location")!);
    expect(thanks.status).toBe(200);
    expect(await thanks.text()).toContain("Terima kasih");
  });

  it("re-renders the form with each field's error (422) for missing or invalid answers and stores nothing", async () => {
    const before = await stored("pkm-cebongan");
    const fields = valid({ u3: "5", gender: "X" });
    delete (fields as Record<string, string | undefined>).u7;
    const res = await post("pkm-cebongan", fields);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/id="u7-err">Pilih salah satu jawaban/);
    expect(html).toMatch(/id="u3-err">Jawaban tidak valid/);
    expect(html).toMatch(/id="gender-err">Pilihan tidak valid/);
    // What was answered stays answered.
    expect(html).toMatch(/name="u1" value="1" checked/);
    expect(html).toContain("Antrean lebih cepat.");
    expect(await stored("pkm-cebongan")).toBe(before);
    const empty = await post("pkm-cebongan", "");
    expect(empty.status).toBe(422);
    expect(await stored("pkm-cebongan")).toBe(before);
  });

  it("refuses NUL bytes, control characters and over-long texts cleanly, and reads a broken character as a replacement", async () => {
    const before = await stored("pkm-cebongan");
    const nul = await post("pkm-cebongan", valid({ suggestion: "ok\u0000drop table" }));
    expect(nul.status).toBe(422);
    expect(await nul.text()).toMatch(/id="suggestion-err">Isian ini berisi karakter kontrol/);
    const nulAnswer = await post("pkm-cebongan", valid({ u2: "2\u0000" }));
    expect(nulAnswer.status).toBe(422);
    const long = await post("pkm-cebongan", valid({ suggestion: "a".repeat(10 * 1024) }));
    expect(long.status).toBe(422);
    expect(await long.text()).toContain("terlalu panjang (paling banyak 1000 karakter)");
    const longService = await post("pkm-cebongan", valid({ service: "b".repeat(201) }));
    expect(longService.status).toBe(422);
    const huge = await post("pkm-cebongan", valid({ suggestion: "c".repeat(100 * 1024) }));
    expect(huge.status).toBe(413);
    const repeated = await post("pkm-cebongan", `${new URLSearchParams(valid()).toString()}&u1=2`);
    expect(repeated.status).toBe(422);
    expect(await stored("pkm-cebongan")).toBe(before);
    // A lone surrogate cannot travel as UTF-8: it arrives as U+FFFD, which is stored as the character it is.
    const surrogate = await post("pkm-cebongan", `${new URLSearchParams(valid({ suggestion: "" })).toString()}&suggestion=x%ED%A0%80y`);
    expect([303, 422]).toContain(surrogate.status);
    const rows = await app.ds.query(`SELECT suggestion FROM survey_responses WHERE service_unit_id = $1`, [units["pkm-cebongan"]]);
    for (const r of rows) expect(r.suggestion === null || r.suggestion.isWellFormed()).toBe(true);
  });

  it("keeps a formula-looking suggestion as text", async () => {
    const res = await post("rsud", valid({ suggestion: "=HYPERLINK(\"http://x\")" }));
    expect(res.status).toBe(303);
    const [row] = await app.ds.query(`SELECT suggestion FROM survey_responses WHERE service_unit_id = $1`, [units.rsud]);
    expect(row.suggestion).toBe('=HYPERLINK("http://x")');
  });

  it("pretends success to a bot that fills the honeypot and stores nothing", async () => {
    const before = await stored("pkm-cebongan");
    const res = await post("pkm-cebongan", valid({ website: "http://spam.example" }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/survey/pkm-cebongan/terima-kasih");
    expect(await stored("pkm-cebongan")).toBe(before);
  });

  it("answers the same client for the same unit and period with the already-answered page, storing once", async () => {
    const before = await stored("pkm-cebongan");
    const ip = address();
    const first = await post("pkm-cebongan", valid(), { ip, ua: "Phone A" });
    expect(first.status).toBe(303);
    const again = await post("pkm-cebongan", valid({ u1: "4" }), { ip, ua: "Phone A" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("sudah mengisi");
    // Another phone on the same network is someone else.
    const other = await post("pkm-cebongan", valid(), { ip, ua: "Phone B" });
    expect(other.status).toBe(303);
    // Parallel double submissions of one client: one stored.
    const race = await Promise.all([1, 2, 3, 4].map(() => post("pkm-cebongan", valid(), { ip, ua: "Phone C" })));
    expect(race.map((r) => r.status).sort()).toEqual([303, 409, 409, 409]);
    expect(await stored("pkm-cebongan")).toBe(before + 3);
  });

  it("tells browsers apart by the form's device cookie, even behind one address with one user agent", async () => {
    const ip = address();
    const cookieOf = async () => {
      const page = await get("/survey/pkm-cebongan", ip);
      const set = page.headers.get("set-cookie") ?? "";
      expect(set).toMatch(/^bina_skm=[A-Za-z0-9_-]{22}\.[0-9]+\.[A-Za-z0-9_-]{22}; Path=\/survey; Max-Age=31536000; HttpOnly; SameSite=Lax/);
      return set.split(";")[0]!;
    };
    const [phoneA, phoneB] = [await cookieOf(), await cookieOf()];
    expect(phoneA).not.toBe(phoneB);
    const before = await stored("pkm-cebongan");
    const ua = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/131.0.0.0 Mobile Safari/537.36";
    expect((await post("pkm-cebongan", valid(), { ip, ua, cookie: phoneA })).status).toBe(303);
    expect((await post("pkm-cebongan", valid(), { ip, ua, cookie: phoneB })).status).toBe(303);
    expect((await post("pkm-cebongan", valid({ u2: "1" }), { ip, ua, cookie: phoneA })).status).toBe(409);
    // A cookie that is not ours is ignored: the address and user agent decide.
    expect((await post("pkm-cebongan", valid(), { ip, ua, cookie: "bina_skm=<script>" })).status).toBe(303);
    expect((await post("pkm-cebongan", valid(), { ip, ua, cookie: "bina_skm=x" })).status).toBe(409);
    expect(await stored("pkm-cebongan")).toBe(before + 3);
    // A browser that already has one keeps it.
    const again = await fetch(`${app.baseUrl}/survey/pkm-cebongan`, { headers: { "x-forwarded-for": ip, cookie: phoneA } });
    expect(again.headers.get("set-cookie")).toBeNull();
  });

  it("ignores made-up, altered and future device cookies: the address and user agent decide (the second is 409)", async () => {
    const ip = address();
    const ua = "Mozilla/5.0 (Linux; Android 14; K) test forged";
    const before = await stored("rsud");
    const made = (i: number) => `${randomBytes(16).toString("base64url")}.${Math.floor(Date.now() / 1000) - i}.${randomBytes(16).toString("base64url")}`;
    const real = newDeviceCookie(SECRET);
    const [id, issued, mac] = real.split(".") as [string, string, string];
    const forged = [
      made(1),
      made(2),
      randomBytes(16).toString("base64url"), // the old unsigned shape
      `${randomBytes(16).toString("base64url")}.${issued}.${mac}`, // another id under a real signature
      `${id}.${Number(issued) - 1}.${mac}`, // another issue time under a real signature
      newDeviceCookie(SECRET, Date.now() + 24 * 3600 * 1000), // signed, but issued tomorrow
      newDeviceCookie("another-secret-another-secret-xx"),
    ];
    const statuses: number[] = [];
    for (const c of forged) statuses.push((await post("rsud", valid(), { ip, ua, cookie: `bina_skm=${c}` })).status);
    expect(statuses).toEqual([303, 409, 409, 409, 409, 409, 409]);
    expect(await stored("rsud")).toBe(before + 1);
    // The form replaces a cookie that does not verify with one of ours.
    const page = await fetch(`${app.baseUrl}/survey/rsud`, { headers: { "x-forwarded-for": ip, cookie: `bina_skm=${forged[0]}` } });
    expect(page.headers.get("set-cookie")).toMatch(/^bina_skm=[A-Za-z0-9_-]{22}\.[0-9]+\.[A-Za-z0-9_-]{22};/);
    // Two server-issued cookies from the same address and user agent are two browsers.
    expect((await post("rsud", valid(), { ip, ua, cookie: `bina_skm=${newDeviceCookie(SECRET)}` })).status).toBe(303);
    expect((await post("rsud", valid(), { ip, ua, cookie: `bina_skm=${newDeviceCookie(SECRET)}` })).status).toBe(303);
    expect(await stored("rsud")).toBe(before + 3);
  });

  it(`stores at most ${SURVEY_PER_ADDRESS_PER_DAY} responses per address, unit and period in 24 hours, whatever cookies come (an IPv6 client by its /64)`, async () => {
    const ip = "2001:db8:5:6::1";
    const key = addressKeyOf(SECRET, ip, units.rsud!, periodId);
    // Responses of this address earlier today (the 10-minute window would refuse more than 10 posts in a row here).
    await app.ds.query(
      `INSERT INTO survey_responses (service_unit_id, period_id, u1, client_key, address_key, submitted_at)
       SELECT $1, $2, 4, encode(sha256(('cap' || g)::bytea), 'hex'), $3, now() - interval '20 hours' + g * interval '1 minute' FROM generate_series(1, $4::int) g`,
      [units.rsud, periodId, key, SURVEY_PER_ADDRESS_PER_DAY - 2],
    );
    const before = await stored("rsud");
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await post("rsud", valid(), { ip: `2001:db8:5:6:${i}:${i}:${i}:${i}`, ua: `Phone ${i}`, cookie: `bina_skm=${newDeviceCookie(SECRET)}` })).status);
    }
    expect(statuses).toEqual([303, 303, 429, 429]);
    expect(await stored("rsud")).toBe(before + 2);
    const refused = await post("rsud", valid(), { ip: "2001:db8:5:6:ffff::9", cookie: `bina_skm=${newDeviceCookie(SECRET)}` });
    expect(refused.status).toBe(429);
    // The oldest of them leaves the window in about 4 hours.
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3.9 * 3600);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(4 * 3600 + 60);
    // Another /64, and the same address at another unit, still answer.
    expect((await post("rsud", valid(), { ip: "2001:db8:5:7::1", cookie: `bina_skm=${newDeviceCookie(SECRET)}` })).status).toBe(303);
    expect((await post("asal", valid(), { ip: "2001:db8:5:6::1", cookie: `bina_skm=${newDeviceCookie(SECRET)}` })).status).toBe(303);
  });

  it("refuses a post from another site (403, nothing stored), and accepts one from its own origin or without either header", async () => {
    const before = await stored("asal");
    const own = new URL(app.baseUrl).origin;
    const refused: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { "sec-fetch-site": "same-site", origin: own },
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: own.replace("http:", "https:") },
      { origin: `${own}0` },
      { "sec-fetch-site": "same-origin", origin: "https://evil.example" },
      // Behind the trusted proxy its own origin is the forwarded one.
      { "x-forwarded-proto": "https", origin: own },
    ];
    for (const headers of refused) {
      const res = await fetch(`${app.baseUrl}/survey/asal`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address(), ...headers },
        body: new URLSearchParams(valid()).toString(),
      });
      expect([headers, res.status]).toEqual([headers, 403]);
      expect(await res.text()).toContain("Permintaan ditolak");
    }
    expect(await stored("asal")).toBe(before);
    const accepted: Record<string, string>[] = [
      {},
      { "sec-fetch-site": "same-origin" },
      { "sec-fetch-site": "same-origin", origin: own },
      { origin: own },
      { "sec-fetch-site": "none" },
      // Chromium's own form post under a no-referrer policy: Origin null, but Sec-Fetch-Site same-origin.
      { "sec-fetch-site": "same-origin", origin: "null" },
      { "x-forwarded-proto": "https", "x-forwarded-host": "bina.salatiga.example", origin: "https://bina.salatiga.example" },
    ];
    for (const headers of accepted) {
      const res = await fetch(`${app.baseUrl}/survey/asal`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address(), ...headers },
        body: new URLSearchParams(valid()).toString(),
      });
      expect([headers, res.status]).toEqual([headers, 303]);
    }
    expect(await stored("asal")).toBe(before + accepted.length);
  });

  it("limits submissions per client address (429 with Retry-After)", async () => {
    const ip = address();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await post("batas", valid(), { ip, ua: `Phone ${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 303)).toBe(true);
    expect(statuses[10]).toBe(429);
    const refused = await post("batas", valid(), { ip, ua: "Phone 99" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await stored("batas")).toBe(10);
    expect((await post("batas", valid(), { ua: "Phone 99" })).status).toBe(303);
  });

  it("keeps the tally equal to the rows under 20 parallel submissions", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => post("ramai", valid({ u7: String((i % 4) + 1) }), { ua: `Phone ${i}` })));
    expect(results.every((r) => r.status === 303)).toBe(true);
    const t = await tally("ramai");
    const [sums] = await app.ds.query(`SELECT count(*)::int AS n, sum(u7)::int AS s7 FROM survey_responses WHERE service_unit_id = $1`, [units.ramai]);
    expect(sums.n).toBe(20);
    expect(t.respondents).toBe(20);
    expect(t.s7).toBe(sums.s7);
    expect(t.n7).toBe(20);
  });

  it("shows no form when no period is open and stores nothing", async () => {
    await app.ds.query(`UPDATE survey_periods SET status = 'CLOSED' WHERE id = $1`, [periodId]);
    try {
      const page = await get("/survey/pkm-cebongan");
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("tidak dibuka");
      expect(html).not.toContain("<form");
      const before = await stored("pkm-cebongan");
      const res = await post("pkm-cebongan", valid());
      expect(res.status).toBe(409);
      expect(await stored("pkm-cebongan")).toBe(before);
    } finally {
      await app.ds.query(`UPDATE survey_periods SET status = 'OPEN' WHERE id = $1`, [periodId]);
    }
  });

  it("answers an unknown, malformed or inactive code with a 404 page", async () => {
    for (const path of ["/survey/tidak-ada", "/survey/kel-tutup", "/survey/BAD%20CODE", "/survey/%00", "/survey/tidak-ada/terima-kasih"]) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("tidak ditemukan");
    }
    expect((await post("tidak-ada", valid())).status).toBe(404);
    expect((await post("kel-tutup", valid())).status).toBe(404);
    expect(await stored("kel-tutup")).toBe(0);
  });
});

describe("the QR poster", () => {
  it("is an A4 PDF whose QR points to the absolute survey address", async () => {
    const code = (await app.ds.query(`SELECT code FROM survey_periods WHERE id = $1`, [periodId]))[0].code;
    const res = await get(`/survey/disdukcapil/poster.pdf?period=${code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("SURVEI KEPUASAN MASYARAKAT");
    expect(text).toContain("Layanan disdukcapil");
    expect(text).toContain("https://bina.salatiga.example/survey/disdukcapil");
    const current = await get(`/survey/disdukcapil/poster.pdf`);
    expect(current.status).toBe(200);
    expect((await get(`/survey/disdukcapil/poster.pdf?period=1999-1`)).status).toBe(404);
    expect((await get(`/survey/disdukcapil/poster.pdf?period=bad`)).status).toBe(404);
    expect((await get(`/survey/tidak-ada/poster.pdf`)).status).toBe(404);
  });
});

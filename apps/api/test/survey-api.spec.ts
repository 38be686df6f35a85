import { skmSampleSize, surveyPeriodDates } from "@bina/domain";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
const unitIds: Record<string, string> = {};
beforeAll(async () => {
  app = await startTestApp({ employees: 80 });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  const rows = (await app.ds.query(`SELECT id, code FROM units WHERE code IN ('3373.DISDUKCAPIL', '3373.DINKES', '3373.DINKES.PKM-CEBONGAN', '3373.DINKES.PKM-KALICACING')`)) as { id: string; code: string }[];
  for (const r of rows) unitIds[r.code] = r.id;
});
afterAll(() => app.close());

const CREATE = `mutation ($input: ServiceUnitInput!) { createServiceUnit(input: $input) { id code name kind yearlyUsers requiredSample active version surveyUrl posterUrl(periodCode: "2026-2") unit { code } } }`;
const UPDATE = `mutation ($input: UpdateServiceUnitInput!) { updateServiceUnit(input: $input) { id code name yearlyUsers version active } }`;
const LIST = `query ($search: String, $kind: ServiceUnitKind, $first: Int, $after: String) {
  serviceUnits(search: $search, kind: $kind, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id code name } } }
}`;
const ONE = `query ($id: ID!) { serviceUnit(id: $id) { id code } }`;
const PERIODS = `query ($year: Int) { surveyPeriods(year: $year) { id code year half startsOn endsOn status version } }`;
const CREATE_PERIOD = `mutation ($input: SurveyPeriodInput!) { createSurveyPeriod(input: $input) { id code year half startsOn endsOn status version } }`;
const CLOSE = `mutation ($id: ID!, $v: Int!) { closeSurveyPeriod(id: $id, version: $v) { id status version } }`;
const REOPEN = `mutation ($id: ID!, $v: Int!) { reopenSurveyPeriod(id: $id, version: $v) { id status version } }`;

const input = (over: Record<string, unknown> = {}) => ({ code: "pkm-cebongan", name: "Puskesmas Cebongan", kind: "HEALTH_CENTRE", unitId: unitIds["3373.DINKES.PKM-CEBONGAN"], yearlyUsers: 12000, ...over });
const count = async () => Number((await app.ds.query(`SELECT count(*)::int AS n FROM service_units`))[0].n);

describe("service units", () => {
  let cebongan: { id: string; version: number };
  let disdukcapil: { id: string; version: number };

  it("lets an administrator register one, with its required sample, survey path and poster path, audited", async () => {
    const r = await app.gql(CREATE, { input: input() }, admin);
    expect(r.errors).toBeUndefined();
    const s = r.data!.createServiceUnit;
    expect(s).toMatchObject({ code: "pkm-cebongan", kind: "HEALTH_CENTRE", yearlyUsers: 12000, active: true, version: 1, surveyUrl: "/survey/pkm-cebongan", posterUrl: "/survey/pkm-cebongan/poster.pdf?period=2026-2" });
    expect(s.requiredSample).toBe(skmSampleSize(12000));
    expect(s.unit.code).toBe("3373.DINKES.PKM-CEBONGAN");
    cebongan = s;
    const audit = await app.ds.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'ServiceUnit' AND entity_id = $1`, [s.id]);
    expect(audit[0].n).toBe(1);
    const d = await app.gql(CREATE, { input: input({ code: "disdukcapil", name: "Disdukcapil", kind: "POPULATION_REGISTRY", unitId: unitIds["3373.DISDUKCAPIL"], yearlyUsers: 40000 }) }, admin);
    expect(d.errors).toBeUndefined();
    disdukcapil = d.data!.createServiceUnit;
  });

  it("refuses a bad code, zero yearly users and a bad name at once, naming each field, and stores nothing", async () => {
    const before = await count();
    for (const code of ["Pkm Cebongan", "-x", "a", "x".repeat(41), "pkm/cebongan"]) {
      const r = await app.gql(CREATE, { input: input({ code }) }, admin);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code", domainCode: "INVALID_FIELD" });
    }
    const r = await app.gql(CREATE, { input: input({ code: "Bad Code", yearlyUsers: 0, name: "x" }) }, admin);
    const fields = (r.errors?.[0]?.extensions?.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(["code", "name", "yearlyUsers"]);
    const big = await app.gql(CREATE, { input: input({ code: "ok-code", yearlyUsers: 100_000_001 }) }, admin);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "yearlyUsers" });
    expect(await count()).toBe(before);
  });

  it("answers a code in use with CONFLICT DUPLICATE_CODE, also for parallel creations (one winner)", async () => {
    const dup = await app.gql(CREATE, { input: input() }, admin);
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "DUPLICATE_CODE", field: "code" });
    const race = await Promise.all([1, 2, 3, 4].map(() => app.gql(CREATE, { input: input({ code: "pkm-race", name: "Puskesmas Balapan" }) }, admin)));
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of race.filter((x) => x.errors)) expect(r.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", domainCode: "DUPLICATE_CODE" });
  });

  it("refuses an unknown organisational unit naming unitId", async () => {
    const r = await app.gql(CREATE, { input: input({ code: "nowhere", unitId: "00000000-0000-4000-8000-000000000000" }) }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unitId", domainCode: "UNKNOWN_UNIT" });
  });

  it("lets a unit operator see and change only its subtree's service units", async () => {
    const seen = await app.gql(LIST, { first: 50 }, operator);
    const codes = seen.data!.serviceUnits.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes).toContain("pkm-cebongan");
    expect(codes).not.toContain("disdukcapil");
    expect(seen.data!.serviceUnits.totalCount).toBe(codes.length);
    expect((await app.gql(ONE, { id: disdukcapil.id }, operator)).data!.serviceUnit).toBeNull();
    expect((await app.gql(ONE, { id: cebongan.id }, operator)).data!.serviceUnit.code).toBe("pkm-cebongan");

    const outside = await app.gql(UPDATE, { input: { id: disdukcapil.id, version: disdukcapil.version, name: "Mine now" } }, operator);
    expect(outside.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const createOutside = await app.gql(CREATE, { input: input({ code: "op-dukcapil", unitId: unitIds["3373.DISDUKCAPIL"] }) }, operator);
    expect(createOutside.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const moveOut = await app.gql(UPDATE, { input: { id: cebongan.id, version: cebongan.version, unitId: unitIds["3373.DISDUKCAPIL"] } }, operator);
    expect(moveOut.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const own = await app.gql(UPDATE, { input: { id: cebongan.id, version: cebongan.version, yearlyUsers: 15000 } }, operator);
    expect(own.errors).toBeUndefined();
    expect(own.data!.updateServiceUnit).toMatchObject({ yearlyUsers: 15000, version: cebongan.version + 1 });
    const created = await app.gql(CREATE, { input: input({ code: "pkm-kalicacing", name: "Puskesmas Kalicacing", unitId: unitIds["3373.DINKES.PKM-KALICACING"] }) }, operator);
    expect(created.errors).toBeUndefined();
  });

  it("lets only an administrator deactivate a service unit or move it; an operator still renames and sets yearly users", async () => {
    const state = async () => (await app.ds.query(`SELECT name, active, unit_id, yearly_users, version FROM service_units WHERE id = $1`, [cebongan.id]))[0];
    const before = await state();
    const deactivate = await app.gql(UPDATE, { input: { id: cebongan.id, version: before.version, active: false } }, operator);
    expect(deactivate.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "active" });
    // A move inside the operator's own subtree is an administrator's too.
    const moveInside = await app.gql(UPDATE, { input: { id: cebongan.id, version: before.version, name: "Renamed", unitId: unitIds["3373.DINKES.PKM-KALICACING"] } }, operator);
    expect(moveInside.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "unitId" });
    expect(await state()).toEqual(before);
    // Repeating the current values is no change.
    const rename = await app.gql(UPDATE, { input: { id: cebongan.id, version: before.version, name: "Puskesmas Cebongan Baru", yearlyUsers: 16000, active: true, unitId: before.unit_id } }, operator);
    expect(rename.errors).toBeUndefined();
    expect(rename.data!.updateServiceUnit).toMatchObject({ name: "Puskesmas Cebongan Baru", yearlyUsers: 16000, active: true });
    const byAdmin = await app.gql(UPDATE, { input: { id: cebongan.id, version: before.version + 1, active: false } }, admin);
    expect(byAdmin.data!.updateServiceUnit.active).toBe(false);
    const back = await app.gql(UPDATE, { input: { id: cebongan.id, version: before.version + 2, active: true, name: before.name } }, admin);
    expect(back.errors).toBeUndefined();
  });

  it("refuses a stale version with CONFLICT STALE_VERSION", async () => {
    const r = await app.gql(UPDATE, { input: { id: cebongan.id, version: cebongan.version, name: "Puskesmas Cebongan Lama" } }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION" });
  });

  it("lets an analyst read every service unit but change none", async () => {
    const seen = await app.gql(LIST, { first: 50 }, analyst);
    const codes = seen.data!.serviceUnits.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes).toEqual(expect.arrayContaining(["pkm-cebongan", "disdukcapil"]));
    const r = await app.gql(UPDATE, { input: { id: disdukcapil.id, version: disdukcapil.version, name: "Analysed" } }, analyst);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const c = await app.gql(CREATE, { input: input({ code: "analyst-unit" }) }, analyst);
    expect(c.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("pages by name and filters by kind and search", async () => {
    const all: string[] = [];
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: any = await app.gql(LIST, { first: 2, after }, admin); // eslint-disable-line @typescript-eslint/no-explicit-any
      all.push(...r.data.serviceUnits.edges.map((e: { node: { name: string } }) => e.node.name));
      ids.push(...r.data.serviceUnits.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!r.data.serviceUnits.pageInfo.hasNextPage) break;
      after = r.data.serviceUnits.pageInfo.endCursor;
    }
    expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(all.length).toBe(await count());
    const health = await app.gql(LIST, { kind: "POPULATION_REGISTRY", first: 50 }, admin);
    expect(health.data!.serviceUnits.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(["disdukcapil"]);
    const search = await app.gql(LIST, { search: "CEBONG", first: 50 }, admin);
    expect(search.data!.serviceUnits.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(["pkm-cebongan"]);
    const bad = await app.gql(LIST, { after: "garbage", first: 5 }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_CURSOR" });
  });
});

describe("survey periods", () => {
  it("creates a half year with its dates, refuses a second one and bad halves or years", async () => {
    const r = await app.gql(CREATE_PERIOD, { input: { year: 2025, half: 2 } }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createSurveyPeriod).toMatchObject({ code: "2025-2", startsOn: "2025-07-01", endsOn: "2025-12-31", status: "OPEN", version: 1 });
    const first = await app.gql(CREATE_PERIOD, { input: { year: 2025, half: 1 } }, admin);
    expect(first.data!.createSurveyPeriod).toMatchObject({ code: "2025-1", startsOn: "2025-01-01", endsOn: "2025-06-30" });
    const dup = await app.gql(CREATE_PERIOD, { input: { year: 2025, half: 2 } }, admin);
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "DUPLICATE_CODE" });
    const half = await app.gql(CREATE_PERIOD, { input: { year: 2025, half: 3 } }, admin);
    expect(half.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "half" });
    const year = await app.gql(CREATE_PERIOD, { input: { year: 1999, half: 1 } }, admin);
    expect(year.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    const byOperator = await app.gql(CREATE_PERIOD, { input: { year: 2024, half: 1 } }, operator);
    expect(byOperator.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const list = await app.gql(PERIODS, { year: 2025 }, analyst);
    expect(list.data!.surveyPeriods.map((p: { code: string }) => p.code)).toEqual(["2025-1", "2025-2"]);
    const race = await Promise.all([1, 2, 3].map(() => app.gql(CREATE_PERIOD, { input: { year: 2024, half: 2 } }, admin)));
    expect(race.filter((x) => !x.errors)).toHaveLength(1);
  });

  it("closes and reopens with the version read; a stale version or a repeated move is refused", async () => {
    const [p] = (await app.gql(PERIODS, { year: 2025 }, admin)).data!.surveyPeriods.filter((x: { code: string }) => x.code === "2025-2");
    const closed = await app.gql(CLOSE, { id: p.id, v: p.version }, admin);
    expect(closed.data!.closeSurveyPeriod).toEqual({ id: p.id, status: "CLOSED", version: p.version + 1 });
    const stale = await app.gql(REOPEN, { id: p.id, v: p.version }, admin);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION" });
    const again = await app.gql(CLOSE, { id: p.id, v: p.version + 1 }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_TRANSITION" });
    const reopened = await app.gql(REOPEN, { id: p.id, v: p.version + 1 }, admin);
    expect(reopened.data!.reopenSurveyPeriod).toMatchObject({ status: "OPEN", version: p.version + 2 });
    const byAnalyst = await app.gql(CLOSE, { id: p.id, v: p.version + 2 }, analyst);
    expect(byAnalyst.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const race = await Promise.all([1, 2, 3].map(() => app.gql(CLOSE, { id: p.id, v: p.version + 2 }, admin)));
    expect(race.filter((x) => !x.errors)).toHaveLength(1);
    const missing = await app.gql(CLOSE, { id: "00000000-0000-4000-8000-000000000000", v: 1 }, admin);
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("survey suggestions", () => {
  const SUGGESTIONS = `query ($su: ID!, $p: ID!, $first: Int, $after: String) {
    surveySuggestions(serviceUnitId: $su, periodId: $p, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { submittedAt suggestion serviceReceived } } }
  }`;
  let periodId: string;
  const su: Record<string, string> = {};
  beforeAll(async () => {
    const d = surveyPeriodDates(2022, 1);
    [{ id: periodId }] = await app.ds.query(`INSERT INTO survey_periods (code, year, half, starts_on, ends_on, status) VALUES ($1, 2022, 1, $2, $3, 'CLOSED') RETURNING id`, [d.code, d.startsOn, d.endsOn]);
    for (const r of (await app.ds.query(`SELECT id, code FROM service_units WHERE code IN ('pkm-cebongan', 'disdukcapil')`)) as { id: string; code: string }[]) su[r.code] = r.id;
    // 7 suggestions at cebongan (two in the same microsecond), blank and missing ones, and one at disdukcapil.
    const rows: [string, string | null, string | null, string][] = [
      ...Array.from({ length: 5 }, (_, i) => [su["pkm-cebongan"]!, `Saran ${i + 1}`, i % 2 ? null : `Layanan ${i + 1}`, `2022-03-0${i + 1} 08:00:00.123456+07`] as [string, string, string | null, string]),
      [su["pkm-cebongan"]!, "Saran 6a", null, "2022-03-06 08:00:00.123456+07"],
      [su["pkm-cebongan"]!, "Saran 6b", null, "2022-03-06 08:00:00.123456+07"],
      [su["pkm-cebongan"]!, null, "Tanpa saran", "2022-03-07 08:00:00+07"],
      [su["pkm-cebongan"]!, "   ", null, "2022-03-08 08:00:00+07"],
      [su.disdukcapil!, "Saran dukcapil", null, "2022-03-09 08:00:00+07"],
    ];
    for (const [id, suggestion, service, at] of rows) {
      await app.ds.query(
        `INSERT INTO survey_responses (service_unit_id, period_id, u1, suggestion, service_received, client_key, submitted_at) VALUES ($1, $2, 3, $3, $4, encode(sha256(gen_random_uuid()::text::bytea), 'hex'), $5)`,
        [id, periodId, suggestion, service, at],
      );
    }
  });

  it("lists the non-empty suggestions newest first, every page once with small pages", async () => {
    const seen: { submittedAt: string; suggestion: string; serviceReceived: string | null }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: (typeof seen)[number] }[] };
      const r = (await app.gql(SUGGESTIONS, { su: su["pkm-cebongan"], p: periodId, first: 2, after }, analyst)) as { errors?: unknown; data?: { surveySuggestions: Page } | null };
      expect(r.errors).toBeUndefined();
      const c: Page = r.data!.surveySuggestions;
      seen.push(...c.edges.map((e) => e.node));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen.map((s) => s.suggestion)).toEqual(expect.arrayContaining(["Saran 6a", "Saran 6b"]));
    expect(seen.map((s) => s.suggestion).slice(2)).toEqual(["Saran 5", "Saran 4", "Saran 3", "Saran 2", "Saran 1"]);
    expect(seen[6]).toEqual({ submittedAt: "2022-03-01T01:00:00.123Z", suggestion: "Saran 1", serviceReceived: "Layanan 1" });
    expect(seen[5]!.serviceReceived).toBeNull();
    const forged = await app.gql(SUGGESTIONS, { su: su["pkm-cebongan"], p: periodId, first: 2, after: "bm90LWEtY3Vyc29y" }, admin);
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("shows a unit operator its subtree's service units only; NOT_FOUND for another's, an unknown unit or period", async () => {
    const mine = await app.gql(SUGGESTIONS, { su: su["pkm-cebongan"], p: periodId, first: 50 }, operator);
    expect(mine.data!.surveySuggestions.totalCount).toBe(7);
    const other = await app.gql(SUGGESTIONS, { su: su.disdukcapil, p: periodId, first: 50 }, operator);
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const byAdmin = await app.gql(SUGGESTIONS, { su: su.disdukcapil, p: periodId, first: 50 }, admin);
    expect(byAdmin.data!.surveySuggestions.edges.map((e: { node: { suggestion: string } }) => e.node.suggestion)).toEqual(["Saran dukcapil"]);
    const unknownPeriod = await app.gql(SUGGESTIONS, { su: su.disdukcapil, p: "00000000-0000-4000-8000-000000000000", first: 5 }, admin);
    expect(unknownPeriod.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const unknownUnit = await app.gql(SUGGESTIONS, { su: "nope", p: periodId, first: 5 }, analyst);
    expect(unknownUnit.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

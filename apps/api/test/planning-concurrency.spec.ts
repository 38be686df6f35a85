import { startTestApp, type TestApp } from "./support/test-app";

/** Defect 3: parallel adoptions and runs of one year's plan (issue 6). */
let app: TestApp;
let admin: string;
const YEAR = 2027;
const CEILING = 1_500_000_000;

beforeAll(async () => {
  app = await startTestApp({ employees: 120 });
  admin = await app.login("admin");
});
afterAll(() => app.close());

const RUN = `mutation ($y: Int!, $c: Rupiah!) { runPlan(year: $y, ceiling: $c) { id version status } }`;
const ADOPT = `mutation ($id: ID!) { adoptPlan(id: $id) { id status } }`;
const adoptedCount = async (): Promise<number> =>
  (await app.ds.query(`SELECT count(*)::int AS n FROM plans WHERE year = $1 AND status = 'ADOPTED'`, [YEAR]))[0].n;

describe("one adopted plan per year", () => {
  it("adopting two drafts at once leaves exactly one ADOPTED; the other call is CONFLICT, never an internal error", async () => {
    const first = (await app.gql(RUN, { y: YEAR, c: CEILING }, admin)).data!.runPlan;
    expect((await app.gql(ADOPT, { id: first.id }, admin)).data!.adoptPlan.status).toBe("ADOPTED");
    const a = (await app.gql(RUN, { y: YEAR, c: CEILING }, admin)).data!.runPlan;
    const b = (await app.gql(RUN, { y: YEAR, c: CEILING - 100_000_000 }, admin)).data!.runPlan;

    // On PostgreSQL the two adoptions are made to overlap for certain: the year's adopted version is held locked until
    // both wait for it (the embedded PGlite has one session, so there the requests run one after the other).
    const holder = process.env.BINA_TEST_EMBEDDED ? null : app.ds.createQueryRunner();
    if (holder) {
      await holder.connect();
      await holder.startTransaction();
      await holder.query(`SELECT id FROM plans WHERE id = $1 FOR UPDATE`, [first.id]);
    }
    const pending = Promise.all([app.gql(ADOPT, { id: a.id }, admin), app.gql(ADOPT, { id: b.id }, admin)]);
    if (holder) {
      for (let waiting = 0; waiting < 2; ) {
        await new Promise((r) => setTimeout(r, 20));
        waiting = (await app.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE plans SET status = ''SUPERSEDED''%'`))[0].n;
      }
      await holder.commitTransaction();
      await holder.release();
    }
    const results = await pending;

    expect(results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code))).not.toContain("INTERNAL_SERVER_ERROR");
    expect(await adoptedCount()).toBe(1);
    const lost = results.filter((r) => r.errors);
    expect(lost.length).toBe(holder ? 1 : 0);
    for (const r of lost) expect(r.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", domainCode: "PLAN_ALREADY_ADOPTED" });
  });

  it("refuses a second ADOPTED version of a year in the database itself", async () => {
    const drafts: { id: string }[] = await app.ds.query(`SELECT id FROM plans WHERE year = $1 AND status <> 'ADOPTED' LIMIT 1`, [YEAR]);
    await expect(app.ds.query(`UPDATE plans SET status = 'ADOPTED' WHERE id = $1`, [drafts[0]!.id])).rejects.toMatchObject({ code: "23505" });
  });

  it("lets a lone adoption supersede the year's adopted version", async () => {
    const c = (await app.gql(RUN, { y: YEAR, c: CEILING }, admin)).data!.runPlan;
    expect((await app.gql(ADOPT, { id: c.id }, admin)).data!.adoptPlan.status).toBe("ADOPTED");
    expect(await adoptedCount()).toBe(1);
  });
});

describe("plan versions", () => {
  it("numbers parallel runs of one year consecutively instead of colliding", async () => {
    const before: number = (await app.ds.query(`SELECT COALESCE(max(version), 0)::int AS v FROM plans WHERE year = $1`, [YEAR]))[0].v;
    const runs = await Promise.all(Array.from({ length: 4 }, (_, i) => app.gql(RUN, { y: YEAR, c: CEILING - i * 10_000_000 }, admin)));
    for (const r of runs) expect(r.errors).toBeUndefined();
    const versions = runs.map((r) => r.data!.runPlan.version as number).sort((x, y) => x - y);
    expect(versions).toEqual([before + 1, before + 2, before + 3, before + 4]);
  });
});

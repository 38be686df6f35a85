import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp({ employees: 40 });
  admin = await app.login("admin");
});
afterAll(() => app.close());

const IMPORT = `mutation ($i: ImportAssessmentsInput!) { importAssessments(input: $i) { totalRows created errors { row field code message } } }`;
const csv = (...rows: string[]) => Buffer.from(["nip,competency_code,level,source,assessed_on", ...rows].join("\n")).toString("base64");
const count = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM competency_assessments`))[0].n as number;

describe("assessment import duplicates (defect 8)", () => {
  it.each([
    ["different levels", "2", "4"],
    ["equal levels", "3", "3"],
  ])("refuses one employee, competency and date twice (%s), naming both rows, and writes nothing", async (_, a, b) => {
    const [e1, e2] = (await app.ds.query(`SELECT nip FROM employees ORDER BY nip LIMIT 2`)) as { nip: string }[];
    const before = await count();
    const r = await app.gql(
      IMPORT,
      {
        i: {
          year: 2026,
          fileName: "a.csv",
          contentBase64: csv(
            `${e1!.nip},M.KOMUNIKASI,${a},SELF,2026-03-01`,
            `${e2!.nip},M.KOMUNIKASI,2,SELF,2026-03-01`,
            `${e1!.nip},M.KOMUNIKASI,3,SELF,2026-03-02`,
            `${e1!.nip},m.komunikasi,${b},SUPERVISOR,2026-03-01`,
          ),
        },
      },
      admin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.importAssessments.created).toBe(0);
    expect(r.data!.importAssessments.errors).toEqual([
      expect.objectContaining({ row: 2, code: "DUPLICATE_ROW" }),
      expect.objectContaining({ row: 5, code: "DUPLICATE_ROW" }),
    ]);
    for (const err of r.data!.importAssessments.errors) expect(err.message).toMatch(/Rows 2 and 5/);
    expect(await count()).toBe(before);
  });

  it("accepts the same employee and competency on different dates", async () => {
    const [e] = (await app.ds.query(`SELECT nip FROM employees ORDER BY nip LIMIT 1`)) as { nip: string }[];
    const r = await app.gql(
      IMPORT,
      { i: { year: 2026, fileName: "a.csv", contentBase64: csv(`${e!.nip},M.KOMUNIKASI,2,SELF,2026-04-01`, `${e!.nip},M.KOMUNIKASI,3,SELF,2026-04-02`), dryRun: true } },
      admin,
    );
    expect(r.data!.importAssessments).toMatchObject({ created: 2, errors: [] });
  });
});

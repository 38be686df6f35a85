import { budgetFixture } from "./support/budget-fixture";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * budget(fiscalYear, unitId) narrows everything to the unit's subtree: its lines, and the participants its
 * cost-effectiveness figures count. An administrator's view of a unit therefore equals the unit operator's own view.
 */
let app: TestApp;
// The delivery demo (its batches and participants) needs the full staff; loading it takes a while on the embedded database.
beforeAll(async () => {
  app = await startTestApp({ employees: 2000, delivery: true });
}, 240_000);
afterAll(() => app?.close());

interface ProgrammeCostRead {
  programme: { id: string };
  cost: number;
  participants: number;
  participantJp: number;
  costPerParticipantJp: number | null;
  meanNGain: number | null;
  gapsAddressed: number;
  costPerGapAddressed: number | null;
}
const Q = `query ($y: Int!, $u: ID) { budget(fiscalYear: $y, unitId: $u) { totals { ceiling spent committed } lines { id }
  programmes { programme { id } cost participants participantJp costPerParticipantJp meanNGain gapsAddressed costPerGapAddressed } } }`;

it("gives an administrator's budget(unitId) the same programme figures as the unit's operator, counting only that unit's participants", async () => {
  const [admin, operator] = await Promise.all([app.login("admin"), app.login("operator")]);
  const [op] = await app.ds.query(`SELECT u.id, u.path FROM users x JOIN units u ON u.id = x.unit_id WHERE x.username = 'operator'`);
  // A programme with completed participants inside the operator's subtree and outside it.
  const [programme] = await app.ds.query(
    `SELECT b.programme_id AS id, pr.year,
            count(*) FILTER (WHERE u.path LIKE $1 || '%' AND nu.path LIKE $1 || '%')::int AS inside, count(*)::int AS total
       FROM nominations n JOIN batches b ON b.id = n.batch_id JOIN programmes pr ON pr.id = b.programme_id
       JOIN employees e ON e.id = n.employee_id JOIN units u ON u.id = e.unit_id JOIN units nu ON nu.id = n.unit_id
      WHERE n.status = 'APPROVED' AND n.outcome = 'COMPLETED' AND b.status <> 'CANCELLED'
      GROUP BY b.programme_id, pr.year
     HAVING count(*) FILTER (WHERE u.path LIKE $1 || '%' AND nu.path LIKE $1 || '%') > 0
        AND count(*) FILTER (WHERE NOT (u.path LIKE $1 || '%' AND nu.path LIKE $1 || '%')) > 0
      ORDER BY 4 DESC LIMIT 1`,
    [op.path],
  );
  expect(programme).toBeDefined();
  const year = Number(programme.year);
  const fx = budgetFixture(app);
  const lineId = await fx.line({ year, accountCode: "5.1.02.01.01.0052", name: "Konsumsi pelatihan unit", ceiling: 40_000_000, unitId: op.id, programmeId: programme.id });
  await fx.spend(lineId, 6_500_000, `${year}-03-10`);

  const mine = await app.gql(Q, { y: year }, operator);
  const asAdmin = await app.gql(Q, { y: year, u: op.id }, admin);
  const everyone = await app.gql(Q, { y: year }, admin);
  for (const r of [mine, asAdmin, everyone]) expect(r.errors).toBeUndefined();
  expect(asAdmin.data!.budget).toEqual(mine.data!.budget);

  const row = (r: typeof mine) => (r.data!.budget.programmes as ProgrammeCostRead[]).find((p) => p.programme.id === programme.id)!;
  expect(row(asAdmin)).toMatchObject({ participants: Number(programme.inside) });
  // Without the unit the administrator counts every participant: the unit's view is narrower.
  expect(row(everyone).participants).toBe(Number(programme.total));
  expect(row(everyone).participants).toBeGreaterThan(row(asAdmin).participants);
});

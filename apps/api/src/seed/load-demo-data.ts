import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { toEmployeeColumns } from "../modules/organization/employee-record";
import { EmployeeEntity } from "../modules/organization/employee.entity";
import { UnitEntity } from "../modules/organization/unit.entity";
import { hashPassword } from "../modules/auth/password";
import { UserEntity } from "../modules/auth/user.entity";
import { demoDelivery } from "./delivery";
import { loadBudgetDemoData } from "./load-budget-demo-data";
import { loadDeliveryDemoData } from "./load-delivery-demo-data";
import { loadEvaluationDemoData } from "./load-evaluation-demo-data";
import { loadNeedsDemoData } from "./load-needs-demo-data";
import { DEMO_PASSWORD, DEMO_USERS, generateEmployees, salatigaUnits } from "./salatiga";

export interface DemoDataSummary {
  readonly units: number;
  readonly employees: number;
  readonly users: number;
  readonly competencies: number;
  readonly assessments: number;
  readonly proposals: number;
  readonly candidates: number;
  /** Null when left out (`delivery: false`: tests that build their own batches). */
  readonly delivery: Awaited<ReturnType<typeof loadDeliveryDemoData>> | null;
  /** Null when left out (`evaluation: false`, or no delivery demo to evaluate). */
  readonly evaluation: Awaited<ReturnType<typeof loadEvaluationDemoData>> | null;
  /** Null when left out (`budget: false`, or no delivery demo to spend on). */
  readonly budget: Awaited<ReturnType<typeof loadBudgetDemoData>> | null;
}

async function insertUnits(m: EntityManager): Promise<Map<string, UnitEntity>> {
  const byCode = new Map<string, UnitEntity>();
  for (const u of salatigaUnits) {
    const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
    if (u.parentCode && !parent) throw new Error(`Demo unit ${u.code} is listed before its parent ${u.parentCode}`);
    const id = randomUUID();
    const unit = m.create(UnitEntity, { id, code: u.code, name: u.name, kind: u.kind, parentId: parent?.id ?? null, path: `${parent?.path ?? "/"}${id}/` });
    byCode.set(u.code, unit);
  }
  await m.save([...byCode.values()], { chunk: 200 });
  return byCode;
}

/** Loads Salatiga's units, about 2,000 employees, the needs, 2026 delivery, evaluation and budget demo and the three demo users, in one transaction. Deterministic but for ids and certificate codes. */
export async function loadDemoData(ds: DataSource, opts: { employees?: number; delivery?: boolean; evaluation?: boolean; budget?: boolean } = {}): Promise<DemoDataSummary> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const summary = await ds.transaction(async (m) => {
    const units = await insertUnits(m);
    const seedEmployees = generateEmployees({ count: opts.employees ?? 2000 });
    const employees = seedEmployees.map((e) => {
      const columns = toEmployeeColumns(e);
      if (!columns.ok) throw new Error(`Demo employee ${e.nip} is invalid: ${columns.error.map((x) => x.message).join("; ")}`);
      const unit = units.get(e.unitCode);
      if (!unit) throw new Error(`Demo employee ${e.nip} names an unknown unit ${e.unitCode}`);
      return m.create(EmployeeEntity, { ...columns.value, unitId: unit.id });
    });
    const savedEmployees = await m.save(employees, { chunk: 500 });
    const needs = await loadNeedsDemoData(m, savedEmployees, units);
    // The JP ledger is rebuilt once after the bulk load instead of by its triggers, statement by statement.
    await m.query(`SELECT set_config('bina.jp_ledger', 'paused', true)`);
    const deliveryDemo = opts.delivery === false ? null : demoDelivery(seedEmployees);
    const delivery = deliveryDemo === null ? null : await loadDeliveryDemoData(m, seedEmployees, savedEmployees, deliveryDemo);
    await m.query(`SELECT set_config('bina.jp_ledger', '', true)`);
    await m.query(`SELECT jp_ledger_rebuild()`);
    // The evaluation and survey demo evaluates the delivery demo's batches: loaded with it unless asked not to.
    const evaluation = deliveryDemo !== null && opts.evaluation !== false ? await loadEvaluationDemoData(m, deliveryDemo, savedEmployees, units) : null;
    const users = DEMO_USERS.map((u) =>
      m.create(UserEntity, {
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        unitId: u.unitCode ? (units.get(u.unitCode)?.id ?? null) : null,
        passwordHash,
      }),
    );
    await m.save(users);
    // The 2026 budget spends on the delivery demo's batches, recorded by the demo users: loaded with it unless asked not to.
    const budget = deliveryDemo !== null && opts.budget !== false ? await loadBudgetDemoData(m, deliveryDemo, units, new Map(users.map((u) => [u.username, u.id]))) : null;
    return { units: units.size, employees: employees.length, users: users.length, ...needs, delivery, evaluation, budget };
  });
  // Fresh statistics after a bulk load, or the planner picks nested loops (PGlite has no autovacuum).
  await ds.query("ANALYZE");
  return summary;
}

/** True when the database holds no units yet (a new database). */
export const isEmpty = async (ds: DataSource): Promise<boolean> => (await ds.getRepository(UnitEntity).count()) === 0;

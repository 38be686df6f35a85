import type { DataSource, EntityManager } from "typeorm";
import { skpPredikat } from "@bina/domain";
import { hashPassword } from "../../modules/auth/password";
import { UserEntity } from "../../modules/auth/user.entity";
import { toEmployeeColumns, type EmployeeColumns } from "../../modules/organization/employee-record";
import { UnitEntity } from "../../modules/organization/unit.entity";
import { pauseNeedsStoreSql, rebuildNeedsStore } from "../../modules/needs/needs-store.sql";
import { loadNeedsDemoData } from "../load-needs-demo-data";
import { employeeStandards, generateAssessments, generateSkpResults } from "../needs";
import { DEFAULT_SEED, DEMO_PASSWORD, DEMO_USERS, generateEmployees, type SeedEmployee } from "../salatiga";
import { CENTRAL_JAVA, cityCountFor, cityUnitCode, cityUnits, employeesPerCity } from "./province";
import { scaleId } from "./scale-ids";

export interface ScaleDataSummary {
  readonly cities: number;
  readonly units: number;
  readonly employees: number;
  readonly assessments: number;
  readonly skp: number;
  readonly users: number;
}

export interface LoadScaleDataOptions {
  readonly ds: DataSource;
  /** How many employees, shared out over one city per 2,000 (at most Central Java's 35). */
  readonly employees: number;
  /** Progress lines (for the command line). */
  readonly log?: (line: string) => void;
}

/** Rows per INSERT ... SELECT FROM unnest(...) statement: one round trip carries this many rows as arrays. */
const BATCH = 5000;

/** Column name and the array type its values are sent as. */
type Columns = readonly (readonly [name: string, type: string])[];

/** Bulk insert as arrays, one statement per {@link BATCH} rows: about as fast as COPY and works on PGlite too. */
async function insertArrays(m: EntityManager, table: string, columns: Columns, rows: readonly (readonly unknown[])[]): Promise<void> {
  const names = columns.map(([n]) => `"${n}"`).join(", ");
  const arrays = columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await m.query(sql, columns.map((_, c) => batch.map((r) => r[c] ?? null)));
  }
}

/** True when the database holds no units, employees or users: the generator fills only an empty database. */
export async function isEmptyForScale(ds: DataSource): Promise<boolean> {
  const [row] = (await ds.query(
    `SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM employees) + (SELECT count(*) FROM users) AS n`,
  )) as { n: string }[];
  return Number(row?.n ?? 0) === 0;
}

/** Valid non-managerial employees of a second draw for city `c`, to stand in for the few invalid ones. */
function reserveFor(c: number): { readonly list: readonly SeedEmployee[]; next: number } {
  const list = generateEmployees({ count: 2000, seed: DEFAULT_SEED + 10_000 + c }).filter(
    (e) => (e.positionKind === "PELAKSANA" || e.positionKind === "FUNGSIONAL") && toEmployeeColumns(e).ok,
  );
  return { list, next: 0 };
}

function nextReserve(reserve: { readonly list: readonly SeedEmployee[]; next: number }): SeedEmployee {
  const e = reserve.list[reserve.next++];
  if (!e) throw new Error("The reserve of valid scale employees ran out");
  return e;
}

const EMPLOYEE_COLUMNS: Columns = [
  ["id", "uuid"], ["nip", "varchar"], ["name", "varchar"], ["gender", "varchar"], ["birth_date", "date"],
  ["employment_type", "varchar"], ["rank_code", "varchar"], ["rank_order", "smallint"], ["position_kind", "varchar"],
  ["position_title", "varchar"], ["functional_grade", "varchar"], ["unit_id", "uuid"], ["email", "varchar"], ["phone", "varchar"],
];

/**
 * Scale data for benchmarks (issue 7): the cities of Central Java, each with Salatiga's unit tree under its own codes,
 * `employees` shared out over them (drawn by the Salatiga generator, one seed per city, NIPs unique over the province),
 * the demo's competencies, standards, cycle, proposals and candidates, assessments and SKP results in the demo's
 * proportions, and the three demo users. Deterministic: the same count gives the same rows and ids.
 * Each city is committed on its own; the caller checks the database is empty first ({@link isEmptyForScale}).
 */
export async function loadScaleData({ ds, employees, log = () => undefined }: LoadScaleDataOptions): Promise<ScaleDataSummary> {
  if (!Number.isInteger(employees) || employees < 1) throw new RangeError(`employees must be a positive integer, got ${employees}`);
  const cities = cityCountFor(employees);
  const perCity = employeesPerCity(employees, cities);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  // Units of every city, with deterministic ids and materialised paths.
  const unitId = new Map<string, string>();
  const unitRows: unknown[][] = [];
  for (const [code, name] of CENTRAL_JAVA.slice(0, cities)) {
    const paths = new Map<string, string>();
    for (const u of cityUnits(code, name)) {
      const id = scaleId("unit", unitRows.length + 1);
      const parentId = u.parentCode === null ? null : unitId.get(u.parentCode);
      if (parentId === undefined) throw new Error(`Scale unit ${u.code} is listed before its parent ${u.parentCode ?? ""}`);
      const path = `${u.parentCode === null ? "/" : paths.get(u.parentCode)!}${id}/`;
      unitId.set(u.code, id);
      paths.set(u.code, path);
      unitRows.push([id, u.code, u.name, u.kind, parentId, path]);
    }
  }

  const users = await ds.transaction(async (m) => {
    await m.query(pauseNeedsStoreSql);
    await insertArrays(m, "units", [["id", "uuid"], ["code", "varchar"], ["name", "varchar"], ["kind", "varchar"], ["parent_id", "uuid"], ["path", "text"]], unitRows);
    // The demo's dictionary, standards, cycle, proposals and candidates (proposals name Salatiga's units: city 1).
    const salatiga = new Map([...unitId].map(([code, id]) => [code, m.create(UnitEntity, { id, code })]));
    await loadNeedsDemoData(m, [], salatiga);
    const saved = await m.save(
      DEMO_USERS.map((u) =>
        m.create(UserEntity, {
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          unitId: u.unitCode ? (unitId.get(u.unitCode) ?? null) : null,
          passwordHash,
        }),
      ),
    );
    return saved.length;
  });
  log(`${unitRows.length} units in ${cities} cities, ${users} demo users`);

  const competencyId = new Map(((await ds.query(`SELECT code, id FROM competencies`)) as { code: string; id: string }[]).map((r) => [r.code, r.id]));
  const [cycle] = (await ds.query(`SELECT id FROM assessment_cycles ORDER BY year DESC LIMIT 1`)) as { id: string }[];
  if (!cycle) throw new Error("The demo assessment cycle was not created");

  const nips = new Set<string>();
  let employeeCount = 0;
  let assessmentCount = 0;
  let skpCount = 0;
  for (let c = 0; c < cities; c++) {
    const [cityCode] = CENTRAL_JAVA[c]!;
    const drawn: (EmployeeColumns & { id: string; unitId: string })[] = [];
    const reserve = reserveFor(c);
    for (const drawnEmployee of generateEmployees({ count: perCity[c]!, seed: DEFAULT_SEED + c })) {
      // About 1 in 1,000 drawn PPPK staff is appointed before turning 20 (the Salatiga careers allow it; the domain
      // refuses it): such a person is replaced by a valid staff member of a reserve draw, in the same unit.
      const e = toEmployeeColumns(drawnEmployee).ok ? drawnEmployee : { ...nextReserve(reserve), unitCode: drawnEmployee.unitCode };
      // Cities are drawn independently: a NIP another city already holds moves to the next free sequence number.
      let nip = e.nip;
      for (let seq = Number(nip.slice(15)); nips.has(nip); ) {
        seq = seq >= 999 ? 1 : seq + 1;
        nip = `${nip.slice(0, 15)}${String(seq).padStart(3, "0")}`;
      }
      nips.add(nip);
      const columns = toEmployeeColumns({ ...e, nip });
      if (!columns.ok) throw new Error(`Scale employee ${nip} is invalid: ${columns.error.map((x) => x.message).join("; ")}`);
      const unit = unitId.get(cityUnitCode(cityCode, e.unitCode));
      if (!unit) throw new Error(`Scale employee ${nip} names an unknown unit ${e.unitCode}`);
      drawn.push({ ...columns.value, id: scaleId("employee", employeeCount + drawn.length + 1), unitId: unit });
    }
    const positions = drawn.map((e) => ({ nip: e.nip, positionKind: e.positionKind, positionTitle: e.positionTitle, functionalGrade: e.functionalGrade ?? "" }));
    const idOf = new Map(drawn.map((e) => [e.nip, e.id]));
    const assessments = generateAssessments(positions, employeeStandards(positions));
    const skp = generateSkpResults(positions);

    await ds.transaction(async (m) => {
      await m.query(pauseNeedsStoreSql);
      await insertArrays(m, "employees", EMPLOYEE_COLUMNS, drawn.map((e) => [
        e.id, e.nip, e.name, e.gender, e.birthDate, e.employmentType, e.rankCode, e.rankOrder, e.positionKind,
        e.positionTitle, e.functionalGrade, e.unitId, e.email, e.phone,
      ]));
      await insertArrays(
        m,
        "competency_assessments",
        [["id", "uuid"], ["cycle_id", "uuid"], ["employee_id", "uuid"], ["competency_id", "uuid"], ["level", "smallint"], ["source", "varchar"], ["assessed_on", "date"]],
        assessments.map((a, i) => {
          const competency = competencyId.get(a.competencyCode);
          if (!competency) throw new Error(`Scale assessment names an unknown competency ${a.competencyCode}`);
          return [scaleId("assessment", assessmentCount + i + 1), cycle.id, idOf.get(a.nip), competency, a.level, a.source, a.assessedOn];
        }),
      );
      await insertArrays(
        m,
        "skp_results",
        [["id", "uuid"], ["employee_id", "uuid"], ["year", "smallint"], ["result_rating", "varchar"], ["behaviour_rating", "varchar"], ["predikat", "varchar"]],
        skp.map((r, i) => [scaleId("skp", skpCount + i + 1), idOf.get(r.nip), r.year, r.resultRating, r.behaviourRating, skpPredikat(r.resultRating, r.behaviourRating)]),
      );
    });
    employeeCount += drawn.length;
    assessmentCount += assessments.length;
    skpCount += skp.length;
    log(`${CENTRAL_JAVA[c]![1]}: ${drawn.length} employees, ${assessments.length} assessments, ${skp.length} SKP results`);
  }

  // The needs store's triggers were paused during the load (one refresh per batch would redo each city's rows three
  // times): one rebuild now, then fresh statistics (PGlite has no autovacuum).
  await ds.query("ANALYZE");
  const started = Date.now();
  await rebuildNeedsStore(ds);
  log(`needs store rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await ds.query("ANALYZE");
  return { cities, units: unitRows.length, employees: employeeCount, assessments: assessmentCount, skp: skpCount, users };
}

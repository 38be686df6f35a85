import { Brackets, type DataSource, type SelectQueryBuilder } from "typeorm";
import type { Caller, Scope } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type CursorKind, type Page } from "../../kit/connection";
import { escapeLike } from "../../kit/sql";
import { inSubtreeOfWhere, scopeWhere } from "../../kit/unit-scope";
import { EmployeeEntity } from "./employee.entity";
import { EmployeeSortField, SortDirection, type EmployeeFilter, type EmployeeSort } from "./employee.inputs";

/** Sort keys as SQL expressions with the type their cursor values are cast back to; `e.id` always breaks ties. */
interface SortKey {
  readonly expr: string;
  readonly cast: string;
  readonly kind: CursorKind;
}

const SORT_KEYS: Record<EmployeeSortField, readonly SortKey[]> = {
  [EmployeeSortField.NAME]: [{ expr: "e.name", cast: "varchar", kind: "text" }],
  [EmployeeSortField.NIP]: [{ expr: "e.nip", cast: "varchar", kind: "text" }],
  [EmployeeSortField.RANK]: [
    { expr: "e.employment_type", cast: "varchar", kind: "text" },
    { expr: "e.rank_order", cast: "smallint", kind: "int" },
  ],
  [EmployeeSortField.UNIT]: [{ expr: "u.name", cast: "varchar", kind: "text" }],
  [EmployeeSortField.UPDATED_AT]: [{ expr: "e.updated_at", cast: "timestamptz", kind: "timestamp" }],
};
const ID_KEY: SortKey = { expr: "e.id", cast: "uuid", kind: "uuid" };

function applyFilter(qb: SelectQueryBuilder<EmployeeEntity>, scope: Scope, filter: EmployeeFilter): void {
  qb.andWhere(...scopeWhere(scope, "u.path"));
  if (filter.unitId) {
    qb.andWhere(...inSubtreeOfWhere("u.path", filter.unitId));
  }
  if (filter.rankCodes?.length) qb.andWhere("e.rank_code IN (:...rankCodes)", { rankCodes: filter.rankCodes });
  if (filter.positionKinds?.length) qb.andWhere("e.position_kind IN (:...positionKinds)", { positionKinds: filter.positionKinds });
  if (filter.employmentType) qb.andWhere("e.employment_type = :employmentType", { employmentType: filter.employmentType });
  if (filter.gender) qb.andWhere("e.gender = :gender", { gender: filter.gender });
  const active = filter.active === undefined ? true : filter.active;
  if (active !== null) qb.andWhere("e.active = :active", { active });
  const search = filter.search?.trim();
  if (search) {
    const digits = search.replace(/\s+/g, "");
    qb.andWhere(
      new Brackets((w) => {
        w.where("e.name ILIKE :name", { name: `%${escapeLike(search)}%` });
        if (/^\d+$/.test(digits)) w.orWhere("e.nip LIKE :nip", { nip: `${digits}%` });
      }),
    );
  }
}

/**
 * The exact number of matching employees. Filtered by activity, scope and subtree only (the usual page): a sum over the
 * units in scope of `unit_employee_counts`, kept current by triggers on write (migration 1764600000100). With any other
 * filter (search, rank, position, type, gender): COUNT(*) over the matches (not TypeORM's COUNT(DISTINCT e.id): the unit
 * join is many-to-one, so the rows are the employees already).
 */
async function countEmployees(ds: DataSource, scope: Scope, matches: SelectQueryBuilder<EmployeeEntity>, filter: EmployeeFilter): Promise<number> {
  const other = Boolean(filter.search?.trim() || filter.rankCodes?.length || filter.positionKinds?.length || filter.employmentType || filter.gender);
  if (other) return Number((await matches.clone().select("COUNT(*)", "n").getRawOne<{ n: string }>())?.n ?? 0);
  const active = filter.active === undefined ? true : filter.active;
  const column = active === null ? `c.active + c.inactive` : active ? "c.active" : "c.inactive";
  const qb = ds.createQueryBuilder().select(`COALESCE(SUM(${column}), 0)`, "n").from("unit_employee_counts", "c").innerJoin("units", "u", "u.id = c.unit_id");
  qb.andWhere(...scopeWhere(scope, "u.path"));
  if (filter.unitId) qb.andWhere(...inSubtreeOfWhere("u.path", filter.unitId));
  return Number((await qb.getRawOne<{ n: string }>())?.n ?? 0);
}

export interface ListEmployeesOptions {
  readonly ds: DataSource;
  readonly caller: Caller;
  /** Page size, already checked against the maximum. */
  readonly first: number;
  readonly after?: string | null;
  readonly filter?: EmployeeFilter | null;
  readonly sort?: EmployeeSort | null;
  /** Count the matching rows over all pages (one more statement); only when the query asks for `totalCount`. */
  readonly withTotal: boolean;
}

/** One page of the employees the caller may see, keyset-paginated; the total only when asked for. */
export async function listEmployees({ ds, caller, ...args }: ListEmployeesOptions): Promise<Page<EmployeeEntity>> {
  const scope = await caller.scope();
  const field = args.sort?.field ?? EmployeeSortField.NAME;
  const desc = args.sort?.direction === SortDirection.DESC;
  const keys = [...SORT_KEYS[field], ID_KEY];

  // The unit rides along on the page (it is joined anyway), so `unit { ... }` needs no second statement.
  const base = ds.getRepository(EmployeeEntity).createQueryBuilder("e").innerJoinAndSelect("e.unit", "u");
  applyFilter(base, scope, args.filter ?? {});
  const totalCount = args.withTotal ? await countEmployees(ds, scope, base, args.filter ?? {}) : null;

  const page = base.clone();
  if (args.after) {
    const values = decodeCursor(args.after, keys.map((k) => k.kind));
    const lhs = keys.map((k) => k.expr).join(", ");
    const rhs = keys.map((k, i) => `CAST(:c${i} AS ${k.cast})`).join(", ");
    page.andWhere(`(${lhs}) ${desc ? "<" : ">"} (${rhs})`, Object.fromEntries(values.map((v, i) => [`c${i}`, v])));
  }
  keys.forEach((k, i) => {
    page.addSelect(`${k.expr}::text`, `k${i}`);
    page.addOrderBy(k.expr, desc ? "DESC" : "ASC");
  });
  page.limit(args.first + 1);
  const { entities, raw } = await page.getRawAndEntities<Record<string, string>>();

  return pageOf(entities, { first: args.first, after: args.after, totalCount }, (_, i) => encodeCursor(keys.map((__, k) => raw[i]?.[`k${k}`] ?? null)));
}

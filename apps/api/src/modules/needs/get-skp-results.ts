import type { DataSource } from "typeorm";
import type { Scope } from "../../kit/caller";
import { skpOfYears, type SkpRow } from "./employee-records.sql";

/** The SKP results of (employee, year) pairs, for `Employee.skp(year)` on a page of employees. One statement. */
export async function getSkpResults({
  ds,
  scope,
  keys,
}: {
  ds: DataSource;
  scope: Scope;
  keys: readonly { employeeId: string; year: number }[];
}): Promise<Map<string, SkpRow>> {
  const rows = await skpOfYears(ds, scope, keys);
  return new Map(rows.map((r) => [`${r.employeeId}|${r.year}`, r]));
}

import type { DataSource } from "typeorm";
import { jobPersonMatchFromSums, type JobPersonMatch } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import { employeesGaps, targetGaps, type EmployeeGapRow, type TargetPositionKey } from "./needs-lists.sql";
import { latestSkpBefore, type SkpRow } from "./employee-records.sql";

export interface NeedGap extends Omit<EmployeeGapRow, "employeeId"> {
  readonly isNeed: boolean;
}

/** One employee's needs in a year: what `Employee.needs(year)` and `employeeNeeds` show. */
export interface EmployeeNeeds {
  readonly employeeId: string;
  readonly year: number;
  readonly gaps: readonly NeedGap[];
  readonly targetGaps: readonly NeedGap[] | null;
  /** Over every standard of the position; null when nothing was assessed. */
  readonly jobPersonMatch: JobPersonMatch | null;
  /** The latest SKP before the year (the one the priority score counts). */
  readonly skp: SkpRow | null;
}

const asNeed = ({ employeeId: _, ...g }: EmployeeGapRow): NeedGap => ({ ...g, isNeed: g.gap !== null && g.gap > 0 });

/**
 * The needs of a batch of employees (already known to be visible to the caller) in a year: gaps against the current
 * position, the JPM over every standard (domain `jobPersonMatchFromSums`), the latest SKP before the year, and gaps
 * against a target position when one is given. Two statements for the whole batch, three with a target.
 */
export async function loadEmployeeNeeds({
  ds,
  scope,
  employeeIds,
  year,
  target,
}: {
  ds: DataSource;
  scope: Scope;
  employeeIds: readonly string[];
  year: number;
  target?: TargetPositionKey | null;
}): Promise<Map<string, EmployeeNeeds>> {
  const [gaps, skps, targets] = await Promise.all([
    employeesGaps(ds, scope, employeeIds, year),
    latestSkpBefore(ds, scope, employeeIds, year),
    target ? targetGaps(ds, employeeIds, year, target) : Promise.resolve(null),
  ]);
  const skpOf = new Map(skps.map((s) => [s.employeeId, s]));
  return new Map(
    employeeIds.map((employeeId) => {
      const own = gaps.filter((g) => g.employeeId === employeeId);
      const assessed = own.filter((g) => g.actual !== null);
      const standardSum = assessed.reduce((s, g) => s + g.standard, 0);
      const actualSum = assessed.reduce((s, g) => s + g.actual!, 0);
      const needs: EmployeeNeeds = {
        employeeId,
        year,
        gaps: own.map(asNeed),
        targetGaps: targets ? targets.filter((g) => g.employeeId === employeeId).map(asNeed) : null,
        jobPersonMatch: standardSum > 0 ? jobPersonMatchFromSums(actualSum, standardSum) : null,
        skp: skpOf.get(employeeId) ?? null,
      };
      return [employeeId, needs];
    }),
  );
}

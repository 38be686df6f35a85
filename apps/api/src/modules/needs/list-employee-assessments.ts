import type { DataSource } from "typeorm";
import type { Scope } from "../../kit/caller";
import { pageSize, type Page } from "../../kit/connection";
import { assessmentPages, type AssessmentRow } from "./employee-records.sql";

/**
 * One page of the assessment history of each employee of a batch (newest first; the same `first` and `after` for
 * all, as one field of a list asks), for `Employee.assessments`. One statement for the batch, two with totals.
 */
export async function listEmployeeAssessments({
  ds,
  scope,
  employeeIds,
  first,
  after,
  withTotal,
  maxPageSize,
}: {
  ds: DataSource;
  scope: Scope;
  employeeIds: readonly string[];
  first: number;
  after?: string | null;
  withTotal: boolean;
  maxPageSize?: number;
}): Promise<Map<string, Page<AssessmentRow>>> {
  return assessmentPages(ds, scope, employeeIds, { first: pageSize(first, maxPageSize), after: after ?? null, withTotal });
}

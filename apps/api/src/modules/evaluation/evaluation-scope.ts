import type { EntityManager } from "typeorm";
import { jakartaDate } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import { forbidden, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { escapeLike, queryRows, SqlParams } from "../../kit/sql";
import { scopeSql } from "../../kit/unit-scope";

/** Today in Asia/Jakarta: links open and expire by the city's calendar. */
export const today = (): string => jakartaDate(Date.now());

/**
 * The participants of a batch the caller may see, as the participants list has it: an APPROVED nomination with both the
 * unit when nominated (`nu`) and the employee's current unit (`u`) in an operator's subtree; everyone for ADMIN and
 * ANALYST. Joins `employees e`, `units u`, `units nu` onto `nominations n`.
 */
export const PARTICIPANT_JOINS = `JOIN employees e ON e.id = n.employee_id JOIN units u ON u.id = e.unit_id JOIN units nu ON nu.id = n.unit_id`;

export const participantScopeSql = (scope: Scope, p: SqlParams): string =>
  scope.kind === "ALL" ? "TRUE" : `${scopeSql(scope, "u.path", p)} AND ${scopeSql(scope, "nu.path", p)}`;

/** An invitation `i` is visible when its employee is one of the batch's participants the caller may see. */
export const invitationScopeSql = (scope: Scope, p: SqlParams, alias = "i"): string =>
  scope.kind === "ALL"
    ? "TRUE"
    : `EXISTS (SELECT 1 FROM nominations n ${PARTICIPANT_JOINS}
                WHERE n.batch_id = ${alias}.batch_id AND n.employee_id = ${alias}.employee_id AND n.status = 'APPROVED'
                  AND ${participantScopeSql(scope, p)})`;

/**
 * A batch `alias` passes the module's batch-scope rule (as batchInScope): everyone's for ADMIN and ANALYST; for an
 * operator, a batch with at least one APPROVED participant it may see.
 */
export const batchScopeSql = (scope: Scope, p: SqlParams, alias = "b"): string =>
  scope.kind === "ALL"
    ? "TRUE"
    : `EXISTS (SELECT 1 FROM nominations n ${PARTICIPANT_JOINS} WHERE n.batch_id = ${alias}.id AND n.status = 'APPROVED' AND ${participantScopeSql(scope, p)})`;

/** Of these batches, the ids the caller may see (batchScopeSql); one statement. */
export async function batchesInScope(m: Pick<EntityManager, "query">, scope: Scope, batchIds: readonly string[]): Promise<Set<string>> {
  const ids = batchIds.filter(isUuid);
  if (ids.length === 0) return new Set();
  const p = new SqlParams();
  const rows = await queryRows<{ id: string }>(m, `SELECT b.id FROM batches b WHERE b.id = ANY(${p.add(ids, "uuid[]")}) AND ${batchScopeSql(scope, p)}`, p);
  return new Set(rows.map((r) => r.id));
}

export interface BatchHead {
  readonly id: string;
  readonly programmeId: string;
  readonly status: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly version: number;
}

/**
 * The batch, or NOT_FOUND; an operator reaches only a batch with at least one participant in its subtree (FORBIDDEN
 * otherwise, naming nothing). `lock` takes the batch FOR SHARE, so a completion cannot be undone under a schedule.
 */
export async function batchInScope(m: Pick<EntityManager, "query">, scope: Scope, batchId: string, lock = false): Promise<BatchHead> {
  if (!isUuid(batchId)) throw notFound("Batch", batchId);
  const [batch] = await queryRows<BatchHead & { visible: boolean }>(
    m,
    `SELECT b.id, b.programme_id AS "programmeId", b.status, b.starts_on::text AS "startsOn", b.ends_on::text AS "endsOn", b.version,
            ${scope.kind === "ALL" ? "TRUE" : `EXISTS (SELECT 1 FROM nominations n JOIN employees e ON e.id = n.employee_id JOIN units u ON u.id = e.unit_id JOIN units nu ON nu.id = n.unit_id
                      WHERE n.batch_id = b.id AND n.status = 'APPROVED' AND u.path LIKE $2 AND nu.path LIKE $2)`} AS visible
       FROM batches b WHERE b.id = $1 ${lock ? "FOR SHARE OF b" : ""}`,
    scope.kind === "ALL" ? [batchId] : [batchId, `${escapeLike(scope.path)}%`],
  );
  if (!batch) throw notFound("Batch", batchId);
  if (!batch.visible) throw forbidden("This batch has no participants of your unit and its sub-units");
  return batch;
}

import type { EntityManager } from "typeorm";
import { failure, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows } from "../../kit/sql";

export interface GatedBatch {
  readonly id: string;
  readonly status: string;
  readonly version: number;
}

/**
 * Locks a batch against a status change (FOR SHARE: attendance writers run side by side, while completion, which
 * locks it FOR UPDATE, waits for them or they for it) and refuses one that is not RUNNING: attendance, scores and
 * check-ins are taken while a batch runs, and frozen once it is completed.
 */
export async function lockRunningBatch(m: EntityManager, batchId: string): Promise<GatedBatch> {
  const [batch] = isUuid(batchId) ? await queryRows<GatedBatch>(m, `SELECT id, status, version FROM batches WHERE id = $1 FOR SHARE`, [batchId]) : [];
  if (!batch) throw notFound("Batch", batchId);
  if (batch.status !== "RUNNING") {
    throw failure("BATCH_NOT_RUNNING", `Attendance and scores are taken while the batch is RUNNING; it is ${batch.status}`, { field: "batchId", status: batch.status });
  }
  return batch;
}

/** A session with its batch, or NOT_FOUND. */
export async function sessionBatchId(m: EntityManager, sessionId: string): Promise<string> {
  const [row] = isUuid(sessionId) ? await queryRows<{ batchId: string }>(m, `SELECT batch_id AS "batchId" FROM batch_sessions WHERE id = $1`, [sessionId]) : [];
  if (!row) throw notFound("BatchSession", sessionId);
  return row.batchId;
}

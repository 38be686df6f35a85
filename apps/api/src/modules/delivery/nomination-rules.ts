import { conflict } from "../../kit/errors";
import type { BatchEntity } from "./batch.entity";

/** Nominations are made and withdrawn while a batch is PLANNED or OPEN (CONFLICT NOMINATIONS_CLOSED otherwise). */
export function assertNominationsOpen(batch: BatchEntity): void {
  if (batch.status !== "PLANNED" && batch.status !== "OPEN") {
    throw conflict(`Batch ${batch.name} is ${batch.status}; nominations are taken while it is PLANNED or OPEN`, { field: "batchId", domainCode: "NOMINATIONS_CLOSED" });
  }
}

export const alreadyNominated = () =>
  conflict("This employee already has an active nomination for this batch", { field: "employeeId", domainCode: "ALREADY_NOMINATED" });

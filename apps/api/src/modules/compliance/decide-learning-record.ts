import type { DataSource } from "typeorm";
import { checkText } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { AppError, badInput, conflict, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { recordAudit } from "../audit/record-audit";
import { recordsById, type LearningRecordRow } from "./learning-records.sql";

/** Longest rejection reason: column `learning_records.reason varchar(500)`. */
export const REJECTION_REASON_MAX_LENGTH = 500;
const REJECTION_REASON_MIN_LENGTH = 3;

export type LearningDecision = { readonly decision: "VERIFY" } | { readonly decision: "REJECT"; readonly reason: string };

/**
 * BKPSDM verifies a submitted record (its ledger entry becomes earned) or rejects it with a reason (its entry leaves
 * the ledger). The record is locked and its version checked, so of two decisions at once one wins and the other gets
 * CONFLICT (STALE_VERSION, or RECORD_ALREADY_DECIDED after a reload). One transaction with the audit row.
 */
export async function decideLearningRecord({
  ds,
  caller,
  id,
  version,
  decision,
}: {
  ds: DataSource;
  caller: Caller;
  id: string;
  version: number;
  decision: LearningDecision;
}): Promise<LearningRecordRow> {
  let reason: string | null = null;
  if (decision.decision === "REJECT") {
    if (typeof decision.reason !== "string" || decision.reason.trim() === "") {
      throw new AppError("BAD_USER_INPUT", "reason: say why the record is rejected", { field: "reason", domainCode: "REJECTION_REASON_REQUIRED" });
    }
    const checked = checkText(decision.reason, { field: "reason", min: REJECTION_REASON_MIN_LENGTH, max: REJECTION_REASON_MAX_LENGTH, multiline: true });
    if (!checked.ok) throw badInput(checked.error);
    reason = checked.value;
  }
  if (!isUuid(id)) throw notFound("LearningRecord", id.slice(0, 60));
  return ds.transaction(async (m) => {
    const [current] = await recordsById(m, [id], true);
    if (!current) throw notFound("LearningRecord", id);
    if (current.version !== version) {
      throw conflict(`LearningRecord ${id} was changed by someone else (version ${current.version}, you sent ${version}); reload and try again`, {
        field: "version",
        domainCode: "STALE_VERSION",
        currentVersion: current.version,
      });
    }
    if (current.status !== "SUBMITTED") {
      throw conflict(`LearningRecord ${id} is already ${current.status}`, { domainCode: "RECORD_ALREADY_DECIDED" });
    }
    const status = decision.decision === "VERIFY" ? "VERIFIED" : "REJECTED";
    await m.query(
      `UPDATE learning_records SET status = $2, verified_by = $3, decided_at = now(), reason = $4, version = version + 1 WHERE id = $1`,
      [id, status, caller.user.id, reason],
    );
    if (status === "VERIFIED") await m.query(`UPDATE jp_entries SET verified = true WHERE source = 'RECORD' AND source_id = $1`, [id]);
    else await m.query(`DELETE FROM jp_entries WHERE source = 'RECORD' AND source_id = $1`, [id]);
    const [saved] = await recordsById(m, [id]);
    await recordAudit(m, caller.user.id, [{ action: "DECIDE", entityType: "LearningRecord", entityId: id, before: { ...current }, after: { ...saved! } }]);
    return saved!;
  });
}


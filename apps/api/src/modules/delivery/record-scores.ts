import type { DataSource } from "typeorm";
import { domainError, type DomainError } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import { lockRunningBatch } from "./attendance-gate";
import type { RecordScoresInput } from "./attendance.inputs";
import { approvedIn } from "./record-attendance";

/** Test scores are percentages with at most two decimals (numeric(5,2)). */
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/** Why a score is refused, or null when it is fine (null itself clears a score). */
export function scoreProblem(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value)) return "NOT_A_NUMBER";
  if (value < SCORE_MIN || value > SCORE_MAX) return "OUT_OF_RANGE";
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) return "TOO_PRECISE";
  return null;
}

/** Pre/post test scores of a running batch's participants: one statement, one transaction, one audit row. */
export async function recordScores({ ds, caller, input }: { ds: DataSource; caller: Caller; input: RecordScoresInput }): Promise<{ updated: number }> {
  const errors: DomainError[] = [];
  const seen = new Map<string, number>();
  input.scores.forEach((s, i) => {
    for (const field of ["preScore", "postScore"] as const) {
      const reason = scoreProblem(s[field]);
      if (reason) errors.push(domainError("INVALID_SCORE", `scores.${i}.${field}: a score is a number from ${SCORE_MIN} to ${SCORE_MAX} with at most two decimals`, { field: `scores.${i}.${field}`, reason }));
    }
    const first = seen.get(s.nominationId);
    if (first !== undefined) errors.push(domainError("DUPLICATE_PARTICIPANT", `scores.${i}.nominationId: already given at scores.${first}`, { field: `scores.${i}.nominationId` }));
    else seen.set(s.nominationId, i);
  });
  if (errors.length) throw badInput(errors);
  return ds.transaction(async (m) => {
    await lockRunningBatch(m, input.batchId);
    const approved = await approvedIn(m, input.batchId, input.scores.map((s) => s.nominationId));
    input.scores.forEach((s, i) => {
      if (!approved.has(s.nominationId)) errors.push(domainError("NOT_A_PARTICIPANT", `scores.${i}.nominationId: not an approved participant of this batch`, { field: `scores.${i}.nominationId` }));
    });
    if (errors.length) throw badInput(errors);
    const col = (f: "preScore" | "postScore") => input.scores.map((s) => (s[f] === undefined ? null : s[f]));
    const given = (f: "preScore" | "postScore") => input.scores.map((s) => s[f] !== undefined);
    await m.query(
      `UPDATE nominations n SET
         pre_score = CASE WHEN x.set_pre THEN x.pre ELSE n.pre_score END,
         post_score = CASE WHEN x.set_post THEN x.post ELSE n.post_score END
       FROM unnest($1::uuid[], $2::numeric[], $3::boolean[], $4::numeric[], $5::boolean[]) AS x(id, pre, set_pre, post, set_post)
       WHERE n.id = x.id`,
      [input.scores.map((s) => s.nominationId), col("preScore"), given("preScore"), col("postScore"), given("postScore")],
    );
    await recordAudit(m, caller.user.id, [
      { action: "UPDATE", entityType: "BatchScores", entityId: input.batchId, before: null, after: { scores: input.scores.map((s) => ({ ...s })) } },
    ]);
    return { updated: input.scores.length };
  });
}

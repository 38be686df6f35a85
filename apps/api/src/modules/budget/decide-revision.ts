import type { DataSource } from "typeorm";
import { applyRevision, checkText, firstOpenMonth, jakartaDate, resplitPlan, type BudgetRevision } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, conflict, failure } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit, type AuditRecord } from "../audit/record-audit";
import { BudgetRevisionEntity } from "./budget-revision.entity";
import { DECISION_NOTE_MAX_LENGTH } from "./budget-revisions.inputs";
import { namedLines, revisionRefused, revisionSnapshot } from "./request-revision";
import { revisionLines } from "./revision-lines.sql";

/**
 * An administrator decides a requested revision. In one transaction: the revision row is locked (NOT_FOUND when
 * unknown; CONFLICT REVISION_DECIDED when already decided, before the version check, so the loser of two parallel
 * decisions learns why; CONFLICT STALE_VERSION when the version read is old); on approval its lines are locked in id
 * order, the domain's `applyRevision` runs on their current figures (REVISION_BELOW_SPENT or INVALID_AMOUNT refuse it
 * and roll everything back), each changed line gets its new ceiling, a re-split monthly plan and a new version; then
 * the revision is marked decided. Audit rows for the revision and each changed line. The plan is re-split by the
 * domain's `resplitPlan` from the decision's month on (Asia/Jakarta, `firstOpenMonth`: every month for a year still
 * ahead, December alone for a year past): the months already past keep their plan.
 */
export async function decideRevision({
  ds,
  caller,
  id,
  version,
  approve,
  note,
}: {
  ds: DataSource;
  caller: Caller;
  id: string;
  version: number;
  approve: boolean;
  note?: string | null;
}): Promise<BudgetRevisionEntity> {
  let decisionNote: string | null = null;
  if (note != null && note.trim() !== "") {
    const checked = checkText(note, { field: "note", min: 1, max: DECISION_NOTE_MAX_LENGTH, multiline: true });
    if (!checked.ok) throw badInput(checked.error);
    decisionNote = checked.value;
  }
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const revision = await loadForChange(m, BudgetRevisionEntity, { id, version: null, what: "Budget revision" });
    if (revision.status !== "REQUESTED") {
      throw failure("REVISION_DECIDED", `This revision was already ${revision.status === "APPROVED" ? "approved" : "rejected"}`, { field: "id", status: revision.status });
    }
    if (revision.version !== version) {
      throw conflict(`Budget revision ${id} was changed by someone else (version ${revision.version}, you sent ${version}); reload and try again`, {
        field: "version",
        domainCode: "STALE_VERSION",
        currentVersion: revision.version,
      });
    }
    const before = revisionSnapshot(revision);
    const audit: AuditRecord[] = [];
    const decidedAt = new Date();
    if (approve) {
      const fromMonth = firstOpenMonth(revision.fiscalYear, jakartaDate(decidedAt.getTime()));
      const named = namedLines(revision);
      const lines = await revisionLines(m, scope, named.map(([, lineId]) => lineId), true);
      const domainRevision: BudgetRevision =
        revision.kind === "TRANSFER"
          ? { kind: "TRANSFER", fromLineId: revision.fromLineId!, toLineId: revision.toLineId!, amount: revision.amount!, reason: revision.reason }
          : { kind: "CHANGE", lineId: revision.lineId!, newCeiling: revision.newCeiling!, reason: revision.reason };
      const applied = applyRevision(lines, domainRevision);
      if (!applied.ok) throw revisionRefused(applied.error);
      const byId = new Map(lines.map((l) => [l.id, l]));
      for (const change of applied.value) {
        const line = byId.get(change.id)!;
        const plan = resplitPlan(line.plannedByMonth, change.ceiling, fromMonth);
        await m.query(
          `UPDATE budget_lines SET ceiling = $2, planned_by_month = $3::bigint[], version = version + 1, updated_at = now() WHERE id = $1`,
          [line.id, change.ceiling, plan],
        );
        audit.push({
          action: "UPDATE",
          entityType: "BudgetLine",
          entityId: line.id,
          before: { ceiling: line.ceiling, plannedByMonth: line.plannedByMonth, version: line.version },
          after: { ceiling: change.ceiling, plannedByMonth: plan, replannedFromMonth: fromMonth, version: line.version + 1, revisionId: revision.id },
        });
      }
    }
    const saved = await m.save(
      Object.assign(revision, {
        status: approve ? ("APPROVED" as const) : ("REJECTED" as const),
        decidedBy: caller.user.id,
        decidedAt,
        decisionNote,
        version: revision.version + 1,
      }),
    );
    audit.unshift({ action: "DECIDE", entityType: "BudgetRevision", entityId: saved.id, before, after: revisionSnapshot(saved) });
    await recordAudit(m, caller.user.id, audit);
    return saved;
  });
}

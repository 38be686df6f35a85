import type { DataSource } from "typeorm";
import { applyRevision, checkText, domainError, REVISION_KINDS, REVISION_REASON_MAX_LENGTH, type BudgetRevision, type DomainError, type RevisionError } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { AppError, badInput } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { recordAudit } from "../audit/record-audit";
import { BudgetRevisionEntity } from "./budget-revision.entity";
import type { RequestBudgetRevisionInput } from "./budget-revisions.inputs";
import { revisionLines, type RevisionLineRow } from "./revision-lines.sql";

const invalid = (field: string, reason: string, message: string): DomainError => ({ ...domainError("INVALID_REVISION", message), field, reason });

/** The audit snapshot of a revision. */
export const revisionSnapshot = (r: BudgetRevisionEntity): Record<string, unknown> => ({
  fiscalYear: r.fiscalYear,
  kind: r.kind,
  fromLineId: r.fromLineId,
  toLineId: r.toLineId,
  lineId: r.lineId,
  amount: r.amount,
  newCeiling: r.newCeiling,
  reason: r.reason,
  status: r.status,
  decidedBy: r.decidedBy,
  decidedAt: r.decidedAt,
  decisionNote: r.decisionNote,
  version: r.version,
});

/** The revision the domain checks, from the input (the fields of the other kind are refused, not ignored). */
function revisionOf(input: RequestBudgetRevisionInput): BudgetRevision {
  const errors: DomainError[] = [];
  if (!(REVISION_KINDS as readonly string[]).includes(input.kind)) errors.push(invalid("kind", "UNKNOWN_KIND", `kind: one of ${REVISION_KINDS.join(", ")}`));
  const named = input.kind === "TRANSFER" ? (["fromLineId", "toLineId", "amount"] as const) : (["lineId", "newCeiling"] as const);
  const foreign = input.kind === "TRANSFER" ? (["lineId", "newCeiling"] as const) : (["fromLineId", "toLineId", "amount"] as const);
  for (const f of named) if (input[f] == null) errors.push(invalid(f, "REQUIRED", `${f}: a ${input.kind} names it`));
  for (const f of foreign) if (input[f] != null) errors.push(invalid(f, "NOT_FOR_KIND", `${f}: not part of a ${input.kind}`));
  for (const f of ["fromLineId", "toLineId", "lineId"] as const) {
    const id = input[f];
    if (id != null && !isUuid(id)) errors.push(invalid(f, "UNKNOWN_LINE", `${f}: not a budget line id`));
  }
  if (errors.length) throw badInput(errors);
  return input.kind === "TRANSFER"
    ? { kind: "TRANSFER", fromLineId: input.fromLineId!, toLineId: input.toLineId!, amount: input.amount!, reason: input.reason }
    : { kind: "CHANGE", lineId: input.lineId!, newCeiling: input.newCeiling!, reason: input.reason };
}

/** A domain refusal of a revision as a field error; REVISION_BELOW_SPENT also carries the line and what it has spent. */
export const revisionRefused = (e: RevisionError): AppError => {
  const base = badInput(e);
  return e.code === "REVISION_BELOW_SPENT" ? new AppError("BAD_USER_INPUT", base.message, { ...base.extensions, lineId: e.lineId, spent: e.spent }) : base;
};

/** The reason as stored: the text as the domain's check accepts it (trimmed, NFC); `applyRevision` has refused anything else. */
const storedReason = (reason: string): string => {
  const r = checkText(reason, { field: "reason", min: 1, max: REVISION_REASON_MAX_LENGTH, multiline: true, code: "INVALID_REVISION" });
  if (!r.ok) throw badInput({ ...r.error, field: "reason" });
  return r.value;
};

/** The line ids a revision names, with the input field naming each. */
export const namedLines = (r: { kind: string; fromLineId?: string | null; toLineId?: string | null; lineId?: string | null }): [field: string, id: string][] =>
  r.kind === "TRANSFER" ? [["fromLineId", r.fromLineId!], ["toLineId", r.toLineId!]] : [["lineId", r.lineId!]];

/**
 * Checks the lines a revision names: they exist and the caller may act on them (an operator: lines of its subtree;
 * any other line, like an unknown one, is INVALID_REVISION UNKNOWN_LINE, so nothing is learnt of it), and a transfer's
 * two lines are of one fiscal year (OTHER_YEAR).
 */
export function checkNamedLines(lines: readonly RevisionLineRow[], named: readonly [string, string][]): RevisionLineRow[] {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const found = new Map<string, RevisionLineRow>();
  for (const [field, id] of named) {
    const line = byId.get(id);
    if (!line || !line.inScope) throw badInput(invalid(field, "UNKNOWN_LINE", `${field}: there is no budget line ${id} you may revise`));
    found.set(line.id, line);
  }
  const [first, second] = [...found.values()];
  if (first && second && first.fiscalYear !== second.fiscalYear) {
    throw badInput(invalid("toLineId", "OTHER_YEAR", `toLineId: a transfer stays within one fiscal year (${first.fiscalYear}, not ${second.fiscalYear})`));
  }
  // Each line once (a transfer naming one line twice is the domain's SAME_LINE).
  return [...found.values()];
}

/**
 * Requests a revision (ADMIN anywhere; a UNIT_OPERATOR between lines of its subtree). The domain's `applyRevision`
 * checks it against the lines' current figures, so a request that could not be applied now is refused at once
 * (INVALID_AMOUNT, INVALID_REVISION, REVISION_BELOW_SPENT naming the field); a CHANGE to the current ceiling is
 * INVALID_REVISION NO_CHANGE. Nothing changes until an administrator approves it. One transaction with its audit row.
 */
export async function requestRevision({ ds, caller, input }: { ds: DataSource; caller: Caller; input: RequestBudgetRevisionInput }): Promise<BudgetRevisionEntity> {
  const revision = revisionOf(input);
  const scope = await caller.scope();
  const named = namedLines(revision);
  return ds.transaction(async (m) => {
    const lines = checkNamedLines(await revisionLines(m, scope, named.map(([, id]) => id), false), named);
    const applied = applyRevision(lines, revision);
    if (!applied.ok) throw revisionRefused(applied.error);
    if (applied.value.length === 0) throw badInput(invalid("newCeiling", "NO_CHANGE", "newCeiling: the line already has this ceiling"));
    const saved = await m.save(
      m.create(BudgetRevisionEntity, {
        fiscalYear: lines[0]!.fiscalYear,
        kind: revision.kind,
        fromLineId: revision.kind === "TRANSFER" ? revision.fromLineId : null,
        toLineId: revision.kind === "TRANSFER" ? revision.toLineId : null,
        lineId: revision.kind === "CHANGE" ? revision.lineId : null,
        amount: revision.kind === "TRANSFER" ? revision.amount : null,
        newCeiling: revision.kind === "CHANGE" ? revision.newCeiling : null,
        reason: storedReason(input.reason),
        status: "REQUESTED",
        requestedBy: caller.user.id,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        version: 1,
      }),
    );
    await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "BudgetRevision", entityId: saved.id, before: null, after: revisionSnapshot(saved) }]);
    return saved;
  });
}

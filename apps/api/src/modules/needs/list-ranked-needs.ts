import type { DataSource } from "typeorm";
import { priorityScore, type MappingBand, type PriorityPart, type SkpPredikat } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import type { NeedsFilter } from "./needs.inputs";
import { toRowFilter } from "./needs-filter";
import { rankedNeedsPage, type RankedNeedKey, type RankedNeedRow } from "./needs-lists.sql";

/** A part of a priority score, with why it has its value (PUBLIC_SERVICE: the weak survey elements; else null). */
export type ExplainedPriorityPart = PriorityPart & { readonly reason: string | null };

export type RankedNeed = RankedNeedRow & { readonly parts: readonly ExplainedPriorityPart[] };

/**
 * Needs (gap > 0) ranked by priority score, highest first, one page (keyset cursors on score, gap, name and ids). Each
 * row's JPM and SKP are the employee's over the whole standard set, whatever the filter. The parts come from the
 * domain's `priorityScore` (PUBLIC_SERVICE from the stored value of the weak survey elements, with their reason); the SQL score is its mirror (the tests check they agree). One statement, with the total.
 */
export async function listRankedNeeds({
  ds,
  caller,
  filter,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  filter: NeedsFilter;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<RankedNeed>> {
  const start = after ? decodeRankedCursor(after) : null;
  const scope = await caller.scope();
  const { rows, totalCount } = await rankedNeedsPage(ds, scope, toRowFilter(filter), { limit: first + 1, after: start, withTotal });
  const nodes = rows.map((r) => {
    const explained = priorityScore({
      gap: r.gap,
      skpPredikat: r.skpPredikat as SkpPredikat | null,
      jpmBand: r.jpmBand as MappingBand | null,
      mandatoryForPosition: r.mandatoryProgramme,
      servesPublic: r.publicService > 0,
      unitServiceWeakness: r.publicService > 0 ? r.publicService : null,
    });
    const parts = explained.parts.map((part) => ({ ...part, reason: part.factor === "PUBLIC_SERVICE" ? r.publicServiceReason : null }));
    return { ...r, parts };
  });
  return pageOf(nodes, { first, after, totalCount }, ({ key }) => encodeCursor([key.score, key.gap, key.employeeName, key.employeeId, key.competencyId]));
}

function decodeRankedCursor(after: string): RankedNeedKey {
  const [score, gap, employeeName, employeeId, competencyId] = decodeCursor(after, ["number", "int", "text", "uuid", "uuid"]) as string[];
  return { score: score!, gap: Number(gap), employeeName: employeeName!, employeeId: employeeId!, competencyId: competencyId! };
}

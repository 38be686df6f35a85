import type { DataSource } from "typeorm";
import { priorityScore, type MappingBand, type PriorityPart, type SkpPredikat } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { decodeOffsetCursor, encodeOffsetCursor, pageOf, type Page } from "../../kit/connection";
import type { NeedsFilter } from "./needs.inputs";
import { toRowFilter } from "./needs-filter";
import { countRankedNeeds, rankedNeedsPage, type RankedNeedRow } from "./needs-lists.sql";

export type RankedNeed = RankedNeedRow & { readonly parts: readonly PriorityPart[] };

/**
 * Needs (gap > 0) ranked by priority score, highest first, one page (offset cursors: the ranking is computed). Each
 * row's JPM and SKP are the employee's over the whole standard set, whatever the filter. The parts come from the
 * domain's `priorityScore`; the SQL score is its mirror (the tests check they agree). One statement, two with the total.
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
  const offset = decodeOffsetCursor(after);
  const scope = await caller.scope();
  const f = toRowFilter(filter);
  const rows = await rankedNeedsPage(ds, scope, f, { limit: first + 1, offset });
  const totalCount = withTotal ? await countRankedNeeds(ds, scope, f) : null;
  const nodes = rows.slice(0, first + 1).map((r) => {
    const explained = priorityScore({
      gap: r.gap,
      skpPredikat: r.skpPredikat as SkpPredikat | null,
      jpmBand: r.jpmBand as MappingBand | null,
      mandatoryForPosition: r.mandatoryProgramme,
    });
    return { ...r, parts: explained.parts };
  });
  return pageOf(nodes, { first, after, totalCount }, (_node, i) => encodeOffsetCursor(offset + i + 1));
}

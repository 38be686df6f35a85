import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { isUuid } from "../../kit/ids";
import { inSubtreeOfWhere, scopeWhere } from "../../kit/unit-scope";
import { checkYear } from "../planning/plan-year";
import type { ProposalFilter } from "./proposals.inputs";
import { TrainingProposalEntity } from "./training-proposal.entity";

/** Proposals the caller may see (operators: their subtree's), newest first, in every status unless filtered. */
export async function listProposals({
  ds,
  caller,
  filter,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  filter?: ProposalFilter | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<TrainingProposalEntity>> {
  const f = filter ?? {};
  const empty = { rows: [], hasNextPage: false, hasPreviousPage: !!after, totalCount: withTotal ? 0 : null };
  if (f.year !== undefined && f.year !== null) checkYear(f.year, "filter.year");
  if (f.unitId && !isUuid(f.unitId)) return empty;
  if (f.statuses && f.statuses.length === 0) return empty;
  const qb = ds.getRepository(TrainingProposalEntity).createQueryBuilder("p").innerJoin("p.unit", "u");
  qb.andWhere(...scopeWhere(await caller.scope(), "u.path"));
  if (f.year) qb.andWhere("p.year = :year", { year: f.year });
  if (f.statuses) qb.andWhere("p.status IN (:...statuses)", { statuses: [...new Set(f.statuses)] });
  if (f.unitId) qb.andWhere(...inSubtreeOfWhere("u.path", f.unitId));
  const totalCount = withTotal ? await qb.clone().getCount() : null;
  if (after) {
    const [at, id] = decodeCursor(after, ["timestamp", "uuid"]);
    qb.andWhere("(p.created_at, p.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))", { at, id });
  }
  const { entities, raw } = await qb
    .addSelect("p.created_at::text", "k0")
    .orderBy("p.created_at", "DESC")
    .addOrderBy("p.id", "DESC")
    .limit(first + 1)
    .getRawAndEntities<{ k0: string }>();
  return pageOf(entities, { first, after, totalCount }, (node, i) => encodeCursor([raw[i]!.k0, node.id]));
}

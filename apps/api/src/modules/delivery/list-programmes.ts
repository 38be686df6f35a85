import type { DataSource } from "typeorm";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { checkYear } from "../planning/plan-year";
import type { ProgrammeFilter } from "./delivery.inputs";
import { ProgrammeEntity } from "./programme.entity";

/** A year's programmes by title (keyset on title, id), optionally of some kinds or statuses. */
export async function listProgrammes({
  ds,
  filter,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  filter: ProgrammeFilter;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<ProgrammeEntity>> {
  const year = checkYear(filter.year, "filter.year");
  const empty = { rows: [], hasNextPage: false, hasPreviousPage: !!after, totalCount: withTotal ? 0 : null };
  if (filter.kinds?.length === 0 || filter.statuses?.length === 0) return empty;
  const qb = ds.getRepository(ProgrammeEntity).createQueryBuilder("p").where("p.year = :year", { year });
  if (filter.kinds) qb.andWhere("p.kind IN (:...kinds)", { kinds: [...new Set(filter.kinds)] });
  if (filter.statuses) qb.andWhere("p.status IN (:...statuses)", { statuses: [...new Set(filter.statuses)] });
  const totalCount = withTotal ? await qb.clone().getCount() : null;
  if (after) {
    const [title, id] = decodeCursor(after, ["text", "uuid"]);
    qb.andWhere("(p.title, p.id) > (CAST(:title AS varchar), CAST(:id AS uuid))", { title, id });
  }
  const rows = await qb.orderBy("p.title").addOrderBy("p.id").limit(first + 1).getMany();
  return pageOf(rows, { first, after, totalCount }, (node) => encodeCursor([node.title, node.id]));
}

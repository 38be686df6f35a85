import type { DataSource } from "typeorm";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { checkYear } from "./plan-year";
import { PlanEntity } from "./plan.entity";

/** A year's plan versions, newest first (old versions stay readable); keyset-paginated on the version. */
export async function listPlans({
  ds,
  year,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  year: number;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<PlanEntity>> {
  checkYear(year, "filter.year");
  const qb = ds.getRepository(PlanEntity).createQueryBuilder("p").where("p.year = :year", { year });
  const totalCount = withTotal ? await qb.clone().getCount() : null;
  if (after) qb.andWhere("p.version < CAST(:v AS int)", { v: decodeCursor(after, ["int"])[0] });
  const rows = await qb.orderBy("p.version", "DESC").limit(first + 1).getMany();
  return pageOf(rows, { first, after, totalCount }, (node) => encodeCursor([node.version]));
}

import type { DataSource } from "typeorm";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { valueCandidates, type ValuedCandidate } from "./candidate-value";
import { checkYear } from "./plan-year";
import { ProgrammeCandidateEntity } from "./programme-candidate.entity";

/** A year's candidates, mandatory first, then by title; each valued on its own (one needs query per page). */
export async function listCandidates({
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
}): Promise<Page<ValuedCandidate>> {
  checkYear(year, "filter.year");
  const qb = ds.getRepository(ProgrammeCandidateEntity).createQueryBuilder("c").where("c.year = :year", { year });
  const totalCount = withTotal ? await qb.clone().getCount() : null;
  if (after) {
    const [mandatory, title, id] = decodeCursor(after, ["int", "text", "uuid"]);
    qb.andWhere("(CASE WHEN c.mandatory THEN 0 ELSE 1 END, c.title, c.id) > (CAST(:m AS int), CAST(:t AS varchar), CAST(:id AS uuid))", { m: mandatory, t: title, id });
  }
  const rows = await qb.orderBy("CASE WHEN c.mandatory THEN 0 ELSE 1 END").addOrderBy("c.title").addOrderBy("c.id").limit(first + 1).getMany();
  const valued = await valueCandidates(ds, year, rows);
  return pageOf(valued, { first, after, totalCount }, (node) => encodeCursor([node.mandatory ? 0 : 1, node.title, node.id]));
}

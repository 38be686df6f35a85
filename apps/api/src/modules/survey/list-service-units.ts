import type { DataSource } from "typeorm";
import { checkText, type ServiceUnitKind } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { badInput } from "../../kit/errors";
import { escapeLike } from "../../kit/sql";
import { scopeWhere } from "../../kit/unit-scope";
import { ServiceUnitEntity } from "./service-unit.entity";
import { SURVEY_TEXT } from "./survey-checks";

/**
 * Service units by name (keyset on name, id) the caller may see (a unit operator: those whose organisational unit is in
 * its subtree), optionally of one kind or whose name or code contains a text.
 */
export async function listServiceUnits({
  ds,
  caller,
  search,
  kind,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  search?: string | null;
  kind?: ServiceUnitKind | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<ServiceUnitEntity>> {
  const scope = await caller.scope();
  const qb = ds.getRepository(ServiceUnitEntity).createQueryBuilder("s");
  if (scope.kind !== "ALL") qb.innerJoin("s.unit", "u").andWhere(...scopeWhere(scope, "u.path"));
  if (kind) qb.andWhere("s.kind = :kind", { kind });
  if (search != null && search.trim() !== "") {
    const checked = checkText(search, { field: "search", ...SURVEY_TEXT.search });
    if (!checked.ok) throw badInput(checked.error);
    qb.andWhere("(s.name ILIKE :pattern OR s.code ILIKE :pattern)", { pattern: `%${escapeLike(checked.value)}%` });
  }
  const totalCount = withTotal ? await qb.clone().getCount() : null;
  if (after) {
    const [name, id] = decodeCursor(after, ["text", "uuid"]);
    qb.andWhere("(s.name, s.id) > (CAST(:name AS varchar), CAST(:id AS uuid))", { name, id });
  }
  const rows = await qb.orderBy("s.name").addOrderBy("s.id").limit(first + 1).getMany();
  return pageOf(rows, { first, after, totalCount }, (node) => encodeCursor([node.name, node.id]));
}

import type { DataSource } from "typeorm";
import { checkText } from "@bina/domain";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { badInput } from "../../kit/errors";
import { escapeLike } from "../../kit/sql";
import { DELIVERY_TEXT } from "./delivery-limits";
import type { SpeakerFilter } from "./delivery.inputs";
import { SpeakerEntity } from "./speaker.entity";

/** Speakers by name (keyset on name, id), optionally those whose name, institution or origin city contains a text. */
export async function listSpeakers({
  ds,
  filter,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  filter?: SpeakerFilter | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<SpeakerEntity>> {
  const qb = ds.getRepository(SpeakerEntity).createQueryBuilder("s");
  if (filter?.search != null && filter.search.trim() !== "") {
    const search = checkText(filter.search, { field: "filter.search", ...DELIVERY_TEXT.search });
    if (!search.ok) throw badInput(search.error);
    const pattern = `%${escapeLike(search.value)}%`;
    qb.where("(s.name ILIKE :pattern OR s.institution ILIKE :pattern OR s.origin_city ILIKE :pattern)", { pattern });
  }
  const totalCount = withTotal ? await qb.clone().getCount() : null;
  if (after) {
    const [name, id] = decodeCursor(after, ["text", "uuid"]);
    qb.andWhere("(s.name, s.id) > (CAST(:name AS varchar), CAST(:id AS uuid))", { name, id });
  }
  const rows = await qb.orderBy("s.name").addOrderBy("s.id").limit(first + 1).getMany();
  return pageOf(rows, { first, after, totalCount }, (node) => encodeCursor([node.name, node.id]));
}

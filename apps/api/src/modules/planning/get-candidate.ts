import type { DataSource } from "typeorm";
import { isUuid } from "../../kit/ids";
import { valueCandidates, type ValuedCandidate } from "./candidate-value";
import { ProgrammeCandidateEntity } from "./programme-candidate.entity";

/** One candidate with its value on its own, or null when there is none with this id. */
export async function getCandidate({ ds, id }: { ds: DataSource; id: string }): Promise<ValuedCandidate | null> {
  const row = isUuid(id) ? await ds.getRepository(ProgrammeCandidateEntity).findOneBy({ id }) : null;
  return row ? ((await valueCandidates(ds, row.year, [row]))[0] ?? null) : null;
}

import type { DataSource } from "typeorm";
import type { PositionKind } from "@bina/domain";
import { isUuid } from "../../kit/ids";
import { CompetencyStandardEntity } from "./competency-standard.entity";

/** Position standards, of one competency and/or one kind of position; an id that is not a uuid matches nothing. */
export async function listCompetencyStandards({
  ds,
  competencyId,
  positionKind,
}: {
  ds: DataSource;
  competencyId?: string | null;
  positionKind?: PositionKind | null;
}): Promise<CompetencyStandardEntity[]> {
  if (competencyId && !isUuid(competencyId)) return [];
  return ds.getRepository(CompetencyStandardEntity).find({
    where: { ...(competencyId ? { competencyId } : {}), ...(positionKind ? { positionKind } : {}) },
    order: { positionKind: "ASC", functionalGrade: "ASC", positionTitle: "ASC" },
  });
}

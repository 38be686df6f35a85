import type { DataSource } from "typeorm";
import type { CompetencyKind } from "@bina/domain";
import { CompetencyEntity } from "./competency.entity";

/** The competency dictionary by kind and code; retired entries only when asked for. One statement. */
export function listCompetencies({
  ds,
  kind,
  includeInactive,
}: {
  ds: DataSource;
  kind?: CompetencyKind | null;
  includeInactive?: boolean | null;
}): Promise<CompetencyEntity[]> {
  return ds.getRepository(CompetencyEntity).find({
    where: { ...(kind ? { kind } : {}), ...(includeInactive ? {} : { active: true }) },
    order: { kind: "ASC", code: "ASC" },
  });
}

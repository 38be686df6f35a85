import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { competencyNeeds, type CompetencyNeed } from "./competency-needs.sql";
import { ProgrammeCandidateEntity } from "./programme-candidate.entity";

/** The planning module's per-request loaders (built with the others in the GraphQL context). */
export interface PlanningLoaders {
  /** Candidates by id (plan items point at them); null for a deleted one. */
  readonly candidateById: DataLoader<string, ProgrammeCandidateEntity | null>;
  /** City-wide needs per competency by plan year: one needs query per year per request. */
  readonly competencyNeedsByYear: DataLoader<number, Map<string, CompetencyNeed>>;
}

export const planningLoaders = (ds: DataSource): PlanningLoaders => ({
  candidateById: new DataLoader(async (ids) => {
    const rows = await ds.getRepository(ProgrammeCandidateEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
  competencyNeedsByYear: new DataLoader(async (years) => Promise.all(years.map((y) => competencyNeeds(ds, y)))),
});

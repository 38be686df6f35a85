import type { DataSource } from "typeorm";
import { AssessmentCycleEntity } from "./assessment-cycle.entity";

/** Assessment cycles, newest first (one per year: a short list). One statement. */
export function listAssessmentCycles({ ds }: { ds: DataSource }): Promise<AssessmentCycleEntity[]> {
  return ds.getRepository(AssessmentCycleEntity).find({ order: { year: "DESC" } });
}

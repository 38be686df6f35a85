import type { NeedsFilter } from "./needs.inputs";
import type { NeedsRowFilter } from "./scored-needs.sql";

/** A NeedsFilter as the scored-needs SQL reads it (the input class already checked the ids and the year). */
export const toRowFilter = (f: NeedsFilter): NeedsRowFilter & { year: number } => ({
  year: f.year,
  unitId: f.unitId ?? null,
  positionKind: f.positionKind ?? null,
  competencyKind: f.competencyKind ?? null,
  competencyId: f.competencyId ?? null,
});

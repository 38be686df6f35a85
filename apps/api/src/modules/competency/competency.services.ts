import type { DataSource } from "typeorm";
import type { CompetencyKind, PositionKind } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { createCompetency } from "./create-competency";
import { deleteCompetencyStandard } from "./delete-competency-standard";
import type { CompetencyInput, SetStandardInput, UpdateCompetencyInput } from "./competency.inputs";
import { listCompetencies } from "./list-competencies";
import { listCompetencyStandards } from "./list-competency-standards";
import { setCompetencyStandard } from "./set-competency-standard";
import { updateCompetency } from "./update-competency";

/** The competency module's use cases bound to the database: wiring only. */
export const competencyServices = (ds: DataSource) => ({
  list: (a: { kind?: CompetencyKind | null; includeInactive?: boolean | null }) => listCompetencies({ ds, ...a }),
  standards: (a: { competencyId?: string | null; positionKind?: PositionKind | null }) => listCompetencyStandards({ ds, ...a }),
  create: (caller: Caller, input: CompetencyInput) => createCompetency({ ds, caller, input }),
  update: (caller: Caller, input: UpdateCompetencyInput) => updateCompetency({ ds, caller, input }),
  setStandard: (caller: Caller, input: SetStandardInput) => setCompetencyStandard({ ds, caller, input }),
  deleteStandard: (caller: Caller, id: string) => deleteCompetencyStandard({ ds, caller, id }),
});

import { registerEnumType } from "type-graphql";
import { MAPPING_BANDS, PRIORITY_FACTORS, SELECTION_BANDS, SKP_PREDIKATS, SKP_RATINGS } from "@bina/domain";
import { enumOf } from "../../kit/enum-of";
import { ASSESSMENT_SOURCES } from "./competency-assessment.entity";

export const AssessmentSourceEnum = enumOf(ASSESSMENT_SOURCES);
export const SkpRatingEnum = enumOf(SKP_RATINGS);
export const SkpPredikatEnum = enumOf(SKP_PREDIKATS);
export const MappingBandEnum = enumOf(MAPPING_BANDS);
export const SelectionBandEnum = enumOf(SELECTION_BANDS);
export const PriorityFactorEnum = enumOf(PRIORITY_FACTORS);

registerEnumType(AssessmentSourceEnum, { name: "AssessmentSource", description: "Who measured the level: the employee (SELF), the superior (SUPERVISOR) or an assessment centre." });
registerEnumType(SkpRatingEnum, { name: "SkpRating", description: "A rating against expectation (PermenPANRB 6/2022)." });
registerEnumType(SkpPredikatEnum, { name: "SkpPredikat", description: "The SKP performance predikat: work result × behaviour (PermenPANRB 6/2022)." });
registerEnumType(MappingBandEnum, { name: "MappingBand", description: "Job Person Match mapping band: OPTIMAL ≥ 90, CUKUP_OPTIMAL ≥ 78, else KURANG_OPTIMAL (Perban BKN 26/2019)." });
registerEnumType(SelectionBandEnum, { name: "SelectionBand", description: "Job Person Match selection band: ≥ 80, ≥ 68, below." });
registerEnumType(PriorityFactorEnum, { name: "PriorityFactor", description: "A part of a need's priority score." });

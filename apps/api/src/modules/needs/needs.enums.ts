import { ASSESSMENT_SOURCES, MAPPING_BANDS, PRIORITY_FACTORS, SELECTION_BANDS, SKP_PREDIKATS, SKP_RATINGS } from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";

export const AssessmentSourceEnum = describedEnum(
  "AssessmentSource",
  "Who measured the level: the employee (SELF), the superior (SUPERVISOR) or an assessment centre.",
  ASSESSMENT_SOURCES,
  {
    SELF: "The employee's own self-assessment.",
    SUPERVISOR: "The direct superior's assessment.",
    ASSESSMENT_CENTER: "An assessment centre (the most reliable method).",
  },
);

export const SkpRatingEnum = describedEnum("SkpRating", "A rating against expectation (PermenPANRB 6/2022).", SKP_RATINGS, {
  ABOVE: "Above expectation (di atas ekspektasi).",
  MEETS: "As expected (sesuai ekspektasi).",
  BELOW: "Below expectation (di bawah ekspektasi).",
});

export const SkpPredikatEnum = describedEnum("SkpPredikat", "The SKP performance predikat: work result × behaviour (PermenPANRB 6/2022).", SKP_PREDIKATS, {
  SANGAT_BAIK: "Sangat Baik: result and behaviour above expectation.",
  BAIK: "Baik: result and behaviour at least as expected, not both above.",
  BUTUH_PERBAIKAN: "Butuh Perbaikan: the result below expectation with behaviour as expected or better.",
  KURANG: "Kurang: behaviour below expectation with the result as expected or better.",
  SANGAT_KURANG: "Sangat Kurang: result and behaviour below expectation.",
});

export const MappingBandEnum = describedEnum(
  "MappingBand",
  "Job Person Match mapping band: OPTIMAL ≥ 90, CUKUP_OPTIMAL ≥ 78, else KURANG_OPTIMAL (Perban BKN 26/2019), decided on the exact ratio.",
  MAPPING_BANDS,
  {
    OPTIMAL: "Optimal: at least 90% of the position's standard.",
    CUKUP_OPTIMAL: "Cukup Optimal: at least 78% and below 90%.",
    KURANG_OPTIMAL: "Kurang Optimal: below 78%.",
  },
);

export const SelectionBandEnum = describedEnum("SelectionBand", "Job Person Match selection band: ≥ 80, ≥ 68, below (decided on the exact ratio).", SELECTION_BANDS, {
  MEMENUHI_SYARAT: "Memenuhi Syarat: at least 80% of the position's standard.",
  MASIH_MEMENUHI_SYARAT: "Masih Memenuhi Syarat: at least 68% and below 80%.",
  KURANG_MEMENUHI_SYARAT: "Kurang Memenuhi Syarat: below 68%.",
});

export const PriorityFactorEnum = describedEnum("PriorityFactor", "A part of a need's priority score.", PRIORITY_FACTORS, {
  GAP: "The gap against the current position (standard − actual, up to 4 levels).",
  TARGET_GAP: "The gap against a target position, when one is planned.",
  SKP: "The employee's latest SKP predikat before the year (a weaker predikat is more urgent).",
  JPM: "The employee's Job Person Match band over every standard of the position.",
  MANDATORY: "A programme for the competency is mandatory for the position.",
  PUBLIC_SERVICE: "The unit's public-service weakness from its satisfaction survey (IKM), when the competency serves the public.",
});

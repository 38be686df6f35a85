import type { FunctionalGrade, PositionKind } from "../organization/positions.js";
import type { CompetencyKind } from "./competency-kinds.js";
import type { CompetencyLevel } from "./competency-levels.js";

/** A standard level for every position kind except FUNGSIONAL, whose standard depends on its grade. */
export type StandardByPosition = Readonly<Record<Exclude<PositionKind, "FUNGSIONAL">, CompetencyLevel>>;
export type StandardByFunctionalGrade = Readonly<Record<FunctionalGrade, CompetencyLevel>>;

/**
 * Default standard levels of the national competencies and the code convention of the
 * dictionary, each with its source. Pass your own object (`{ ...competencyRules, ... }`) to
 * adopt another regulation or the city's own standards without a code change.
 */
export interface CompetencyRules {
  readonly managerialStandardByPosition: StandardByPosition;
  readonly managerialStandardByFunctionalGrade: StandardByFunctionalGrade;
  readonly socioCulturalStandardByPosition: StandardByPosition;
  readonly socioCulturalStandardByFunctionalGrade: StandardByFunctionalGrade;
  /** The first segment of a competency code for each kind (`M.INTEGRITAS`). */
  readonly codePrefixByKind: Readonly<Record<CompetencyKind, string>>;
}

const managerialStandardByPosition: StandardByPosition = {
  // PermenPANRB 38/2017 (DOMAIN.md §4): JPT Madya 5, JPT Pratama 4, Administrator 3, Pengawas 2, Pelaksana 1.
  JPT_MADYA: 5,
  JPT_PRATAMA: 4,
  ADMINISTRATOR: 3,
  PENGAWAS: 2,
  PELAKSANA: 1,
  // Practice, unverified: the top level of the scale, like JPT Madya. A city can override it.
  JPT_UTAMA: 5,
};

/**
 * Practice, unverified defaults: functional positions take the managerial level of the
 * structural position their grade is usually compared with (Ahli Pertama ~ Pelaksana 1, Ahli Muda
 * ~ Pengawas 2, Ahli Madya ~ Administrator 3, Ahli Utama ~ JPT Pratama 4); the skill track
 * (keterampilan) stays at 1. Each functional position's own regulation may say otherwise: override.
 */
const managerialStandardByFunctionalGrade: StandardByFunctionalGrade = {
  AHLI_PERTAMA: 1,
  AHLI_MUDA: 2,
  AHLI_MADYA: 3,
  AHLI_UTAMA: 4,
  PEMULA: 1,
  TERAMPIL: 1,
  MAHIR: 1,
  PENYELIA: 1,
};

export const competencyRules: CompetencyRules = {
  managerialStandardByPosition,
  managerialStandardByFunctionalGrade,
  // Practice: the socio-cultural standard follows the managerial one position by position
  // (the competency dictionaries in use set Perekat Bangsa at the managerial level).
  socioCulturalStandardByPosition: managerialStandardByPosition,
  socioCulturalStandardByFunctionalGrade: managerialStandardByFunctionalGrade,
  // Bina's convention, not law: the kind is readable from the code.
  codePrefixByKind: { TECHNICAL: "T", MANAGERIAL: "M", SOCIO_CULTURAL: "SK" },
};

import type { FunctionalGrade, PositionKind } from "../organization/positions.js";
import type { CompetencyKind } from "./competency-kinds.js";
import type { CompetencyLevel } from "./competency-levels.js";
import { competencyRules, type CompetencyRules } from "./competency-rules.js";

/**
 * The default standard level a position requires for a national competency: managerial and
 * socio-cultural from `rules` (see `competencyRules` for sources). Returns null for TECHNICAL
 * (technical standards are set per position by the city, in its own dictionary) and for a
 * FUNGSIONAL position without a grade. A grade on another kind of position is ignored.
 */
export const defaultStandardLevel = (
  kind: CompetencyKind,
  positionKind: PositionKind,
  functionalGrade: FunctionalGrade | null,
  rules: CompetencyRules = competencyRules,
): CompetencyLevel | null => {
  if (kind === "TECHNICAL") return null;
  const [byPosition, byGrade] =
    kind === "MANAGERIAL"
      ? [rules.managerialStandardByPosition, rules.managerialStandardByFunctionalGrade]
      : [rules.socioCulturalStandardByPosition, rules.socioCulturalStandardByFunctionalGrade];
  if (positionKind === "FUNGSIONAL") return functionalGrade === null ? null : byGrade[functionalGrade];
  return byPosition[positionKind];
};

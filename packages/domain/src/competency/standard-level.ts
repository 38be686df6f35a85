import { FUNCTIONAL_GRADES, POSITION_KINDS, type FunctionalGrade, type PositionKind } from "../organization/positions.js";
import { COMPETENCY_KINDS, type CompetencyKind } from "./competency-kinds.js";
import type { CompetencyLevel } from "./competency-levels.js";
import { competencyRules, type CompetencyRules } from "./competency-rules.js";

/**
 * The default standard level a position requires for a national competency: managerial and
 * socio-cultural from `rules` (see `competencyRules` for sources). Returns null for TECHNICAL
 * (technical standards are set per position by the city, in its own dictionary) and for a
 * FUNGSIONAL position without a grade. A grade on another kind of position is ignored.
 * An unknown kind, position kind or grade is a programmer error (RangeError), never `undefined`.
 */
export const defaultStandardLevel = (
  kind: CompetencyKind,
  positionKind: PositionKind,
  functionalGrade: FunctionalGrade | null,
  rules: CompetencyRules = competencyRules,
): CompetencyLevel | null => {
  if (!COMPETENCY_KINDS.includes(kind)) throw new RangeError(`defaultStandardLevel: unknown competency kind ${String(kind)}`);
  if (!POSITION_KINDS.includes(positionKind)) throw new RangeError(`defaultStandardLevel: unknown position kind ${String(positionKind)}`);
  if (functionalGrade !== null && !FUNCTIONAL_GRADES.includes(functionalGrade)) {
    throw new RangeError(`defaultStandardLevel: unknown functional grade ${String(functionalGrade)}`);
  }
  if (kind === "TECHNICAL") return null;
  const [byPosition, byGrade] =
    kind === "MANAGERIAL"
      ? [rules.managerialStandardByPosition, rules.managerialStandardByFunctionalGrade]
      : [rules.socioCulturalStandardByPosition, rules.socioCulturalStandardByFunctionalGrade];
  if (positionKind === "FUNGSIONAL") return functionalGrade === null ? null : byGrade[functionalGrade];
  return byPosition[positionKind];
};

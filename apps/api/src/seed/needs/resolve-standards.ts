import { MANAGERIAL_COMPETENCIES, SOCIO_CULTURAL_COMPETENCIES, defaultStandardLevel } from "@bina/domain";
import type { CompetencyKind, FunctionalGrade, PositionKind } from "@bina/domain";
import { technicalStandards } from "./standards";
import type { SeedTechnicalStandard } from "./standards";

/** What the standards of a position depend on. */
export interface SeedPosition {
  readonly positionKind: PositionKind;
  readonly positionTitle: string;
  readonly functionalGrade: string | null;
}

/** The standard an employee's position requires of one competency. */
export interface SeedEmployeeStandard {
  readonly nip: string;
  readonly competencyCode: string;
  readonly standard: number;
}

const byKind = new Map<PositionKind, SeedTechnicalStandard[]>();
for (const row of technicalStandards) byKind.set(row.positionKind, [...(byKind.get(row.positionKind) ?? []), row]);

/**
 * The technical standards of one position, one per competency: among the rows that apply
 * (same kind; grade and title equal or ''), the most specific wins (a title beats a grade, which
 * beats neither). In the order of `technicalStandards`.
 */
export function technicalStandardsFor(position: SeedPosition): { competencyCode: string; level: number }[] {
  const best = new Map<string, { specificity: number; level: number }>();
  for (const row of byKind.get(position.positionKind) ?? []) {
    if (row.functionalGrade !== "" && row.functionalGrade !== position.functionalGrade) continue;
    if (row.positionTitle !== "" && row.positionTitle !== position.positionTitle) continue;
    const specificity = (row.positionTitle !== "" ? 2 : 0) + (row.functionalGrade !== "" ? 1 : 0);
    const current = best.get(row.competencyCode);
    if (!current || specificity > current.specificity) best.set(row.competencyCode, { specificity, level: row.level });
  }
  return [...best].map(([competencyCode, { level }]) => ({ competencyCode, level }));
}

const NATIONAL: readonly { code: string; kind: CompetencyKind }[] = [...MANAGERIAL_COMPETENCIES, ...SOCIO_CULTURAL_COMPETENCIES];

/**
 * Every standard of every employee: the 8 managerial and the socio-cultural competency at the
 * domain's default level for the position, then the technical ones of `technicalStandardsFor`.
 * The input of `generateAssessments`.
 */
export function employeeStandards(employees: readonly (SeedPosition & { readonly nip: string })[]): SeedEmployeeStandard[] {
  return employees.flatMap((e) => {
    const grade = (e.functionalGrade === "" ? null : e.functionalGrade) as FunctionalGrade | null;
    const national = NATIONAL.flatMap(({ code, kind }) => {
      const standard = defaultStandardLevel(kind, e.positionKind, grade);
      return standard === null ? [] : [{ nip: e.nip, competencyCode: code, standard }];
    });
    const technical = technicalStandardsFor(e).map(({ competencyCode, level }) => ({
      nip: e.nip,
      competencyCode,
      standard: level,
    }));
    return [...national, ...technical];
  });
}

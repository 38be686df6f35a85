import type { EntityManager } from "typeorm";
import {
  defaultStandardLevel,
  FUNCTIONAL_GRADES,
  MANAGERIAL_COMPETENCIES,
  POSITION_KINDS,
  SOCIO_CULTURAL_COMPETENCIES,
  skpPredikat,
} from "@bina/domain";
import { CompetencyEntity } from "../modules/competency/competency.entity";
import { CompetencyStandardEntity } from "../modules/competency/competency-standard.entity";
import { AssessmentCycleEntity } from "../modules/needs/assessment-cycle.entity";
import { CompetencyAssessmentEntity } from "../modules/needs/competency-assessment.entity";
import { SkpResultEntity } from "../modules/needs/skp-result.entity";
import { TrainingProposalEntity } from "../modules/proposals/training-proposal.entity";
import { ProgrammeCandidateEntity } from "../modules/planning/programme-candidate.entity";
import { EmployeeEntity } from "../modules/organization/employee.entity";
import { UnitEntity } from "../modules/organization/unit.entity";
import {
  DEMO_ASSESSMENT_YEAR,
  DEMO_PLAN_YEAR,
  demoCandidates,
  demoProposals,
  employeeStandards,
  generateAssessments,
  generateSkpResults,
  technicalCompetencies,
  technicalStandards,
} from "./needs";

const chunked = async <T>(rows: readonly T[], size: number, write: (batch: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
};

/** Loads the needs-assessment and planning demo data (deterministic) for the demo employees, in the caller's transaction. */
export async function loadNeedsDemoData(m: EntityManager, employees: readonly EmployeeEntity[], units: ReadonlyMap<string, UnitEntity>) {
  const national = [...MANAGERIAL_COMPETENCIES, ...SOCIO_CULTURAL_COMPETENCIES];
  const entries = [
    ...national.map((c) => ({ code: c.code, kind: c.kind, name: c.name, description: c.description })),
    ...technicalCompetencies.map((c) => ({ code: c.code, kind: "TECHNICAL" as const, name: c.name, description: c.description })),
  ];
  const competencies = await m.save(entries.map((e) => m.create(CompetencyEntity, e)));
  const competencyId = new Map(competencies.map((c) => [c.code, c.id]));
  const id = (code: string) => {
    const found = competencyId.get(code);
    if (!found) throw new Error(`Demo data names an unknown competency ${code}`);
    return found;
  };

  const standards: Partial<CompetencyStandardEntity>[] = [];
  for (const c of national) {
    for (const kind of POSITION_KINDS) {
      for (const grade of kind === "FUNGSIONAL" ? FUNCTIONAL_GRADES : [null]) {
        const level = defaultStandardLevel(c.kind, kind, grade);
        if (level !== null) standards.push({ competencyId: id(c.code), positionKind: kind, functionalGrade: grade ?? "", positionTitle: "", level });
      }
    }
  }
  for (const s of technicalStandards) {
    standards.push({ competencyId: id(s.competencyCode), positionKind: s.positionKind, functionalGrade: s.functionalGrade, positionTitle: s.positionTitle, level: s.level });
  }
  await chunked(standards, 500, (b) => m.createQueryBuilder().insert().into(CompetencyStandardEntity).values(b).execute());

  const cycle = await m.save(m.create(AssessmentCycleEntity, { year: DEMO_ASSESSMENT_YEAR, name: `Analisis Kebutuhan ${DEMO_ASSESSMENT_YEAR}`, status: "OPEN" }));
  const positions = employees.map((e) => ({ nip: e.nip, positionKind: e.positionKind, positionTitle: e.positionTitle, functionalGrade: e.functionalGrade ?? "" }));
  const employeeId = new Map(employees.map((e) => [e.nip, e.id]));
  const assessments = generateAssessments(positions, employeeStandards(positions)).map((a) => ({
    cycleId: cycle.id,
    employeeId: employeeId.get(a.nip)!,
    competencyId: id(a.competencyCode),
    level: a.level,
    source: a.source,
    assessedOn: a.assessedOn,
  }));
  await chunked(assessments, 1000, (b) => m.createQueryBuilder().insert().into(CompetencyAssessmentEntity).values(b).execute());

  const skp = generateSkpResults(positions).map((r) => ({
    employeeId: employeeId.get(r.nip)!,
    year: r.year,
    resultRating: r.resultRating,
    behaviourRating: r.behaviourRating,
    predikat: skpPredikat(r.resultRating, r.behaviourRating),
  }));
  await chunked(skp, 1000, (b) => m.createQueryBuilder().insert().into(SkpResultEntity).values(b).execute());

  const proposals = await m.save(
    demoProposals.map((p) =>
      m.create(TrainingProposalEntity, {
        unitId: units.get(p.unitCode)!.id,
        year: DEMO_PLAN_YEAR,
        competencyId: id(p.competencyCode),
        title: p.title,
        participants: p.participants,
        jp: p.jp,
        justification: p.justification,
        status: p.status,
        decisionReason: p.decisionReason,
        decidedAt: p.status === "SUBMITTED" ? null : new Date(`${DEMO_PLAN_YEAR - 1}-11-02T03:00:00Z`),
      }),
    ),
  );
  await m.save(
    demoCandidates.map((c) =>
      m.create(ProgrammeCandidateEntity, {
        year: DEMO_PLAN_YEAR,
        title: c.title,
        jp: c.jp,
        participants: c.participants,
        cost: c.estimatedCost,
        mandatory: c.mandatory,
        competencyIds: c.competencyCodes.map(id),
        proposalId: null,
      }),
    ),
  );
  return { competencies: competencies.length, standards: standards.length, assessments: assessments.length, skp: skp.length, proposals: proposals.length, candidates: demoCandidates.length };
}

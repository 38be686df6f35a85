import { AuditEntryEntity } from "../modules/audit/audit-entry.entity";
import { UserEntity } from "../modules/auth/user.entity";
import { CompetencyStandardEntity } from "../modules/competency/competency-standard.entity";
import { CompetencyEntity } from "../modules/competency/competency.entity";
import { AssessmentCycleEntity } from "../modules/needs/assessment-cycle.entity";
import { CompetencyAssessmentEntity } from "../modules/needs/competency-assessment.entity";
import { SkpResultEntity } from "../modules/needs/skp-result.entity";
import { TrainingProposalEntity } from "../modules/proposals/training-proposal.entity";
import { EmployeeEntity } from "../modules/organization/employee.entity";
import { UnitEntity } from "../modules/organization/unit.entity";
import { PlanEntity } from "../modules/planning/plan.entity";
import { ProgrammeCandidateEntity } from "../modules/planning/programme-candidate.entity";
import { BatchSessionEntity } from "../modules/delivery/batch-session.entity";
import { BatchUnitQuotaEntity } from "../modules/delivery/batch-unit-quota.entity";
import { BatchEntity } from "../modules/delivery/batch.entity";
import { NominationEntity } from "../modules/delivery/nomination.entity";
import { ProgrammeEntity } from "../modules/delivery/programme.entity";
import { SpeakerEntity } from "../modules/delivery/speaker.entity";
import { SessionAttendanceEntity } from "../modules/delivery/session-attendance.entity";
import { CertificateEntity } from "../modules/delivery/certificate.entity";
import { ServiceUnitEntity } from "../modules/survey/service-unit.entity";
import { SurveyPeriodEntity } from "../modules/survey/survey-period.entity";
import { SurveyResponseEntity } from "../modules/survey/survey-response.entity";
import { EvaluationInvitationEntity } from "../modules/evaluation/evaluation-invitation.entity";
import { ImprovementActionEntity } from "../modules/evaluation/improvement-action.entity";
import { BudgetLineEntity } from "../modules/budget/budget-line.entity";
import { BudgetSpendingEntity } from "../modules/budget/budget-spending.entity";
import { BudgetSpendingEventEntity } from "../modules/budget/budget-spending-event.entity";
import { BudgetRevisionEntity } from "../modules/budget/budget-revision.entity";
import { BudgetAttachmentEntity } from "../modules/budget/budget-attachment.entity";

export const entities = [
  UnitEntity,
  EmployeeEntity,
  UserEntity,
  AuditEntryEntity,
  CompetencyEntity,
  CompetencyStandardEntity,
  AssessmentCycleEntity,
  CompetencyAssessmentEntity,
  SkpResultEntity,
  TrainingProposalEntity,
  ProgrammeCandidateEntity,
  PlanEntity,
  SpeakerEntity,
  ProgrammeEntity,
  BatchEntity,
  BatchUnitQuotaEntity,
  BatchSessionEntity,
  NominationEntity,
  SessionAttendanceEntity,
  CertificateEntity,
  ServiceUnitEntity,
  SurveyPeriodEntity,
  SurveyResponseEntity,
  EvaluationInvitationEntity,
  ImprovementActionEntity,
  BudgetLineEntity,
  BudgetSpendingEntity,
  BudgetSpendingEventEntity,
  BudgetRevisionEntity,
  BudgetAttachmentEntity,
];

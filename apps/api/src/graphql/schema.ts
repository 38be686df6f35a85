import "reflect-metadata";
import { buildSchema, type AuthChecker } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { AuthResolver } from "../modules/auth/auth.resolver";
import { EmployeeResolver } from "../modules/organization/employee.resolver";
import { RankResolver } from "../modules/organization/rank.resolver";
import { UnitResolver } from "../modules/organization/unit.resolver";
import { CompetencyResolver } from "../modules/competency/competency.resolver";
import {
  CompetencyAssessmentResolver,
  CompetencyGapResolver,
  EmployeeJobPersonMatchResolver,
  EmployeeNeedsResolver,
  NeedCellResolver,
  NeedsHeatmapResolver,
  NeedsResolver,
  RankedNeedResolver,
} from "../modules/needs/needs.resolver";
import { EmployeeNeedsFieldsResolver } from "../modules/needs/employee-needs.resolver";
import { CandidateProposalResolver, ProposalResolver } from "../modules/proposals/proposal.resolver";
import { PlanItemResolver, PlanningResolver } from "../modules/planning/planning.resolver";
import { AttendanceResolver } from "../modules/delivery/attendance.resolver";
import {
  BatchResolver,
  BatchSessionResolver,
  NominationResolver,
  ProgrammeResolver,
  SpeakerResolver,
  UnitQuotaResolver,
} from "../modules/delivery/delivery.resolver";
import {
  ComplianceResolver,
  EmployeeJpLedgerResolver,
  JpLedgerFieldsResolver,
  JpUnitComplianceResolver,
  LearningEvidenceResolver,
  LearningRecordFieldsResolver,
} from "../modules/compliance/compliance.resolver";
import {
  BatchEvaluationResolver,
  EvaluationInvitationResolver,
  ImprovementActionResolver,
  LearningEvaluationResolver,
  NGainRowResolver,
  ProgrammeEffectivenessResolver,
  ReactionSpeakerMeanResolver,
  ResultsEvaluationResolver,
  UnitIkmChangeResolver,
} from "../modules/evaluation/evaluation.resolver";
import { ServiceUnitResolver, SurveyResolver } from "../modules/survey/survey.resolver";
import { BudgetRevisionFieldsResolver, BudgetRevisionsResolver, SpendingAttachmentsResolver } from "../modules/budget/budget-revisions.resolver";
import { BudgetLineResolver, BudgetResolver, ProgrammeCostResolver, SpendingEventResolver, SpendingResolver } from "../modules/budget/budget.resolver";
import type { Context } from "./context";
import { AppError } from "../kit/errors";

export const resolvers = [
  AuthResolver,
  UnitResolver,
  RankResolver,
  EmployeeResolver,
  AuditResolver,
  CompetencyResolver,
  NeedsResolver,
  CompetencyAssessmentResolver,
  CompetencyGapResolver,
  EmployeeJobPersonMatchResolver,
  NeedCellResolver,
  NeedsHeatmapResolver,
  EmployeeNeedsResolver,
  EmployeeNeedsFieldsResolver,
  RankedNeedResolver,
  ProposalResolver,
  CandidateProposalResolver,
  PlanningResolver,
  PlanItemResolver,
  AttendanceResolver,
  SpeakerResolver,
  ProgrammeResolver,
  BatchResolver,
  BatchSessionResolver,
  UnitQuotaResolver,
  NominationResolver,
  ComplianceResolver,
  JpLedgerFieldsResolver,
  JpUnitComplianceResolver,
  LearningRecordFieldsResolver,
  LearningEvidenceResolver,
  EmployeeJpLedgerResolver,
  EvaluationInvitationResolver,
  BatchEvaluationResolver,
  LearningEvaluationResolver,
  NGainRowResolver,
  ReactionSpeakerMeanResolver,
  ProgrammeEffectivenessResolver,
  ImprovementActionResolver,
  ResultsEvaluationResolver,
  UnitIkmChangeResolver,
  ServiceUnitResolver,
  SurveyResolver,
  BudgetResolver,
  BudgetLineResolver,
  SpendingResolver,
  SpendingEventResolver,
  ProgrammeCostResolver,
  BudgetRevisionsResolver,
  BudgetRevisionFieldsResolver,
  SpendingAttachmentsResolver,
] as const;

/**
 * Every resolver is @Authorized: no token → UNAUTHENTICATED; a revoked token or deactivated user → UNAUTHENTICATED
 * with domainCode TOKEN_REVOKED; a role not listed → FORBIDDEN. The role is the user's current one, read per request.
 */
export const authChecker: AuthChecker<Context> = async ({ context }, roles) => {
  const outcome = await context.authenticate();
  if (!outcome) throw new AppError("UNAUTHENTICATED", "Log in first: send `Authorization: Bearer <token>`", { domainCode: "UNAUTHENTICATED" });
  if ("failure" in outcome) throw new AppError("UNAUTHENTICATED", outcome.failure.message, { domainCode: outcome.failure.domainCode });
  const { role } = outcome.user;
  if (roles.length > 0 && !roles.includes(role)) {
    throw new AppError("FORBIDDEN", `This needs one of the roles ${roles.join(", ")}; you are ${role}`, { domainCode: "FORBIDDEN" });
  }
  return true;
};

export function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    authChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
  });
}

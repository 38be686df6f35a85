import type { DataSource } from "typeorm";
import { authServices } from "./modules/auth/auth.services";
import type { AuthDeps } from "./modules/auth/auth.services";
import { auditServices } from "./modules/audit/audit.services";
import { organizationServices } from "./modules/organization/organization.services";
import { competencyServices } from "./modules/competency/competency.services";
import { needsServices } from "./modules/needs/needs.services";
import { proposalsServices } from "./modules/proposals/proposals.services";
import { planningServices } from "./modules/planning/planning.services";
import { complianceServices } from "./modules/compliance/compliance.services";
import { attendanceServices, type AttendanceOptions } from "./modules/delivery/attendance.services";
import { deliveryServices } from "./modules/delivery/delivery.services";
import { evaluationServices } from "./modules/evaluation/evaluation.services";
import { surveyServices } from "./modules/survey/survey.services";
import { budgetRevisionsServices } from "./modules/budget/budget-revisions.services";
import { budgetServices } from "./modules/budget/budget.services";

/** The use cases, bound to the database once per process. Resolvers call one of these and nothing else. */
export function createServices(ds: DataSource, auth: AuthDeps, maxPageSize: number, employeeCountCap: number, attendance: AttendanceOptions) {
  return {
    auth: authServices(ds, auth),
    ...organizationServices(ds, maxPageSize, employeeCountCap),
    competencies: competencyServices(ds),
    needs: needsServices(ds, maxPageSize),
    proposals: proposalsServices(ds, maxPageSize),
    planning: planningServices(ds, maxPageSize),
    audit: auditServices(ds, maxPageSize),
    compliance: complianceServices(ds, maxPageSize),
    attendance: attendanceServices(ds, maxPageSize, attendance),
    delivery: deliveryServices(ds, maxPageSize),
    evaluation: evaluationServices(ds, maxPageSize, attendance),
    survey: surveyServices(ds, maxPageSize),
    budgetRevisions: budgetRevisionsServices(ds, maxPageSize),
    budget: budgetServices(ds),
  };
}

export type Services = ReturnType<typeof createServices>;

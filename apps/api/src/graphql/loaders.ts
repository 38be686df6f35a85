import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { organizationLoaders, type OrganizationLoaders } from "../modules/organization/organization.loaders";
import { UserEntity } from "../modules/auth/user.entity";
import { CompetencyEntity } from "../modules/competency/competency.entity";
import { EmployeeEntity } from "../modules/organization/employee.entity";
import { planningLoaders, type PlanningLoaders } from "../modules/planning/planning.loaders";
import { proposalsLoaders, type ProposalsLoaders } from "../modules/proposals/proposals.loaders";
import { needsLoaders, type NeedsLoaders } from "../modules/needs/needs.loaders";
import { complianceLoaders, type ComplianceLoaders } from "../modules/compliance/compliance.loaders";
import { deliveryLoaders, type DeliveryLoaders } from "../modules/delivery/delivery.loaders";
import { surveyLoaders, type SurveyLoaders } from "../modules/survey/survey.loaders";
import { budgetFilesLoaders, type BudgetFilesLoaders } from "../modules/budget/budget-files.loaders";
import { budgetLoaders, type BudgetLoaders } from "../modules/budget/budget.loaders";

/** Per-request batch loaders: one SQL statement per kind of object per request depth, whatever the number of rows. */
export interface Loaders extends PlanningLoaders, ProposalsLoaders, OrganizationLoaders {
  /** The needs module's loaders (`Employee.needs`, `Employee.skp`, `Employee.assessments`). */
  readonly needs: NeedsLoaders;
  /** The compliance module's loaders (ledgers, entries, evidence). */
  readonly compliance: ComplianceLoaders;
  /** The delivery module's loaders (programmes, batches, sessions, speakers, quotas, seats, nominations). */
  readonly delivery: DeliveryLoaders;
  /** The survey module's loaders (service units and periods by id). */
  readonly survey: SurveyLoaders;
  /** The budget's documents (`Spending.attachments`). */
  readonly budgetFiles: BudgetFilesLoaders;
  /** The budget's lines, spendings and their history by id (`Spending.budgetLine`, `BudgetLine.spendings`, `Spending.history`). */
  readonly budget: BudgetLoaders;
  readonly userById: DataLoader<string, UserEntity | null>;
  readonly competencyById: DataLoader<string, CompetencyEntity | null>;
  readonly employeeById: DataLoader<string, EmployeeEntity | null>;
}

const byId = <T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

export function createLoaders(ds: DataSource): Loaders {
  return {
    ...planningLoaders(ds),
    ...proposalsLoaders(ds),
    ...organizationLoaders(ds),
    needs: needsLoaders(ds),
    compliance: complianceLoaders(ds),
    delivery: deliveryLoaders(ds),
    survey: surveyLoaders(ds),
    budgetFiles: budgetFilesLoaders(ds),
    budget: budgetLoaders(ds),
    userById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(UserEntity).findBy({ id: In([...ids]) }))),
    competencyById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(CompetencyEntity).findBy({ id: In([...ids]) }))),
    employeeById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(EmployeeEntity).findBy({ id: In([...ids]) }))),
  };
}

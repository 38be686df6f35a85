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
  NeedCellResolver,
  NeedsResolver,
  RankedNeedResolver,
} from "../modules/needs/needs.resolver";
import { ProposalResolver } from "../modules/needs/proposal.resolver";
import { PlanningResolver } from "../modules/planning/planning.resolver";
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
  RankedNeedResolver,
  ProposalResolver,
  PlanningResolver,
] as const;

/** Every resolver is @Authorized: no token → UNAUTHENTICATED; a role not listed → FORBIDDEN. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) throw new AppError("UNAUTHENTICATED", context.authError ?? "Log in first: send `Authorization: Bearer <token>`");
  if (roles.length > 0 && !roles.includes(context.user.role)) {
    throw new AppError("FORBIDDEN", `This needs one of the roles ${roles.join(", ")}; you are ${context.user.role}`);
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

import type { DataSource } from "typeorm";
import { authServices } from "./modules/auth/auth.services";
import type { AuthDeps } from "./modules/auth/auth.services";
import { auditServices } from "./modules/audit/audit.services";
import { organizationServices } from "./modules/organization/organization.services";
import { competencyService } from "./modules/competency/competency.service";
import { needsService } from "./modules/needs/needs.service";
import { proposalsServices } from "./modules/proposals/proposals.services";
import { planningServices } from "./modules/planning/planning.services";

/** The use cases, bound to the database once per process. Resolvers call one of these and nothing else. */
export function createServices(ds: DataSource, auth: AuthDeps, maxPageSize: number) {
  return {
    auth: authServices(ds, auth),
    ...organizationServices(ds, maxPageSize),
    competencies: competencyService(ds),
    needs: needsService(ds),
    proposals: proposalsServices(ds, maxPageSize),
    planning: planningServices(ds, maxPageSize),
    audit: auditServices(ds, maxPageSize),
  };
}

export type Services = ReturnType<typeof createServices>;

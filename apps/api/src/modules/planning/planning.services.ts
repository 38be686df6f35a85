import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { pageSize } from "../../kit/connection";
import { adoptPlan } from "./adopt-plan";
import { createCandidate } from "./create-candidate";
import { deleteCandidate } from "./delete-candidate";
import { getCandidate } from "./get-candidate";
import { getPlan } from "./get-plan";
import { listCandidates } from "./list-candidates";
import { listPlans } from "./list-plans";
import type { CandidateInput, UpdateCandidateInput } from "./planning.inputs";
import { runPlan } from "./run-plan";
import { updateCandidate } from "./update-candidate";

type ListArgs = { year: number; first: number; after?: string | null; withTotal: boolean };

/** The planning module's use cases bound to the database: wiring only. */
export const planningServices = (ds: DataSource, maxPageSize: number) => ({
  candidates: (a: ListArgs) => listCandidates({ ds, ...a, first: pageSize(a.first, maxPageSize) }),
  candidate: (id: string) => getCandidate({ ds, id }),
  createCandidate: (caller: Caller, input: CandidateInput) => createCandidate({ ds, caller, input }),
  updateCandidate: (caller: Caller, input: UpdateCandidateInput) => updateCandidate({ ds, caller, input }),
  deleteCandidate: (caller: Caller, id: string, version: number | null) => deleteCandidate({ ds, caller, id, version }),
  plans: (a: ListArgs) => listPlans({ ds, ...a, first: pageSize(a.first, maxPageSize) }),
  plan: (id: string) => getPlan({ ds, id }),
  runPlan: (caller: Caller, year: number, ceiling: number) => runPlan({ ds, caller, year, ceiling }),
  adoptPlan: (caller: Caller, id: string) => adoptPlan({ ds, caller, id }),
});

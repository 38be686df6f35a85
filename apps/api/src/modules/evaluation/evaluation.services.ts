import type { DataSource } from "typeorm";
import type { Caller, Scope } from "../../kit/caller";
import { pageSize } from "../../kit/connection";
import { behaviourAggregate, learningAggregate, reactionAggregate, skpAggregate } from "./batch-evaluation.sql";
import { openForm, submitForm } from "./evaluation-form";
import { batchesInScope, batchInScope } from "./evaluation-scope";
import { createEvaluationTokens } from "./evaluation-token";
import type { EvaluationLevel } from "./evaluation-invitation.entity";
import type { ImprovementSource, ImprovementState } from "./improvement-action.entity";
import {
  closeImprovementAction,
  listImprovementActions,
  openImprovementAction,
  updateImprovementAction,
  type OpenImprovementActionData,
  type UpdateImprovementActionData,
} from "./improvement-actions";
import { listInvitations, type InvitationStatus } from "./list-invitations";
import { listNGains } from "./list-n-gains";
import { programmeEffectiveness } from "./programme-effectiveness";
import { scheduleEvaluations } from "./schedule-evaluations";
import { unitIkmAroundBatches } from "./unit-ikm.sql";

export interface EvaluationOptions {
  /** The server's token secret: evaluation links are signed with it. */
  readonly tokenSecret: string;
}

type Paging = { first: number; after?: string | null; withTotal: boolean };

/** The evaluation module's use cases bound to the database: wiring only. */
export const evaluationServices = (ds: DataSource, maxPageSize: number, options: EvaluationOptions) => {
  const tokens = createEvaluationTokens(options.tokenSecret);
  return {
    /** The personal link of an invitation: an absolute path. */
    link: (invitationId: string) => `/evaluate/${tokens.issue(invitationId)}`,
    schedule: (caller: Caller, batchId: string, behaviourMonths: number) => scheduleEvaluations({ ds, caller, batchId, behaviourMonths }),
    invitations: (caller: Caller, a: Paging & { batchId: string; level: EvaluationLevel | null; statuses: readonly InvitationStatus[] | null }) =>
      listInvitations({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
    /** The batch (NOT_FOUND, or FORBIDDEN for an operator with no participant in it) and the caller's scope. */
    batchAccess: async (caller: Caller, batchId: string): Promise<{ scope: Scope; year: number }> => {
      const scope = await caller.scope();
      const batch = await batchInScope(ds, scope, batchId);
      return { scope, year: Number(batch.startsOn.slice(0, 4)) };
    },
    /** Of these batches, the ids the caller may see (one statement). */
    batchesInScope: (scope: Scope, batchIds: readonly string[]) => batchesInScope(ds, scope, batchIds),
    reaction: (scope: Scope, batchId: string) => reactionAggregate(ds, scope, batchId),
    learning: (scope: Scope, batchId: string) => learningAggregate(ds, scope, batchId),
    nGains: (scope: Scope, a: Paging & { batchId: string }) => listNGains({ ds, scope, ...a, first: pageSize(a.first, maxPageSize) }),
    behaviour: (scope: Scope, batchId: string) => behaviourAggregate(ds, scope, batchId),
    skp: (scope: Scope, batchId: string, year: number) => skpAggregate(ds, scope, batchId, year),
    unitIkm: (scope: Scope, batchIds: readonly string[]) => unitIkmAroundBatches(ds, scope, batchIds),
    programmeEffectiveness: (caller: Caller, a: Paging & { year: number }) => programmeEffectiveness({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
    improvementActions: (caller: Caller, a: Paging & { status: ImprovementState | null; source: ImprovementSource | null }) =>
      listImprovementActions({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
    openImprovementAction: (caller: Caller, input: OpenImprovementActionData) => openImprovementAction({ ds, caller, input }),
    updateImprovementAction: (caller: Caller, input: UpdateImprovementActionData) => updateImprovementAction({ ds, caller, input }),
    closeImprovementAction: (caller: Caller, id: string, version: number, outcome: string) => closeImprovementAction({ ds, caller, id, version, outcome }),
    openForm: (token: string) => openForm({ ds, tokens, token }),
    submitForm: (token: string, body: Record<string, unknown>) => submitForm({ ds, tokens, token, body }),
  };
};

export type EvaluationServices = ReturnType<typeof evaluationServices>;

import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/** A plan version's life: an optimiser run is a DRAFT; adopting one makes it the plan of its year; adopting another supersedes it. */
export const PLAN_STATES = ["DRAFT", "ADOPTED", "SUPERSEDED"] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/** What can happen to a plan version. */
export const PLAN_EVENTS = ["ADOPT", "SUPERSEDE"] as const;
export type PlanEvent = (typeof PLAN_EVENTS)[number];

/** Every allowed transition, and nothing else: state → event → next state. */
export const PLAN_TRANSITIONS: Readonly<Record<PlanState, Readonly<Partial<Record<PlanEvent, PlanState>>>>> = Object.freeze({
  DRAFT: Object.freeze({ ADOPT: "ADOPTED" }),
  ADOPTED: Object.freeze({ SUPERSEDE: "SUPERSEDED" }),
  SUPERSEDED: Object.freeze({}),
});

export const PLAN_TRANSITION_ERROR_CODES = ["PLAN_NOT_DRAFT", "PLAN_NOT_ADOPTED"] as const;
export type PlanTransitionErrorCode = (typeof PLAN_TRANSITION_ERROR_CODES)[number];
/** The refused transition: `reason` is the state the plan is in. */
export type PlanTransitionError = DomainError<PlanTransitionErrorCode> & { readonly reason: PlanState };

/** The error for each event when the plan is not in the state it needs. */
const REFUSALS: Readonly<Record<PlanEvent, { readonly code: PlanTransitionErrorCode; readonly needs: PlanState }>> = {
  ADOPT: { code: "PLAN_NOT_DRAFT", needs: "DRAFT" },
  SUPERSEDE: { code: "PLAN_NOT_ADOPTED", needs: "ADOPTED" },
};

const isState = (s: unknown): s is PlanState => typeof s === "string" && (PLAN_STATES as readonly string[]).includes(s);
const isEvent = (e: unknown): e is PlanEvent => typeof e === "string" && (PLAN_EVENTS as readonly string[]).includes(e);

/**
 * The state a plan version moves to on `event`, by {@link PLAN_TRANSITIONS}: only a DRAFT can be
 * adopted (else PLAN_NOT_DRAFT), only an ADOPTED plan can be superseded (else PLAN_NOT_ADOPTED);
 * the error's `reason` is the current state. Both codes are conflicts with the stored state (the
 * API answers CONFLICT). A state or event outside the vocabularies is a programmer error
 * (RangeError): both come from the system's own data.
 */
export const transitionPlan = (state: PlanState, event: PlanEvent): Result<PlanState, PlanTransitionError> => {
  if (!isState(state)) throw new RangeError(`transitionPlan: unknown plan state ${String(state)}`);
  if (!isEvent(event)) throw new RangeError(`transitionPlan: unknown plan event ${String(event)}`);
  const next = PLAN_TRANSITIONS[state][event];
  if (next !== undefined) return ok(next);
  const { code, needs } = REFUSALS[event];
  return err({ ...domainError(code, `Only a ${needs} plan version can take ${event}; this one is ${state}`), reason: state });
};

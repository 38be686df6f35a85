import type { DemoDelivery } from "../delivery";
import { demoImprovementActions, type SeedImprovementAction } from "./actions";
import { demoFollowUps, type SeedBehaviourAnswers, type SeedBehaviourInvitation } from "./follow-ups";
import { demoReactions, type SeedInvitation, type SeedReactionAnswers, type SeedReactionInvitation } from "./reactions";
import { demoServiceUnits, requiredSample, type SeedServiceUnit } from "./service-units";
import { demoSurveyPeriods, demoSurveyResponses, type SeedSurveyPeriod, type SeedSurveyResponse } from "./survey-responses";

export { demoServiceUnits, demoSurveyPeriods, requiredSample };
export { ratedSpeakers } from "./reactions";
export type {
  SeedServiceUnit,
  SeedSurveyPeriod,
  SeedSurveyResponse,
  SeedInvitation,
  SeedReactionAnswers,
  SeedReactionInvitation,
  SeedBehaviourAnswers,
  SeedBehaviourInvitation,
  SeedImprovementAction,
};

export interface DemoEvaluation {
  readonly serviceUnits: readonly SeedServiceUnit[];
  readonly periods: readonly SeedSurveyPeriod[];
  readonly responses: readonly SeedSurveyResponse[];
  readonly reactions: readonly SeedReactionInvitation[];
  readonly followUps: readonly SeedBehaviourInvitation[];
  readonly actions: readonly SeedImprovementAction[];
}

/**
 * The evaluation and survey demo of 2026, deterministic: twelve service units with their SKM responses over 2025-2,
 * 2026-1 and 2026-2; the reaction forms and behaviour follow-ups of the completed 2026 batches of `delivery`; three
 * improvement actions. `today` is the delivery demo's (2026-11-30).
 */
export function demoEvaluation(delivery: Pick<DemoDelivery, "batches" | "participants">, today: string): DemoEvaluation {
  const responses = demoSurveyResponses(demoServiceUnits, today);
  const reactions = demoReactions(delivery.batches, delivery.participants, today);
  return {
    serviceUnits: demoServiceUnits,
    periods: demoSurveyPeriods,
    responses,
    reactions,
    followUps: demoFollowUps(delivery.batches, delivery.participants, today),
    actions: demoImprovementActions(responses, reactions),
  };
}

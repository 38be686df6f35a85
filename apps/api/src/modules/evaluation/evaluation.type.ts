import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { NGainCategory, ReactionAspect } from "@bina/domain";
import { Connection } from "../../kit/connection";
import { DateScalar } from "../../kit/scalars";
import {
  EvaluationInvitationStatusEnum,
  EvaluationLevelEnum,
  EvaluationRoleEnum,
  ImprovementSourceEnum,
  ImprovementStatusEnum,
  NGainCategoryEnum,
  ReactionAspectEnum,
} from "./evaluation.enums";
import type { EvaluationLevel, EvaluationRole } from "./evaluation-invitation.entity";
import type { ImprovementActionEntity, ImprovementSource, ImprovementState } from "./improvement-action.entity";
import type { InvitationStatus } from "./list-invitations";
import { IkmPeriodPointType } from "../survey/survey.type";

@ObjectType("EvaluationSchedule", { description: "A batch's evaluation forms after scheduling (the caller's participants)." })
export class EvaluationScheduleType {
  @Field(() => ID, { description: "The batch." })
  batchId: string;

  @Field(() => Int, { description: "Reaction forms of the batch, one per participant with an outcome." })
  reactionInvitations: number;

  @Field(() => Int, { description: "Behaviour follow-ups of the batch, an alumnus's and a superior's per participant who completed." })
  behaviourInvitations: number;

  @Field(() => Int, { description: "Forms this call created (0 when all were scheduled already)." })
  created: number;

  @Field(() => DateScalar, { description: "The behaviour follow-up date this call used (the batch's last day plus the months asked)." })
  behaviourOpensOn: string;
}

@ObjectType("EvaluationInvitation", { description: "A personal evaluation form: about one participant, for one level and role, open between two dates, answered once." })
export class EvaluationInvitationType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => EvaluationLevelEnum, { description: "Reaction (level 1) or behaviour (level 3)." })
  level: EvaluationLevel;

  @Field(() => EvaluationRoleEnum, { description: "Who answers it." })
  role: EvaluationRole;

  /** Resolved by a field resolver (employeeById loader). */
  employeeId: string;

  @Field(() => DateScalar, { description: "First day it can be answered (Asia/Jakarta)." })
  opensOn: string;

  @Field(() => DateScalar, { description: "Last day it can be answered (Asia/Jakarta)." })
  expiresOn: string;

  @Field(() => Date, { nullable: true, description: "When it was answered; null until then." })
  answeredAt: Date | null;

  @Field(() => EvaluationInvitationStatusEnum, { description: "Where it stands today." })
  status: InvitationStatus;

  @Field(() => String, {
    nullable: true,
    description: "The personal link, an absolute path `/evaluate/<token>` (prefix the public address); null for an analyst, who sends no forms.",
  })
  link: string | null;
}

@ObjectType("EvaluationInvitationConnection", { description: "One page of a batch's evaluation forms, by the name of the person they are about." })
export class EvaluationInvitationConnection extends Connection(EvaluationInvitationType, "EvaluationInvitation", "evaluation form") {}

@ObjectType("ReactionAspectMean", { description: "The mean answer of one reaction aspect." })
export class ReactionAspectMeanType {
  @Field(() => ReactionAspectEnum, { description: "The aspect." })
  aspect: ReactionAspect;

  @Field(() => Float, { nullable: true, description: "Mean answer (1..4), unrounded; null when nobody answered." })
  mean: number | null;

  @Field(() => Int, { description: "Answers counted." })
  answers: number;
}

@ObjectType("ReactionSpeakerMean", { description: "The mean answer to the speaker questions about one speaker." })
export class ReactionSpeakerMeanType {
  /** Resolved by a field resolver (speakerById loader). */
  speakerId: string;

  @Field(() => Float, { nullable: true, description: "Mean answer (1..4), unrounded; null when nobody answered." })
  mean: number | null;

  @Field(() => Int, { description: "Answers counted." })
  answers: number;
}

@ObjectType("ReactionQuestionMean", { description: "The mean answer to one question of the reaction form." })
export class ReactionQuestionMeanType {
  @Field({ description: "The question's code, e.g. `MAT1`." })
  key: string;

  @Field(() => ReactionAspectEnum, { description: "Its aspect." })
  aspect: ReactionAspect;

  @Field({ description: "The statement as participants read it (Indonesian)." })
  text: string;

  @Field(() => Float, { nullable: true, description: "Mean answer (1..4), unrounded; null when nobody answered." })
  mean: number | null;

  @Field(() => Int, { description: "Answers counted (a speaker question once per speaker)." })
  answers: number;
}

@ObjectType("ReactionEvaluation", { description: "Level 1 (reaction) of a batch: the answered forms' means, as the domain's summariseReaction gives them." })
export class ReactionEvaluationType {
  @Field(() => Int, { description: "Reaction forms sent." })
  invited: number;

  @Field(() => Int, { description: "Reaction forms answered." })
  answered: number;

  @Field(() => Float, { nullable: true, description: "The mean of the aspects' means (each aspect weighs the same); null when none is answered." })
  overall: number | null;

  @Field(() => [ReactionAspectMeanType], { description: "Per aspect, in the instrument's order." })
  aspects: ReactionAspectMeanType[];

  @Field(() => [ReactionSpeakerMeanType], { description: "Per speaker rated." })
  speakers: ReactionSpeakerMeanType[];

  @Field(() => [ReactionQuestionMeanType], { description: "Per question, in the instrument's order." })
  questions: ReactionQuestionMeanType[];
}

@ObjectType("NGainRow", { description: "A participant's pre-test, post-test and normalised gain." })
export class NGainRowType {
  /** Resolved by a field resolver (employeeById loader). */
  employeeId: string;

  @Field(() => Float, { nullable: true, description: "Pre-test score (0..100); null when not recorded." })
  pre: number | null;

  @Field(() => Float, { nullable: true, description: "Post-test score (0..100); null when not recorded." })
  post: number | null;

  @Field(() => Float, { nullable: true, description: "N-gain (post − pre) / (100 − pre), unrounded; null without both scores or with a pre-test of 100 (N/A)." })
  nGain: number | null;

  @Field(() => NGainCategoryEnum, { nullable: true, description: "The gain's category; null when there is no gain." })
  category: NGainCategory | null;
}

@ObjectType("NGainRowConnection", { description: "One page of a batch's participants with their N-gain, by name." })
export class NGainRowConnection extends Connection(NGainRowType, "NGainRow", "participant's N-gain") {}

@ObjectType("LearningEvaluation", { description: "Level 2 (learning) of a batch: pre/post tests and the N-gain distribution, counted in SQL." })
export class LearningEvaluationType {
  /** The batch, for `nGains`. */
  batchId: string;

  @Field(() => Int, { description: "Participants with an outcome." })
  participants: number;

  @Field(() => Int, { description: "Of them, those with both a pre-test and a post-test score." })
  withScores: number;

  @Field(() => Float, { nullable: true, description: "Mean pre-test score of those with both scores." })
  meanPre: number | null;

  @Field(() => Float, { nullable: true, description: "Mean post-test score of those with both scores." })
  meanPost: number | null;

  @Field(() => Float, { nullable: true, description: "The mean of the participants' N-gains (pre-test below 100), unrounded." })
  meanNGain: number | null;

  @Field(() => NGainCategoryEnum, { nullable: true, description: "The category of the mean N-gain." })
  category: NGainCategory | null;

  @Field(() => Int, { description: "Participants with a high gain." })
  high: number;

  @Field(() => Int, { description: "Participants with a medium gain." })
  medium: number;

  @Field(() => Int, { description: "Participants with a low gain." })
  low: number;

  @Field(() => Int, { description: "Participants whose pre-test was already 100 (no gain to measure: N/A)." })
  undefinedGain: number;
}

@ObjectType("BehaviourQuestionMean", { description: "The mean answer to one behaviour statement." })
export class BehaviourQuestionMeanType {
  @Field({ description: "The statement's code, e.g. `APPLY`." })
  key: string;

  @Field({ description: "The statement as this role reads it (Indonesian)." })
  text: string;

  @Field(() => Float, { nullable: true, description: "Mean answer (1..4), unrounded; null when nobody answered." })
  mean: number | null;

  @Field(() => Int, { description: "Answers counted." })
  answers: number;
}

@ObjectType("BehaviourRoleEvaluation", { description: "The behaviour follow-ups of one role (alumni or superiors)." })
export class BehaviourRoleEvaluationType {
  @Field(() => Int, { description: "Follow-ups sent to this role." })
  invited: number;

  @Field(() => Int, { description: "Follow-ups answered." })
  respondents: number;

  @Field(() => Float, { nullable: true, description: "Mean of all the role's answers (1..4), unrounded; null when none." })
  mean: number | null;

  @Field(() => Int, { description: "Answers counted." })
  answers: number;

  @Field(() => [BehaviourQuestionMeanType], { description: "Per statement, in the questionnaire's order." })
  questions: BehaviourQuestionMeanType[];
}

@ObjectType("BehaviourEvaluation", { description: "Level 3 (behaviour) of a batch, as the domain's summariseBehaviour gives it." })
export class BehaviourEvaluationType {
  @Field(() => DateScalar, { nullable: true, description: "The follow-up date (the first scheduled); null when none is scheduled." })
  dueOn: string | null;

  @Field(() => Int, { description: "Follow-ups sent (alumni and superiors)." })
  invited: number;

  @Field(() => Int, { description: "Follow-ups answered." })
  answered: number;

  @Field(() => BehaviourRoleEvaluationType, { description: "The alumni's own view." })
  alumnus: BehaviourRoleEvaluationType;

  @Field(() => BehaviourRoleEvaluationType, { description: "The superiors' view." })
  superior: BehaviourRoleEvaluationType;

  @Field(() => Float, { nullable: true, description: "Superiors' mean minus alumni's mean (negative when alumni see more change)." })
  superiorMinusAlumnus: number | null;
}

@ObjectType("SkpChangeSummary", { description: "The alumni's SKP predikat the year before the batch against the batch's year." })
export class SkpChangeSummaryType {
  @Field(() => Int, { description: "Participants who completed the batch." })
  alumni: number;

  @Field(() => Int, { description: "Alumni whose predikat rose." })
  improved: number;

  @Field(() => Int, { description: "Alumni whose predikat stayed." })
  unchanged: number;

  @Field(() => Int, { description: "Alumni whose predikat fell." })
  worsened: number;

  @Field(() => Int, { description: "Alumni without a predikat for one of the two years." })
  unknown: number;

  @Field(() => Int, { description: "The year before the batch." })
  yearBefore: number;

  @Field(() => Int, { description: "The batch's year." })
  yearAfter: number;
}

@ObjectType("UnitIkmChange", { description: "A service unit whose staff include the batch's participants: its IKM in the periods around the batch." })
export class UnitIkmChangeType {
  /** Resolved by a field resolver (serviceUnitById loader). */
  serviceUnitId: string;

  @Field(() => IkmPeriodPointType, { nullable: true, description: "The latest period with responses that ended before the batch started; null when none." })
  before: IkmPeriodPointType | null;

  @Field(() => IkmPeriodPointType, { nullable: true, description: "The earliest period with responses that started after the batch ended; null when none yet." })
  after: IkmPeriodPointType | null;

  @Field(() => Float, { nullable: true, description: "The change, after − before (2 decimals); null unless both are known." })
  change: number | null;
}

@ObjectType("ResultsEvaluation", { description: "Level 4 (results) of a batch: the alumni's SKP and their service units' IKM, before and after." })
export class ResultsEvaluationType {
  /** The batch, for `units`. */
  batchId: string;

  @Field(() => SkpChangeSummaryType, { description: "SKP predikat before and after." })
  skp: SkpChangeSummaryType;
}

@ObjectType("BatchEvaluation", { description: "The four Kirkpatrick levels of one batch (an operator's: over its own participants)." })
export class BatchEvaluationType {
  /** The batch, for the levels' field resolvers. */
  batchId: string;
}

@ObjectType("ProgrammeEffectiveness", { description: "A programme's effectiveness across the four levels over its completed batches." })
export class ProgrammeEffectivenessType {
  /** Resolved by a field resolver (programmeById loader). */
  programmeId: string;

  @Field(() => Int, { description: "Batches COMPLETED or EVALUATED." })
  batches: number;

  @Field(() => Int, { description: "Their participants with an outcome." })
  participants: number;

  @Field(() => Float, { nullable: true, description: "Level 1: the mean of the reaction aspects' means over every answered form (1..4)." })
  reactionMean: number | null;

  @Field(() => Float, { nullable: true, description: "Level 2: the mean of the participants' N-gains." })
  meanNGain: number | null;

  @Field(() => NGainCategoryEnum, { nullable: true, description: "The category of the mean N-gain." })
  nGainCategory: NGainCategory | null;

  @Field(() => Float, { nullable: true, description: "Level 3: the mean of every behaviour answer, alumni and superiors (1..4)." })
  behaviourMean: number | null;

  @Field(() => Float, { nullable: true, description: "Level 4: the share (0..1) of alumni whose SKP predikat rose, of those with both years known." })
  skpImprovedShare: number | null;

  @Field(() => Float, { nullable: true, description: "Level 4: the mean IKM change (after − before) of the service units around the batches; null when no unit has both periods." })
  ikmChange: number | null;
}

@ObjectType("ProgrammeEffectivenessConnection", { description: "One page of a year's programmes with their effectiveness, by title." })
export class ProgrammeEffectivenessConnection extends Connection(ProgrammeEffectivenessType, "ProgrammeEffectiveness", "programme's effectiveness") {}

@ObjectType("ImprovementAction", { description: "An improvement action opened from an evaluation or survey finding: owner, due date, and when closed what changed." })
export class ImprovementActionType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => ImprovementSourceEnum, { description: "The finding it answers." })
  source: ImprovementSource;

  @Field({ description: "Short title." })
  title: string;

  @Field({ description: "The finding, in words." })
  finding: string;

  /** Resolved by field resolvers (loaders). */
  batchId: string | null;
  programmeId: string | null;
  serviceUnitId: string | null;
  periodId: string | null;
  ownerUnitId: string | null;

  @Field(() => String, { nullable: true, description: "The SKM element (U1..U9) a WEAK_ELEMENT action is about." })
  element: string | null;

  @Field({ description: "Who owns it (name or position)." })
  ownerName: string;

  @Field(() => DateScalar, { description: "When it is due." })
  dueOn: string;

  @Field(() => ImprovementStatusEnum, { description: "Open or closed." })
  status: ImprovementState;

  @Field(() => String, { nullable: true, description: "What changed, given when closed." })
  outcome: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day it was closed (Asia/Jakarta)." })
  closedOn: string | null;

  @Field(() => Int, { description: "Optimistic-lock version: send it back with a change." })
  version: number;
}

@ObjectType("ImprovementActionConnection", { description: "One page of improvement actions, by due date." })
export class ImprovementActionConnection extends Connection(ImprovementActionType, "ImprovementAction", "improvement action") {}

export const toImprovementActionType = (a: ImprovementActionEntity): ImprovementActionType =>
  Object.assign(new ImprovementActionType(), {
    id: a.id,
    source: a.source,
    title: a.title,
    finding: a.finding,
    batchId: a.batchId,
    programmeId: a.programmeId,
    serviceUnitId: a.serviceUnitId,
    periodId: a.periodId,
    ownerUnitId: a.ownerUnitId,
    element: a.element,
    ownerName: a.ownerName,
    dueOn: a.dueOn,
    status: a.status,
    outcome: a.outcome,
    closedOn: a.closedOn,
    version: a.version,
  });

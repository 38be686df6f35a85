import { N_GAIN_CATEGORIES, REACTION_ASPECTS } from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";
import { EVALUATION_LEVELS, EVALUATION_ROLES } from "./evaluation-invitation.entity";
import { IMPROVEMENT_SOURCES, IMPROVEMENT_STATES } from "./improvement-action.entity";
import { INVITATION_STATUSES } from "./list-invitations";

export const EvaluationLevelEnum = describedEnum("EvaluationLevel", "A Kirkpatrick level answered through a personal link.", EVALUATION_LEVELS, {
  REACTION: "Level 1: the participant rates material, speakers, organisation and facilities at the batch's end.",
  BEHAVIOUR: "Level 3: the alumnus and the superior rate the use of the training at work 3 to 6 months later.",
});

export const EvaluationRoleEnum = describedEnum("EvaluationRole", "Who answers an evaluation form.", EVALUATION_ROLES, {
  PARTICIPANT: "The participant (reaction form).",
  ALUMNUS: "The alumnus, about their own work (behaviour follow-up).",
  SUPERIOR: "The alumnus's superior, about the alumnus's work (behaviour follow-up); the link is forwarded to them.",
});

export const EvaluationInvitationStatusEnum = describedEnum("EvaluationInvitationStatus", "Where an evaluation form stands today (Asia/Jakarta).", INVITATION_STATUSES, {
  SCHEDULED: "Not open yet: its first day is still to come.",
  OPEN: "Open and not answered yet.",
  ANSWERED: "Answered (once; the answers cannot change).",
  EXPIRED: "Its last day passed without an answer.",
});

export const ReactionAspectEnum = describedEnum("ReactionAspect", "An aspect of the reaction evaluation (LAN practice).", REACTION_ASPECTS, {
  MATERIAL: "The training material.",
  SPEAKER: "The speakers and facilitators.",
  ORGANISATION: "The organisation of the batch (schedule, committee).",
  FACILITIES: "Rooms or online platform, and supporting facilities.",
});

export const NGainCategoryEnum = describedEnum("NGainCategory", "Hake's normalised gain category (high g ≥ 0.7, medium 0.3 ≤ g < 0.7, low below).", N_GAIN_CATEGORIES, {
  HIGH: "High: g ≥ 0.7.",
  MEDIUM: "Medium: 0.3 ≤ g < 0.7.",
  LOW: "Low: g < 0.3, negative gains included.",
});

export const ImprovementSourceEnum = describedEnum("ImprovementSource", "The finding an improvement action answers.", IMPROVEMENT_SOURCES, {
  LOW_REACTION: "Participants rated a batch (or an aspect, a speaker) low.",
  LOW_N_GAIN: "Participants learned little (low N-gain).",
  NO_BEHAVIOUR_CHANGE: "Alumni or superiors see no change at work.",
  WEAK_ELEMENT: "A service unit's SKM element is weak (band C or D).",
  OTHER: "Any other finding.",
});

export const ImprovementStatusEnum = describedEnum("ImprovementStatus", "Whether an improvement action is still open.", IMPROVEMENT_STATES, {
  OPEN: "Being worked on.",
  CLOSED: "Closed with what changed.",
});

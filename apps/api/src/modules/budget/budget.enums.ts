import { SPENDING_CATEGORIES, type SpendingCategory } from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";
import { SPENDING_EVENT_KINDS } from "./budget-spending-event.entity";
import { SPENDING_STATES } from "./budget-spending.entity";

const CATEGORY_TEXT: { readonly [K in SpendingCategory]: string } = {
  SPEAKER_FEE: "Speakers' fees (narasumber), per person-hour by level; standard: PMK 49/2023.",
  MODERATOR_FEE: "Moderators' fees, per session; standard: PMK 49/2023.",
  TEACHER_FEE: "Teachers' and facilitators' fees (widyaiswara), per JP; standard: PMK 49/2023.",
  DAILY_ALLOWANCE_OUT_OF_TOWN: "Daily allowance for official travel out of town, per person-day; standard: the province's Pergub.",
  DAILY_ALLOWANCE_IN_TOWN: "Daily allowance for official travel in town (over 8 hours), per person-day; standard: the province's Pergub.",
  DAILY_ALLOWANCE_TRAINING: "Daily allowance during a training, per person-day; standard: the province's Pergub.",
  MEALS: "Meals and snacks of meetings and trainings (no ceiling checked here).",
  TRAVEL: "Transport and lodging of official travel (no ceiling checked here).",
  VENUE: "Rooms, halls and equipment hired (no ceiling checked here).",
  MATERIALS: "Training materials, printing and supplies (no ceiling checked here).",
  COURSE_FEE: "Fees of a course or training run by another organiser (no ceiling checked here).",
  OTHER: "Anything else (no ceiling checked here).",
};

export const SpendingCategoryEnum = describedEnum(
  "SpendingCategory",
  "What a spending pays for; the categories with a standard cost are checked against it.",
  SPENDING_CATEGORIES,
  CATEGORY_TEXT,
);

export const SpendingStatusEnum = describedEnum("SpendingStatus", "Whether a spending counts.", SPENDING_STATES, {
  ACTIVE: "It counts in the line's realisation.",
  CANCELLED: "Cancelled with a reason: kept with its history, no longer counted.",
});

export const SpendingEventKindEnum = describedEnum("SpendingEventKind", "What happened to a spending.", SPENDING_EVENT_KINDS, {
  CREATED: "It was recorded.",
  EDITED: "Its amount, date, description or document number changed.",
  CANCELLED: "It was cancelled (its amount released from the line).",
});

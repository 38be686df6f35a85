import { ASSESSMENT_SOURCES, COMPETENCY_KINDS, COMPETENCY_LEVELS, competencyLevelName, PROPOSAL_STATUSES, SKP_RATINGS } from "@bina/domain";
import type { Translate } from "../../../i18n/i18n-context";

/** Select options for the needs enums, labelled from the catalogues; values come from the domain package or the contract. */
export const competencyKindOptions = (t: Translate) =>
  COMPETENCY_KINDS.map((value) => ({ value, label: t(`enum.CompetencyKind.${value}`) }));

export const assessmentSourceOptions = (t: Translate) =>
  ASSESSMENT_SOURCES.map((value) => ({ value, label: t(`enum.AssessmentSource.${value}`) }));

export const skpRatingOptions = (t: Translate) => SKP_RATINGS.map((value) => ({ value, label: t(`enum.SkpRating.${value}`) }));

export const proposalStatusOptions = (t: Translate) =>
  PROPOSAL_STATUSES.map((value) => ({ value, label: t(`enum.ProposalStatus.${value}`) }));

/** Levels 1..5 with the regulation's names (kept in Indonesian in both languages): `3 · Menengah`. */
export const levelOptions = () => COMPETENCY_LEVELS.map((value) => ({ value, label: levelLabel(value) }));

export const levelLabel = (level: number): string =>
  (COMPETENCY_LEVELS as readonly number[]).includes(level) ? `${level} · ${competencyLevelName(level as (typeof COMPETENCY_LEVELS)[number])}` : String(level);

import { EMPLOYMENT_TYPES, FUNCTIONAL_GRADES, GENDERS, PNS_RANKS, POSITION_KINDS, PPPK_RANKS, rankLabel } from "@bina/domain";
import type { EmploymentType } from "../../../gql/graphql";
import type { Translate } from "../../../i18n/i18n-context";

/** Select options for the organisation enums, labelled from the catalogues; values come from the domain package. */
export const employmentTypeOptions = (t: Translate) =>
  EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`enum.EmploymentType.${value}`) }));

export const genderOptions = (t: Translate) => GENDERS.map((value) => ({ value, label: t(`enum.Gender.${value}`) }));

export const positionKindOptions = (t: Translate) =>
  POSITION_KINDS.map((value) => ({ value, label: t(`enum.PositionKind.${value}`) }));

export const functionalGradeOptions = (t: Translate) =>
  FUNCTIONAL_GRADES.map((value) => ({ value, label: t(`enum.FunctionalGrade.${value}`) }));

const rankOption = (rank: (typeof PNS_RANKS)[number]) => ({ value: rank.code, label: rankLabel(rank) });

/** Ranks of one employment type, or both groups when the type is not chosen yet. */
export const rankOptions = (t: Translate, employmentType: EmploymentType | null | undefined) => {
  if (employmentType === "PNS") return PNS_RANKS.map(rankOption);
  if (employmentType === "PPPK") return PPPK_RANKS.map(rankOption);
  return [
    { label: t("enum.EmploymentType.PNS"), title: "PNS", options: PNS_RANKS.map(rankOption) },
    { label: t("enum.EmploymentType.PPPK"), title: "PPPK", options: PPPK_RANKS.map(rankOption) },
  ];
};

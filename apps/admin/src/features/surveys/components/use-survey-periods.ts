import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { SurveyPeriodsDocument, type SurveyPeriodItemFragment } from "../../../gql/graphql";
import { defaultPeriod, jakartaToday } from "../lib/survey-figures";

export interface SurveyPeriodsState {
  /** Oldest first, as the API answers. */
  readonly periods: readonly SurveyPeriodItemFragment[];
  /** The period asked for (by id), else the one containing today (Asia/Jakarta), else the latest started. */
  readonly chosen: SurveyPeriodItemFragment | null;
  readonly loading: boolean;
  readonly error: unknown;
}

/** The survey periods (the latest 100, one bounded request) and the one a page shows. */
export const useSurveyPeriods = (periodId: string | null): SurveyPeriodsState => {
  const { data, loading, error } = useQuery(SurveyPeriodsDocument);
  const periods = useMemo(() => data?.surveyPeriods ?? [], [data]);
  const chosen = useMemo(() => periods.find((p) => p.id === periodId) ?? defaultPeriod(periods, jakartaToday(new Date())), [periods, periodId]);
  return { periods, chosen, loading, error };
};

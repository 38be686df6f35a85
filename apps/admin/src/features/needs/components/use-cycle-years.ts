import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { AssessmentCyclesDocument } from "../../../gql/graphql";

export interface CycleYears {
  /** Years of the assessment cycles, newest first. */
  readonly years: readonly number[];
  readonly latest: number | null;
  readonly loading: boolean;
  readonly error: unknown;
}

/** The years that have an assessment cycle; the needs pages default to the latest. */
export const useCycleYears = (): CycleYears => {
  const { data, loading, error } = useQuery(AssessmentCyclesDocument);
  const cycles = data?.assessmentCycles;
  const years = useMemo(() => [...new Set((cycles ?? []).map((c) => c.year))].sort((a, b) => b - a), [cycles]);
  return { years, latest: years[0] ?? null, loading, error };
};

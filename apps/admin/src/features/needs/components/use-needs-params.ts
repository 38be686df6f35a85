import { useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { parseNeedsParams, toNeedsSearchParams, type NeedsParams } from "../lib/needs-params";
import { useCycleYears, type CycleYears } from "./use-cycle-years";

export interface NeedsParamsState {
  readonly params: NeedsParams;
  /** The year to show: the URL's, else the latest cycle's; null while the cycles load or when there is none. */
  readonly year: number | null;
  readonly cycles: CycleYears;
  readonly go: (next: NeedsParams) => void;
}

/** The heatmap's and the priorities' state, from and to the URL. */
export const useNeedsParams = (): NeedsParamsState => {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseNeedsParams(searchParams), [searchParams]);
  const cycles = useCycleYears();
  return {
    params,
    year: params.year ?? cycles.latest,
    cycles,
    go: (next) => setSearchParams(toNeedsSearchParams(next)),
  };
};

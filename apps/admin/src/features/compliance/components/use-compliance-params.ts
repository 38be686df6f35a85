import { useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { jakartaYear, parseComplianceParams, toComplianceSearchParams, type ComplianceParams } from "../lib/compliance-params";

export interface ComplianceParamsState {
  readonly params: ComplianceParams;
  /** The year shown: the URL's, else the current year (Asia/Jakarta). */
  readonly year: number;
  readonly currentYear: number;
  readonly go: (next: ComplianceParams) => void;
}

/** The dashboard's state, from and to the URL. */
export const useComplianceParams = (): ComplianceParamsState => {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseComplianceParams(searchParams), [searchParams]);
  const currentYear = useMemo(() => jakartaYear(new Date()), []);
  return { params, year: params.year ?? currentYear, currentYear, go: (next) => setSearchParams(toComplianceSearchParams(next)) };
};

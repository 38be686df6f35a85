import type { ProposalStatus, TrainingProposalsQueryVariables } from "../../../gql/graphql";
import { afterOf, readCursors, writeCursors } from "../../../ui/cursor-list";
import { parseYear } from "./needs-params";

/**
 * The proposals inbox in the URL: `?status=ALL&year=2027&unit=12&after=c1`. Without `status` the inbox
 * shows what waits for a decision (SUBMITTED).
 */
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ["SUBMITTED", "ACCEPTED", "RETURNED"];
export type ProposalStatusFilter = ProposalStatus | "ALL";

export interface ProposalParams {
  readonly status: ProposalStatusFilter;
  readonly year: number | null;
  readonly unitId: string | null;
  readonly cursors: readonly string[];
}

export const DEFAULT_PROPOSAL_PARAMS: ProposalParams = { status: "SUBMITTED", year: null, unitId: null, cursors: [] };
export const PROPOSAL_PAGE_SIZE = 20;

export const parseProposalParams = (query: URLSearchParams): ProposalParams => {
  const status = query.get("status");
  return {
    status: status === "ALL" || (PROPOSAL_STATUSES as readonly string[]).includes(status ?? "") ? (status as ProposalStatusFilter) : "SUBMITTED",
    year: parseYear(query.get("year")),
    unitId: query.get("unit") || null,
    cursors: readCursors(query),
  };
};

export const toProposalSearchParams = (params: ProposalParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.status !== "SUBMITTED") query.set("status", params.status);
  if (params.year !== null) query.set("year", String(params.year));
  if (params.unitId) query.set("unit", params.unitId);
  return writeCursors(query, params.cursors);
};

export const toProposalVariables = (params: ProposalParams): TrainingProposalsQueryVariables => ({
  first: PROPOSAL_PAGE_SIZE,
  after: afterOf(params),
  status: params.status === "ALL" ? null : params.status,
  year: params.year,
  unitId: params.unitId,
});

import { PROPOSAL_STATUSES, type ProposalStatus } from "@bina/domain";
import type { ProposalFilter, TrainingProposalsQueryVariables } from "../../../gql/graphql";
import { afterOf, readCursors, writeCursors } from "../../../ui/cursor-list";
import { parseYear } from "./needs-params";

/**
 * The proposals inbox in the URL: `?year=2027&status=SUBMITTED&status=ACCEPTED&unit=12&after=c1`.
 * The inbox shows one plan year's proposals (without `year`: the year being planned), in every status
 * unless `status` narrows it to some.
 */
export interface ProposalParams {
  /** null: the year being planned (the page decides it from the assessment cycles). */
  readonly year: number | null;
  /** Empty: every status. */
  readonly statuses: readonly ProposalStatus[];
  readonly unitId: string | null;
  readonly cursors: readonly string[];
}

export const DEFAULT_PROPOSAL_PARAMS: ProposalParams = { year: null, statuses: [], unitId: null, cursors: [] };
export const PROPOSAL_PAGE_SIZE = 20;

const isStatus = (value: string): value is ProposalStatus => (PROPOSAL_STATUSES as readonly string[]).includes(value);

export const parseProposalParams = (query: URLSearchParams): ProposalParams => ({
  year: parseYear(query.get("year")),
  // In the domain's order, each once; an unknown status (an old `status=ALL` link) is ignored.
  statuses: PROPOSAL_STATUSES.filter((s) => query.getAll("status").includes(s) && isStatus(s)),
  unitId: query.get("unit") || null,
  cursors: readCursors(query),
});

export const toProposalSearchParams = (params: ProposalParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.year !== null) query.set("year", String(params.year));
  params.statuses.forEach((s) => query.append("status", s));
  if (params.unitId) query.set("unit", params.unitId);
  return writeCursors(query, params.cursors);
};

/** The API's variables for the inbox of `year` (the URL's, or the year being planned). */
export const toProposalVariables = (params: ProposalParams, year: number): TrainingProposalsQueryVariables => {
  const filter: ProposalFilter = {
    year,
    ...(params.statuses.length > 0 ? { statuses: [...params.statuses] } : {}),
    ...(params.unitId ? { unitId: params.unitId } : {}),
  };
  return { first: PROPOSAL_PAGE_SIZE, after: afterOf(params), filter };
};

export const hasProposalFilters = (params: ProposalParams): boolean => params.statuses.length > 0 || params.unitId !== null;

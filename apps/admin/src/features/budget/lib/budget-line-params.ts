import { parseFiscalYear } from "./budget-params";
import { readCursors, writeCursors, type CursorParams } from "../../../ui/cursor-list";

/**
 * The state of the line and revision pages as it lives in the URL, so that a link can be shared.
 * A line: `/budget/lines/<id>?cancelled=0&after=c1` (cancelled entries are listed unless `cancelled=0`).
 * Revisions: `/budget/revisions?year=2026&status=REQUESTED&after=c1` (no year: this year in Jakarta).
 */
export interface LinePageParams extends CursorParams {
  readonly includeCancelled: boolean;
}

export const parseLinePageParams = (query: URLSearchParams): LinePageParams => ({
  includeCancelled: query.get("cancelled") !== "0",
  cursors: readCursors(query),
});

export const toLinePageSearchParams = (params: LinePageParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (!params.includeCancelled) query.set("cancelled", "0");
  return writeCursors(query, params.cursors);
};

/** A revision request's states (the API's RevisionStatus), in the order of its life. */
export const REVISION_STATUSES = ["REQUESTED", "APPROVED", "REJECTED"] as const;
export type RevisionStatusFilter = (typeof REVISION_STATUSES)[number];

export interface RevisionsParams extends CursorParams {
  readonly year: number | null;
  readonly status: RevisionStatusFilter | null;
}

export const parseRevisionsParams = (query: URLSearchParams): RevisionsParams => {
  const status = query.get("status");
  return {
    year: parseFiscalYear(query.get("year")),
    status: status !== null && (REVISION_STATUSES as readonly string[]).includes(status) ? (status as RevisionStatusFilter) : null,
    cursors: readCursors(query),
  };
};

export const toRevisionsSearchParams = (params: RevisionsParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.year !== null) query.set("year", String(params.year));
  if (params.status) query.set("status", params.status);
  return writeCursors(query, params.cursors);
};

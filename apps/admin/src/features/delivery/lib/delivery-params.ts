import { DELIVERY_STATES, DEVELOPMENT_KINDS, type DeliveryState, type DevelopmentKind } from "@bina/domain";
import type { DeliveryProgrammesQueryVariables } from "../../../gql/graphql";
import { afterOf, readCursors, writeCursors } from "../../../ui/cursor-list";
import { isIsoDay, type CalendarView } from "./calendar";

/** The programme catalogue in the URL: `/delivery?year=2026&kind=SEMINAR&status=OPEN&after=c1`. */
export interface ProgrammeParams {
  /** null: the current year. */
  readonly year: number | null;
  readonly kinds: readonly DevelopmentKind[];
  readonly statuses: readonly DeliveryState[];
  readonly cursors: readonly string[];
}

export const PROGRAMME_PAGE_SIZE = 20;
export const DEFAULT_PROGRAMME_PARAMS: ProgrammeParams = { year: null, kinds: [], statuses: [], cursors: [] };

/** A year the app deals with (2000..2100), or null. */
export const parseDeliveryYear = (text: string | null): number | null => {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
};

export const parseProgrammeParams = (query: URLSearchParams): ProgrammeParams => ({
  year: parseDeliveryYear(query.get("year")),
  // The domain's order, each once; unknown values (an old link) are ignored.
  kinds: DEVELOPMENT_KINDS.filter((k) => query.getAll("kind").includes(k)),
  statuses: DELIVERY_STATES.filter((s) => query.getAll("status").includes(s)),
  cursors: readCursors(query),
});

export const toProgrammeSearchParams = (params: ProgrammeParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.year !== null) query.set("year", String(params.year));
  params.kinds.forEach((k) => query.append("kind", k));
  params.statuses.forEach((s) => query.append("status", s));
  return writeCursors(query, params.cursors);
};

export const toProgrammeVariables = (params: ProgrammeParams, year: number): DeliveryProgrammesQueryVariables => ({
  first: PROGRAMME_PAGE_SIZE,
  after: afterOf(params),
  filter: {
    year,
    ...(params.kinds.length > 0 ? { kinds: [...params.kinds] } : {}),
    ...(params.statuses.length > 0 ? { statuses: [...params.statuses] } : {}),
  },
});

export const hasProgrammeFilters = (params: ProgrammeParams): boolean => params.kinds.length > 0 || params.statuses.length > 0;

/** The calendar in the URL: `/delivery/calendar?view=week&day=2026-03-09`. */
export interface CalendarParams {
  readonly view: CalendarView;
  /** Any day of the month or week shown. */
  readonly day: string;
}

export const parseCalendarParams = (query: URLSearchParams, today: string): CalendarParams => ({
  view: query.get("view") === "week" ? "week" : "month",
  day: isIsoDay(query.get("day")) ? (query.get("day") as string) : today,
});

export const toCalendarSearchParams = (params: CalendarParams): URLSearchParams => new URLSearchParams({ view: params.view, day: params.day });

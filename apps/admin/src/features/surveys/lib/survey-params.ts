import { SERVICE_UNIT_KINDS, type ServiceUnitKind } from "@bina/domain";
import { readCursors, writeCursors, type CursorParams } from "../../../ui/cursor-list";

/**
 * The SKM pages' state as it lives in the URL, so that a link can be shared.
 * Dashboard: `/surveys?period=<id>&unit=<org unit id>&after=c1` (no period: the one open today).
 * Service unit: `/surveys/units/<id>?period=<id>&year=2026` (the period of the elements; the training year).
 * Settings: `/surveys/settings?q=puskesmas&kind=HEALTH_CENTRE&after=c1`.
 */
export interface DashboardParams extends CursorParams {
  readonly periodId: string | null;
  readonly unitId: string | null;
}

export const parseDashboardParams = (query: URLSearchParams): DashboardParams => ({
  periodId: query.get("period") || null,
  unitId: query.get("unit") || null,
  cursors: readCursors(query),
});

export const toDashboardSearchParams = (params: DashboardParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.periodId) query.set("period", params.periodId);
  if (params.unitId) query.set("unit", params.unitId);
  return writeCursors(query, params.cursors);
};

export interface SettingsParams extends CursorParams {
  readonly search: string;
  readonly kind: ServiceUnitKind | null;
}

export const DEFAULT_SETTINGS_PARAMS: SettingsParams = { search: "", kind: null, cursors: [] };

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export const parseSettingsParams = (query: URLSearchParams): SettingsParams => ({
  search: (query.get("q") ?? "").slice(0, 100),
  kind: oneOf(SERVICE_UNIT_KINDS, query.get("kind")),
  cursors: readCursors(query),
});

export const toSettingsSearchParams = (params: SettingsParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.search.trim()) query.set("q", params.search);
  if (params.kind) query.set("kind", params.kind);
  return writeCursors(query, params.cursors);
};

/** What the API's serviceUnits takes: a search of at least one character (trimmed), else none. */
export const toServiceUnitVariables = (params: SettingsParams, first: number) => ({
  search: params.search.trim() || null,
  kind: params.kind,
  first,
  after: params.cursors.at(-1) ?? null,
});

export interface UnitPageParams {
  readonly periodId: string | null;
  readonly year: number | null;
}

/** A 4-digit year the API accepts (2000..2100), else null. */
export const parseYear = (value: string | null): number | null => {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
};

export const parseUnitPageParams = (query: URLSearchParams): UnitPageParams => ({ periodId: query.get("period") || null, year: parseYear(query.get("year")) });

export const toUnitPageSearchParams = (params: UnitPageParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.periodId) query.set("period", params.periodId);
  if (params.year !== null) query.set("year", String(params.year));
  return query;
};

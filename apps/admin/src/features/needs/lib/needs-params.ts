import { COMPETENCY_KINDS, POSITION_KINDS } from "@bina/domain";
import type { CompetencyKind, NeedsFilter, PositionKind } from "../../../gql/graphql";
import { readCursors, writeCursors } from "../../../ui/cursor-list";

/**
 * The state of the needs pages (heatmap, priorities), as it lives in the URL so that a link can be shared:
 * `?year=2026&ck=TECHNICAL&pk=FUNGSIONAL&unit=12&competency=7&parent=3&color=share&size=50&after=c1&after=c2`.
 * `parent` is the unit whose sub-units the heatmap shows; `after` is the stack of cursors of the priorities list.
 */
export type HeatmapColor = "gap" | "share";
export const HEATMAP_COLORS: readonly HeatmapColor[] = ["gap", "share"];
export const NEEDS_PAGE_SIZES = [20, 50, 100] as const;
export type NeedsPageSize = (typeof NEEDS_PAGE_SIZES)[number];

export interface NeedsParams {
  /** null: the latest assessment cycle. */
  readonly year: number | null;
  readonly competencyKind: CompetencyKind | null;
  readonly positionKind: PositionKind | null;
  readonly unitId: string | null;
  readonly competencyId: string | null;
  readonly parentUnitId: string | null;
  readonly color: HeatmapColor;
  readonly pageSize: NeedsPageSize;
  readonly cursors: readonly string[];
}

export const DEFAULT_NEEDS_PARAMS: NeedsParams = {
  year: null,
  competencyKind: null,
  positionKind: null,
  unitId: null,
  competencyId: null,
  parentUnitId: null,
  color: "gap",
  pageSize: 20,
  cursors: [],
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** A plausible year of a cycle (4 digits), else null. */
export const parseYear = (value: string | null): number | null => {
  if (!value || !/^\d{4}$/.test(value)) return null;
  return Number(value);
};

export const parseNeedsParams = (query: URLSearchParams): NeedsParams => {
  const size = Number(query.get("size"));
  return {
    year: parseYear(query.get("year")),
    competencyKind: oneOf<CompetencyKind>(COMPETENCY_KINDS, query.get("ck")),
    positionKind: oneOf<PositionKind>(POSITION_KINDS, query.get("pk")),
    unitId: query.get("unit") || null,
    competencyId: query.get("competency") || null,
    parentUnitId: query.get("parent") || null,
    color: oneOf(HEATMAP_COLORS, query.get("color")) ?? "gap",
    pageSize: (NEEDS_PAGE_SIZES as readonly number[]).includes(size) ? (size as NeedsPageSize) : 20,
    cursors: readCursors(query),
  };
};

/** The query string for `params`, leaving defaults out so links stay short. */
export const toNeedsSearchParams = (params: NeedsParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.year !== null) query.set("year", String(params.year));
  if (params.competencyKind) query.set("ck", params.competencyKind);
  if (params.positionKind) query.set("pk", params.positionKind);
  if (params.unitId) query.set("unit", params.unitId);
  if (params.competencyId) query.set("competency", params.competencyId);
  if (params.parentUnitId) query.set("parent", params.parentUnitId);
  if (params.color !== "gap") query.set("color", params.color);
  if (params.pageSize !== 20) query.set("size", String(params.pageSize));
  return writeCursors(query, params.cursors);
};

/** What the tabs of the needs page carry from one tab to the next: the year and the two kind filters. */
export const sharedNeedsSearch = (query: URLSearchParams): string => {
  const { year, competencyKind, positionKind } = parseNeedsParams(query);
  const shared = toNeedsSearchParams({ ...DEFAULT_NEEDS_PARAMS, year, competencyKind, positionKind }).toString();
  return shared ? `?${shared}` : "";
};

/**
 * The API's filter. `unit` filters the priorities list only: the heatmap's rows are the sub-units of
 * `parent` instead (`includeUnit: false`).
 */
export const toNeedsFilter = (params: NeedsParams, year: number, includeUnit = true): NeedsFilter => ({
  year,
  ...(params.competencyKind ? { competencyKind: params.competencyKind } : {}),
  ...(params.positionKind ? { positionKind: params.positionKind } : {}),
  ...(includeUnit && params.unitId ? { unitId: params.unitId } : {}),
  ...(includeUnit && params.competencyId ? { competencyId: params.competencyId } : {}),
});

export const hasNeedsFilters = (params: NeedsParams): boolean =>
  params.competencyKind !== null || params.positionKind !== null || params.unitId !== null || params.competencyId !== null;

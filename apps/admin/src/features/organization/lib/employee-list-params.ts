import type { EmployeeFilter, EmployeeSort, EmployeesQueryVariables } from "../../../gql/graphql";
import { afterOf, readCursors, writeCursors } from "../../../ui/cursor-list";

/**
 * The state of the employees list, as it lives in the URL query string so that a link can be shared:
 * `?q=budi&unit=12&rank=III/a&rank=III/b&kind=FUNGSIONAL&type=PNS&gender=FEMALE&status=all&sort=name.asc&size=50&after=c1&after=c2`
 * `after` is the stack of cursors that led to the current page (page n has n-1 of them).
 */
export const SORT_KEYS = ["name", "nip", "rank", "unit"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = "asc" | "desc";
export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type StatusFilter = "active" | "inactive" | "all";

type EmploymentTypeValue = NonNullable<EmployeeFilter["employmentType"]>;
type GenderValue = NonNullable<EmployeeFilter["gender"]>;
type PositionKindValue = NonNullable<EmployeeFilter["positionKinds"]>[number];

export interface EmployeeListParams {
  readonly search: string;
  readonly unitId: string | null;
  readonly rankCodes: readonly string[];
  readonly positionKinds: readonly PositionKindValue[];
  readonly employmentType: EmploymentTypeValue | null;
  readonly gender: GenderValue | null;
  readonly status: StatusFilter;
  readonly sort: { readonly key: SortKey; readonly order: SortOrder } | null;
  readonly pageSize: PageSize;
  readonly cursors: readonly string[];
}

export const DEFAULT_LIST_PARAMS: EmployeeListParams = {
  search: "",
  unitId: null,
  rankCodes: [],
  positionKinds: [],
  employmentType: null,
  gender: null,
  status: "active",
  sort: null,
  pageSize: 20,
  cursors: [],
};

const POSITION_KIND_VALUES: readonly PositionKindValue[] = [
  "JPT_UTAMA",
  "JPT_MADYA",
  "JPT_PRATAMA",
  "ADMINISTRATOR",
  "PENGAWAS",
  "FUNGSIONAL",
  "PELAKSANA",
];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export const parseListParams = (query: URLSearchParams): EmployeeListParams => {
  const [sortKey, sortOrder] = (query.get("sort") ?? "").split(".");
  const key = oneOf(SORT_KEYS, sortKey ?? null);
  const order = oneOf<SortOrder>(["asc", "desc"], sortOrder ?? null);
  const size = Number(query.get("size"));
  return {
    search: query.get("q") ?? "",
    unitId: query.get("unit") || null,
    rankCodes: query.getAll("rank").filter(Boolean),
    positionKinds: query.getAll("kind").flatMap((k) => oneOf(POSITION_KIND_VALUES, k) ?? []),
    employmentType: oneOf<EmploymentTypeValue>(["PNS", "PPPK"], query.get("type")),
    gender: oneOf<GenderValue>(["MALE", "FEMALE"], query.get("gender")),
    status: oneOf<StatusFilter>(["active", "inactive", "all"], query.get("status")) ?? "active",
    sort: key && order ? { key, order } : null,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : 20,
    cursors: readCursors(query),
  };
};

/** The query string for `params`, leaving defaults out so links stay short. */
export const toSearchParams = (params: EmployeeListParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.search.trim()) query.set("q", params.search);
  if (params.unitId) query.set("unit", params.unitId);
  params.rankCodes.forEach((r) => query.append("rank", r));
  params.positionKinds.forEach((k) => query.append("kind", k));
  if (params.employmentType) query.set("type", params.employmentType);
  if (params.gender) query.set("gender", params.gender);
  if (params.status !== "active") query.set("status", params.status);
  if (params.sort) query.set("sort", `${params.sort.key}.${params.sort.order}`);
  if (params.pageSize !== 20) query.set("size", String(params.pageSize));
  return writeCursors(query, params.cursors);
};

const SORT_FIELDS: Readonly<Record<SortKey, EmployeeSort["field"]>> = {
  name: "NAME",
  nip: "NIP",
  rank: "RANK",
  unit: "UNIT",
};

export const toQueryVariables = (params: EmployeeListParams): EmployeesQueryVariables => {
  const filter: EmployeeFilter = {
    active: params.status === "all" ? null : params.status === "active",
    ...(params.search.trim() ? { search: params.search.trim() } : {}),
    ...(params.unitId ? { unitId: params.unitId } : {}),
    ...(params.rankCodes.length ? { rankCodes: [...params.rankCodes] } : {}),
    ...(params.positionKinds.length ? { positionKinds: [...params.positionKinds] } : {}),
    ...(params.employmentType ? { employmentType: params.employmentType } : {}),
    ...(params.gender ? { gender: params.gender } : {}),
  };
  return {
    first: params.pageSize,
    after: afterOf(params),
    filter,
    sort: params.sort ? { field: SORT_FIELDS[params.sort.key], direction: params.sort.order === "asc" ? "ASC" : "DESC" } : null,
  };
};

export const hasActiveFilters = (params: EmployeeListParams): boolean =>
  params.search.trim() !== "" ||
  params.unitId !== null ||
  params.rankCodes.length > 0 ||
  params.positionKinds.length > 0 ||
  params.employmentType !== null ||
  params.gender !== null ||
  params.status !== "active";

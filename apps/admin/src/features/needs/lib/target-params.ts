import { FUNCTIONAL_GRADES, POSITION_KINDS } from "@bina/domain";
import type { FunctionalGrade, PositionKind, TargetPosition } from "../../../gql/graphql";
import { parseYear } from "./needs-params";

/**
 * An employee's gaps against a target position, in the URL so that a link can be shared:
 * `/needs/target?employee=<id>&year=2026&tk=FUNGSIONAL&tg=AHLI_MUDA&tt=Analis%20Kebijakan`.
 */
export interface TargetParams {
  readonly employeeId: string | null;
  /** null: the latest assessment cycle. */
  readonly year: number | null;
  readonly positionKind: PositionKind | null;
  readonly functionalGrade: FunctionalGrade | null;
  readonly positionTitle: string;
}

const oneOf = <T extends string>(values: readonly string[], value: string | null): T | null =>
  value !== null && values.includes(value) ? (value as T) : null;

export const parseTargetParams = (query: URLSearchParams): TargetParams => {
  const positionKind = oneOf<PositionKind>(POSITION_KINDS, query.get("tk"));
  return {
    employeeId: query.get("employee") || null,
    year: parseYear(query.get("year")),
    positionKind,
    // Only a functional position has a grade.
    functionalGrade: positionKind === "FUNGSIONAL" ? oneOf<FunctionalGrade>(FUNCTIONAL_GRADES, query.get("tg")) : null,
    positionTitle: query.get("tt") ?? "",
  };
};

export const toTargetSearchParams = (params: TargetParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.employeeId) query.set("employee", params.employeeId);
  if (params.year !== null) query.set("year", String(params.year));
  if (params.positionKind) query.set("tk", params.positionKind);
  if (params.positionKind === "FUNGSIONAL" && params.functionalGrade) query.set("tg", params.functionalGrade);
  if (params.positionTitle.trim()) query.set("tt", params.positionTitle);
  return query;
};

/** The API's `target`, or null until a position kind is chosen (then only the current position's gaps). */
export const toTargetPosition = (params: TargetParams): TargetPosition | null =>
  params.positionKind
    ? {
        positionKind: params.positionKind,
        functionalGrade: params.positionKind === "FUNGSIONAL" ? params.functionalGrade : null,
        positionTitle: params.positionTitle.trim() === "" ? null : params.positionTitle.trim(),
      }
    : null;

import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  COMPETENCY_CODE_INVALID_REASONS,
  COMPETENCY_ERROR_CODES,
  COMPETENCY_KINDS,
  EMPLOYEE_ERROR_CODES,
  EMPLOYMENT_TYPES,
  FUNCTIONAL_GRADES,
  GENDERS,
  LEFT_OUT_REASONS,
  MAPPING_BANDS,
  NIP_INVALID_REASONS,
  PERSON_NAME_INVALID_REASONS,
  POSITION_KINDS,
  PPPK_NUMBER_INVALID_REASONS,
  PRIORITY_FACTORS,
  SELECTION_BANDS,
  SELECTION_ERROR_CODES,
  SELECTION_METHODS,
  SKP_PREDIKATS,
  SKP_RATINGS,
  UNIT_KINDS,
  type TextLengthProblem,
} from "@bina/domain";
import { buildSchema, isEnumType } from "graphql";
import { en } from "./en";
import { id } from "./id";
import { errorMessage, importRowErrorMessage } from "./errors";
import { interpolate } from "./interpolate";

const catalogues = { id, en } as const;
const keysOf = (messages: object) => Object.keys(messages).sort();

/** Reasons the domain gives within a code; position titles reuse the text-length problems. */
const TEXT_LENGTH_PROBLEMS: readonly TextLengthProblem[] = ["EMPTY", "TOO_SHORT", "TOO_LONG"];
/** Whole-rupiah problems of the optimiser's input (planning/selection-input.ts). */
const AMOUNT_PROBLEMS = ["NOT_INTEGER", "NEGATIVE", "TOO_LARGE"] as const;
const REASONS_BY_CODE: Readonly<Record<string, readonly string[]>> = {
  INVALID_NIP: NIP_INVALID_REASONS,
  INVALID_PPPK_NUMBER: PPPK_NUMBER_INVALID_REASONS,
  INVALID_NAME: PERSON_NAME_INVALID_REASONS,
  INVALID_POSITION_TITLE: TEXT_LENGTH_PROBLEMS,
  INVALID_COMPETENCY_CODE: COMPETENCY_CODE_INVALID_REASONS,
  INVALID_COMPETENCY_NAME: TEXT_LENGTH_PROBLEMS,
  INVALID_COMPETENCY_DESCRIPTION: ["TOO_LONG"],
  // validateAssessmentLevel (competency/assessment-level.ts)
  INVALID_LEVEL: ["NOT_INTEGER", "OUT_OF_RANGE"],
  INVALID_CEILING: AMOUNT_PROBLEMS,
  INVALID_COST: AMOUNT_PROBLEMS,
  INVALID_VALUE: ["NEGATIVE", "NOT_A_NUMBER"],
};

/** Every domain error code the admin app can meet: the organisation's, the dictionary's, a level's, the optimiser's. */
const DOMAIN_ERROR_CODES: readonly string[] = [...EMPLOYEE_ERROR_CODES, ...COMPETENCY_ERROR_CODES, "INVALID_LEVEL", ...SELECTION_ERROR_CODES];

/** Every enum of the committed API contract, so a new enum value on the server fails this test until translated. */
const schemaEnums = (): { name: string; values: string[] }[] => {
  const sdl = readFileSync(join(__dirname, "../../../api/schema.graphql"), "utf8");
  return Object.values(buildSchema(sdl).getTypeMap())
    .filter(isEnumType)
    .filter((type) => !type.name.startsWith("__"))
    .map((type) => ({ name: type.name, values: type.getValues().map((v) => v.name) }));
};

describe("message catalogues", () => {
  it("have exactly the same keys in Indonesian and English", () => {
    expect(keysOf(en)).toEqual(keysOf(id));
  });

  it.each(Object.entries(catalogues))("%s has no empty message", (_language, messages) => {
    const empty = Object.entries(messages).filter(([, value]) => typeof value !== "string" || value.trim() === "");
    expect(empty).toEqual([]);
  });

  it.each(Object.entries(catalogues))("%s uses the same placeholders as Indonesian for every key", (_language, messages) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const different = Object.entries(id).filter(
      ([key, value]) => placeholders(value).join() !== placeholders(messages[key as keyof typeof id]).join(),
    );
    expect(different).toEqual([]);
  });

  it.each(DOMAIN_ERROR_CODES.map((code) => [code]))("translates the domain error code %s", (code) => {
    expect(id).toHaveProperty([`errors.domain.${code}`]);
  });

  it.each(Object.entries(REASONS_BY_CODE).flatMap(([code, reasons]) => reasons.map((reason) => [code, reason])))(
    "translates the domain error %s with reason %s",
    (code, reason) => {
      expect(id).toHaveProperty([`errors.domain.${code}.${reason}`]);
    },
  );

  it("has a message for every reason key it defines only under a known domain code", () => {
    const known = new Set<string>(DOMAIN_ERROR_CODES);
    const strays = Object.keys(id)
      .filter((key) => key.startsWith("errors.domain."))
      .map((key) => key.split(".")[2] ?? "")
      .filter((code) => !known.has(code));
    expect(strays).toEqual([]);
  });

  it.each(schemaEnums().flatMap(({ name, values }) => values.map((value) => [name, value])))(
    "translates the API enum value %s.%s",
    (name, value) => {
      expect(id).toHaveProperty([`enum.${name}.${value}`]);
    },
  );

  it.each([
    ["EmploymentType", EMPLOYMENT_TYPES],
    ["Gender", GENDERS],
    ["PositionKind", POSITION_KINDS],
    ["FunctionalGrade", FUNCTIONAL_GRADES],
    ["UnitKind", UNIT_KINDS],
    ["CompetencyKind", COMPETENCY_KINDS],
    ["SkpRating", SKP_RATINGS],
    ["SkpPredikat", SKP_PREDIKATS],
    ["MappingBand", MAPPING_BANDS],
    ["SelectionBand", SELECTION_BANDS],
    ["PriorityFactor", PRIORITY_FACTORS],
    ["SelectionMethod", SELECTION_METHODS],
    ["PlanItemReason", LEFT_OUT_REASONS],
  ] as const)("translates every domain value of %s", (name, values) => {
    for (const value of values) expect(id).toHaveProperty([`enum.${name}.${value}`]);
  });

  it.each(["BAD_USER_INPUT", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INTERNAL_SERVER_ERROR", "NETWORK"])(
    "translates the API error code %s",
    (code) => {
      expect(id).toHaveProperty([`errors.api.${code}`]);
    },
  );

  // The API's own `extensions.domainCode` values (apps/api/src: graphql/errors.ts and its callers).
  it.each([
    "BAD_CREDENTIALS",
    "STALE_VERSION",
    "DUPLICATE_NIP",
    "ALREADY_INACTIVE",
    "EMPTY_FILE",
    "INVALID_CURSOR",
    "PAGE_SIZE",
    "QUERY_TOO_COMPLEX",
    "INVALID_FIELD",
    // needs and planning (apps/api/src/modules/{competency,needs,planning})
    "PROPOSAL_ALREADY_DECIDED",
    "RETURN_REASON_REQUIRED",
    "DUPLICATE_CODE",
    "UNKNOWN_COMPETENCY",
    "INVALID_TITLE",
    "INVALID_JUSTIFICATION",
    "INVALID_DATE",
    "DATE_OUTSIDE_YEAR",
    "INVALID_AMOUNT",
    "PLAN_NOT_DRAFT",
  ])("translates the API domain code %s", (code) => {
    expect(id).toHaveProperty([`errors.app.${code}`]);
  });

  // Row codes of an employee import that are not domain codes (apps/api/src/modules/organization/import-employees.ts).
  // ... and of an assessment import (apps/api/src/modules/needs/import-assessments.ts); INVALID_DATE and
  // DATE_OUTSIDE_YEAR are the API's own codes (errors.app), INVALID_LEVEL.<reason> the domain's.
  it.each(["UNKNOWN_UNIT", "DUPLICATE_NIP", "FORBIDDEN", "UNREADABLE_FILE", "TOO_MANY_ROWS", "UNKNOWN_EMPLOYEE", "UNKNOWN_COMPETENCY", "INVALID_SOURCE"])(
    "translates the import row code %s",
    (code) => {
      expect(id).toHaveProperty([`errors.import.${code}`]);
    },
  );
});

describe("errorMessage", () => {
  const t = (key: keyof typeof id, params?: Record<string, string | number>) => interpolate(id[key], params);

  it.each([
    [{ code: "BAD_USER_INPUT", domainCode: "INVALID_NIP", reason: "BIRTH_DATE_INVALID", message: "x" }, id["errors.domain.INVALID_NIP.BIRTH_DATE_INVALID"]],
    [{ code: "BAD_USER_INPUT", domainCode: "RANK_MISMATCH", message: "x" }, id["errors.domain.RANK_MISMATCH"]],
    [{ code: "BAD_USER_INPUT", domainCode: "INVALID_NIP", reason: "SOMETHING_NEW", message: "x" }, id["errors.domain.INVALID_NIP"]],
    [{ code: "FORBIDDEN", message: "x" }, id["errors.api.FORBIDDEN"]],
    [{ code: "SOMETHING_NEW", message: "As the server said" }, "As the server said"],
    [{ message: "" }, id["errors.api.UNKNOWN"]],
  ])("picks the most specific translation for %j", (facts, expected) => {
    expect(errorMessage(t, facts)).toBe(expected);
  });

  it.each([
    [{ code: "INVALID_NIP.SEQUENCE_ZERO", message: "x" }, id["errors.domain.INVALID_NIP.SEQUENCE_ZERO"]],
    [{ code: "DUPLICATE_NIP", message: "x" }, id["errors.import.DUPLICATE_NIP"]],
    [{ code: "RANK_MISMATCH", message: "x" }, id["errors.domain.RANK_MISMATCH"]],
    [{ code: "SOMETHING_NEW", message: "As the server said" }, "As the server said"],
    [{ code: "INVALID_LEVEL.OUT_OF_RANGE", message: "x" }, id["errors.domain.INVALID_LEVEL.OUT_OF_RANGE"]],
    [{ code: "DATE_OUTSIDE_YEAR", message: "x" }, id["errors.app.DATE_OUTSIDE_YEAR"]],
  ])("translates the import row error %j", (error, expected) => {
    expect(importRowErrorMessage(t, error)).toBe(expected);
  });

  it("fills the domain's limits into length messages", () => {
    expect(errorMessage(t, { domainCode: "INVALID_NAME", reason: "TOO_LONG", message: "x" })).toMatch(/\d+/);
    expect(errorMessage(t, { domainCode: "INVALID_COMPETENCY_NAME", reason: "TOO_SHORT", message: "x" })).toMatch(/\d+/);
    expect(errorMessage(t, { domainCode: "INVALID_COMPETENCY_CODE", reason: "TOO_LONG", message: "x" })).toMatch(/\d+/);
    expect(errorMessage(t, { domainCode: "INVALID_COMPETENCY_DESCRIPTION", reason: "TOO_LONG", message: "x" })).toMatch(/\d+/);
  });

  it("leaves no placeholder unfilled in a domain message", () => {
    const unfilled = Object.keys(id)
      .filter((key) => key.startsWith("errors.domain."))
      .map((key) => {
        const [, , code, reason] = key.split(".");
        return [key, errorMessage(t, { domainCode: code, reason, message: "x" })] as const;
      })
      .filter(([, text]) => /\{\w+\}/.test(text));
    expect(unfilled).toEqual([]);
  });
});

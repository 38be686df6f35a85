import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  COMPETENCY_CODE_INVALID_REASONS,
  COMPETENCY_KINDS,
  EMPLOYMENT_TYPES,
  ERROR_CODES,
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
  SELECTION_METHODS,
  SKP_PREDIKATS,
  SKP_RATINGS,
  TEXT_INVALID_REASONS,
  UNIT_KINDS,
  GRAPHQL_ERROR_CODES,
  type ErrorCodeName,
} from "@bina/domain";
import { buildSchema, isEnumType } from "graphql";
import { en } from "./en";
import { id } from "./id";
import { errorMessage, importRowErrorMessage } from "./errors";
import { interpolate } from "./interpolate";

const catalogues = { id, en } as const;
const keysOf = (messages: object) => Object.keys(messages).sort();

/** Whole-rupiah problems of the optimiser's input (planning/selection-input.ts). */
const AMOUNT_PROBLEMS = ["NOT_INTEGER", "NEGATIVE", "TOO_LARGE"] as const;
/** The reasons within a code that get their own message (the domain's reason lists); others fall back to the code's. */
const REASONS_BY_CODE: Readonly<Partial<Record<ErrorCodeName, readonly string[]>>> = {
  INVALID_NIP: NIP_INVALID_REASONS,
  INVALID_PPPK_NUMBER: PPPK_NUMBER_INVALID_REASONS,
  INVALID_NAME: PERSON_NAME_INVALID_REASONS,
  INVALID_COMPETENCY_CODE: COMPETENCY_CODE_INVALID_REASONS,
  // validateAssessmentLevel (competency/assessment-level.ts)
  INVALID_LEVEL: ["NOT_INTEGER", "OUT_OF_RANGE"],
  INVALID_CEILING: AMOUNT_PROBLEMS,
  INVALID_COST: AMOUNT_PROBLEMS,
  INVALID_VALUE: ["NEGATIVE", "NOT_A_NUMBER"],
};

/** The closed catalogue of every code a client can meet (domain, API, import rows): @bina/domain's ERROR_CODES. */
const CODES = Object.keys(ERROR_CODES) as ErrorCodeName[];

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

  it.each(CODES.map((code) => [code]))("translates the error code %s", (code) => {
    const keys = [`errors.domain.${code}`, `errors.app.${code}`];
    expect(keys.filter((key) => Object.prototype.hasOwnProperty.call(id, key))).not.toEqual([]);
  });

  it.each(Object.entries(REASONS_BY_CODE).flatMap(([code, reasons]) => (reasons ?? []).map((reason) => [code, reason])))(
    "translates the domain error %s with reason %s",
    (code, reason) => {
      expect(id).toHaveProperty([`errors.domain.${code}.${reason}`]);
    },
  );

  it.each(TEXT_INVALID_REASONS.map((reason) => [reason]))("translates the free-text problem %s for any text field", (reason) => {
    expect(id).toHaveProperty([`errors.text.${reason}`]);
  });

  it("defines code messages only for codes of the catalogue", () => {
    const known = new Set<string>(CODES);
    const strays = Object.keys(id)
      .filter((key) => /^errors\.(domain|app|import)\./.test(key))
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

  it.each([...GRAPHQL_ERROR_CODES, "INTERNAL_SERVER_ERROR", "NETWORK", "UNKNOWN"].map((code) => [code]))("translates the API error code %s", (code) => {
    expect(id).toHaveProperty([`errors.api.${code}`]);
  });
});

describe("errorMessage", () => {
  const t = (key: keyof typeof id, params?: Record<string, string | number>) => interpolate(id[key], params);

  it.each([
    [{ code: "BAD_USER_INPUT", domainCode: "INVALID_NIP", reason: "BIRTH_DATE_INVALID", message: "x" }, id["errors.domain.INVALID_NIP.BIRTH_DATE_INVALID"]],
    [{ code: "BAD_USER_INPUT", domainCode: "RANK_MISMATCH", message: "x" }, id["errors.domain.RANK_MISMATCH"]],
    [{ code: "BAD_USER_INPUT", domainCode: "INVALID_NIP", reason: "SOMETHING_NEW", message: "x" }, id["errors.domain.INVALID_NIP"]],
    [{ code: "FORBIDDEN", message: "x" }, id["errors.api.FORBIDDEN"]],
    [{ code: "BAD_USER_INPUT", domainCode: "INVALID_TITLE", reason: "FORMULA", message: "x" }, id["errors.text.FORMULA"]],
    [{ code: "BAD_USER_INPUT", domainCode: "INVALID_NAME", reason: "EMPTY", message: "x" }, id["errors.domain.INVALID_NAME.EMPTY"]],
    [{ code: "BAD_USER_INPUT", domainCode: "INVALID_TITLE", reason: "TOO_SHORT", message: "x" }, id["errors.domain.INVALID_TITLE.TOO_SHORT"].replace("{programmeTitleMin}", "3")],
    [{ code: "BAD_USER_INPUT", domainCode: "INVALID_POSITION_TITLE", reason: "BIDI_CONTROL", message: "x" }, id["errors.text.BIDI_CONTROL"]],
    [{ code: "BAD_USER_INPUT", domainCode: "SOMETHING_NEW", reason: "TOO_LONG", message: "x" }, id["errors.text.TOO_LONG"]],
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

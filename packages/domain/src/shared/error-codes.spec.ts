import * as root from "../index.js";
import { ERROR_CODES, GRAPHQL_ERROR_CODES, isErrorCodeName } from "./error-codes.js";

/**
 * The catalogue is closed over what the domain returns: every code a domain source can put in an
 * error (`domainError("X"`, `code: "X"`, `code: "X"` defaults, and every exported `*_ERROR_CODES`
 * list) must be in ERROR_CODES. Reads the sources like package.spec.ts (node:fs only in this spec).
 */

interface Fs {
  readdirSync(path: string, options: { recursive: true }): string[];
  readFileSync(path: string, encoding: "utf8"): string;
}
const fs = jest.requireActual<Fs>("node:fs");
const srcDir = (expect.getState().testPath ?? "").replace(/[\\/]shared[\\/][^\\/]+$/, "");
const sources = fs
  .readdirSync(srcDir, { recursive: true })
  .map((file) => file.replace(/\\/g, "/"))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".spec.ts") && !file.endsWith(".arbitrary.ts"))
  .map((file) => [file, fs.readFileSync(`${srcDir}/${file}`, "utf8")] as const);

const PATTERNS = [
  /domainError\(\s*"([A-Z][A-Z0-9_]+)"/g,
  /\bcode: "([A-Z][A-Z0-9_]+)"/g,
  /\bcode \?\? "([A-Z][A-Z0-9_]+)"/g,
  /\bcode: ?"([A-Z][A-Z0-9_]+)" as const/g,
];

const codesInSources = (): ReadonlyArray<readonly [string, string]> =>
  sources.flatMap(([file, text]) =>
    PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => [file, m[1] ?? ""] as const)),
  );

describe("ERROR_CODES", () => {
  it("finds the codes in the sources (the scan works)", () => {
    const found = new Set(codesInSources().map(([, code]) => code));
    expect([...found]).toEqual(expect.arrayContaining(["INVALID_NIP", "INVALID_PPPK_NUMBER", "INVALID_COMPETENCY_NAME", "INVALID_CEILING"]));
  });

  it("lists every code a domain source returns", () => {
    const missing = codesInSources().filter(([, code]) => !isErrorCodeName(code));
    expect(missing).toEqual([]);
  });

  it("lists every code of every exported *_ERROR_CODES list", () => {
    const lists = Object.entries(root).filter(([name]) => name.endsWith("_ERROR_CODES") && name !== "GRAPHQL_ERROR_CODES");
    expect(lists.length).toBeGreaterThanOrEqual(4);
    const missing = lists.flatMap(([name, codes]) => (codes as readonly string[]).filter((c) => !isErrorCodeName(c)).map((c) => `${name}: ${c}`));
    expect(missing).toEqual([]);
  });

  it("maps every code to one GraphQL extensions.code", () => {
    for (const [code, graphqlCode] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(GRAPHQL_ERROR_CODES).toContain(graphqlCode);
    }
  });

  it.each([
    ["STALE_VERSION", "CONFLICT"],
    ["PLAN_ALREADY_ADOPTED", "CONFLICT"],
    ["UNIQUE_VIOLATION", "CONFLICT"],
    ["LOGIN_RATE_LIMITED", "TOO_MANY_REQUESTS"],
    ["TOKEN_REVOKED", "UNAUTHENTICATED"],
    ["BAD_CREDENTIALS", "UNAUTHENTICATED"],
    ["INVALID_CURSOR", "BAD_USER_INPUT"],
    ["NUMERIC_NIP_CELL", "BAD_USER_INPUT"],
    ["INVALID_TEXT", "BAD_USER_INPUT"],
    ["BUDGET_EXCEEDED", "BAD_USER_INPUT"],
    ["ABOVE_STANDARD_COST", "BAD_USER_INPUT"],
    ["REVISION_BELOW_SPENT", "BAD_USER_INPUT"],
    ["REVISION_DECIDED", "CONFLICT"],
    ["SPENDING_CANCELLED", "CONFLICT"],
    ["INVALID_ATTACHMENT", "BAD_USER_INPUT"],
  ] as const)("maps %s to %s", (code, graphqlCode) => {
    expect(ERROR_CODES[code]).toBe(graphqlCode);
  });

  it("is frozen and answers isErrorCodeName only for its own keys", () => {
    expect(Object.isFrozen(ERROR_CODES)).toBe(true);
    expect(isErrorCodeName("INVALID_NIP")).toBe(true);
    expect(isErrorCodeName("constructor")).toBe(false);
    expect(isErrorCodeName("INTERNAL_SERVER_ERROR")).toBe(false);
    expect(isErrorCodeName(7)).toBe(false);
  });
});

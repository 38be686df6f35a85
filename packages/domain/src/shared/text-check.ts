import { domainError, err, ok, type DomainError, type Result } from "./result.js";
import { textLength } from "./text.js";

/**
 * Free text from people (titles, names, justifications, reasons): the one check every text field
 * goes through before it is stored, so that no control character, invisible reordering or
 * spreadsheet formula reaches the database or a later export.
 */

/** Why a text was refused, in the order the checks run. Stable, for translations and tests. */
export const TEXT_INVALID_REASONS = [
  "EMPTY",
  "LONE_SURROGATE",
  "CONTROL_CHARACTER",
  "BIDI_CONTROL",
  "FORMULA",
  "TOO_SHORT",
  "TOO_LONG",
] as const;
export type TextInvalidReason = (typeof TEXT_INVALID_REASONS)[number];

export type TextError<C extends string = "INVALID_TEXT"> = DomainError<C> & {
  readonly field: string;
  readonly reason: TextInvalidReason;
};

export interface TextRule<C extends string = "INVALID_TEXT"> {
  /** The input field, reported on the error. */
  readonly field: string;
  /** Fewest code points after trimming (at least 1: an empty text is always EMPTY). */
  readonly min: number;
  /** Most code points after normalising. */
  readonly max: number;
  /** Allow line feeds and tabs inside the text (justifications, descriptions). Default false. */
  readonly multiline?: boolean;
  /** The error code to report; `INVALID_TEXT` unless the field has its own (`INVALID_TITLE`). */
  readonly code?: C;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 controls, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** C0 controls except tab and line feed, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Bidirectional embeddings, overrides and isolates (Trojan Source, CVE-2021-42574). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
/** What a spreadsheet reads as the start of a formula: = + - @ followed by something other than a space. */
const FORMULA = /^[=+\-@]\S/;
const NON_ASCII = /[\u0080-\uffff]/;

const MESSAGES: Readonly<Record<TextInvalidReason, (field: string, min: number, max: number) => string>> = {
  EMPTY: (field) => `${field} is required`,
  LONE_SURROGATE: (field) => `${field} contains a broken character (a lone UTF-16 surrogate)`,
  CONTROL_CHARACTER: (field) => `${field} contains a control character`,
  BIDI_CONTROL: (field) => `${field} contains an invisible text-direction control character`,
  FORMULA: (field) => `${field} must not start with = + - or @ followed by text (a spreadsheet would run it as a formula)`,
  TOO_SHORT: (field, min) => `${field} must have at least ${min} characters`,
  TOO_LONG: (field, _, max) => `${field} must have at most ${max} characters`,
};

/**
 * Check and normalise one free-text value. Returns the text trimmed and in Unicode NFC; a single-line
 * text also has every inner whitespace run collapsed to one space, a multiline text has CRLF read as LF.
 * Refused, first problem only, with `reason`:
 *
 * - EMPTY: not a string, or nothing but whitespace.
 * - LONE_SURROGATE: an unpaired UTF-16 surrogate (not a character; PostgreSQL refuses it).
 * - CONTROL_CHARACTER: NUL and the other C0/C1 controls and DEL; tab and line feed are allowed
 *   only when `multiline`.
 * - BIDI_CONTROL: U+202A–U+202E and U+2066–U+2069, which reorder what a reader sees.
 * - FORMULA: starts with `=`, `+`, `-` or `@` directly followed by text (`=HYPERLINK(…)`,
 *   `+cmd|…`, `@SUM(…)`): a spreadsheet opening an export would run it. `- item` is fine.
 * - TOO_SHORT / TOO_LONG: outside `min..max` code points (what PostgreSQL `varchar(n)` counts).
 *
 * `rule.min` and `rule.max` come from the caller (the domain's named limits); invalid ones are a
 * programmer error (RangeError).
 */
export const checkText = <C extends string = "INVALID_TEXT">(value: unknown, rule: TextRule<C>): Result<string, TextError<C>> => {
  const { field, min, max, multiline = false } = rule;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < Math.max(min, 1)) {
    throw new RangeError(`checkText(${field}): limits must be integers with 0 <= min <= max and max >= 1, got ${min}..${max}`);
  }
  const code = (rule.code ?? "INVALID_TEXT") as C;
  const fail = (reason: TextInvalidReason): Result<never, TextError<C>> =>
    err({ ...domainError(code, MESSAGES[reason](field, min, max)), field, reason });

  if (typeof value !== "string") return fail("EMPTY");
  const raw = (multiline ? value.replace(/\r\n/g, "\n") : value).trim();
  if (raw.length === 0) return fail("EMPTY");
  if (LONE_SURROGATE.test(raw)) return fail("LONE_SURROGATE");
  if ((multiline ? CONTROL_MULTILINE : CONTROL).test(raw)) return fail("CONTROL_CHARACTER");
  if (BIDI.test(raw)) return fail("BIDI_CONTROL");
  if (FORMULA.test(raw)) return fail("FORMULA");
  const nfc = NON_ASCII.test(raw) ? raw.normalize("NFC") : raw;
  const text = multiline ? nfc : nfc.replace(/\s+/g, " ");
  const length = textLength(text);
  if (length < min) return fail("TOO_SHORT");
  if (length > max) return fail("TOO_LONG");
  return ok(text);
};

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for a CSV or spreadsheet export (OWASP "CSV Injection"): a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so the program
 * shows it as text instead of running it. Apply to every text cell of every export; write numbers
 * as numbers (a negative amount is not a formula). Quoting for CSV is the writer's job.
 */
export const escapeSpreadsheetCell = (text: string): string => {
  if (typeof text !== "string") throw new RangeError("escapeSpreadsheetCell: a text cell must be a string");
  return FORMULA_START.test(text) ? `'${text}` : text;
};

/**
 * Whether a string can be stored as text at all: no NUL (PostgreSQL refuses it in text) and no
 * lone UTF-16 surrogate (not a character; invalid in UTF-8). For the API's guard on every text
 * argument, before any field rule; false for anything that is not a string.
 */
export const isWellFormedText = (s: unknown): boolean =>
  typeof s === "string" && !s.includes("\u0000") && !LONE_SURROGATE.test(s);

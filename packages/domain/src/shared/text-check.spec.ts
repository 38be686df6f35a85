import fc from "fast-check";
import { checkText, escapeSpreadsheetCell, isWellFormedText, TEXT_INVALID_REASONS, type TextInvalidReason } from "./text-check.js";

const rule = { field: "title", min: 3, max: 20 };

describe("checkText", () => {
  it.each([
    ["  Bimtek   Arsip ", "Bimtek Arsip"],
    ["Andre\u0301s Kursus", "Andrés Kursus"],
    ["- item", "- item"],
    ["= 3", "= 3"],
    ["Pelatihan 2026", "Pelatihan 2026"],
    ["e-Kinerja", "e-Kinerja"],
    ["\u{1D400}".repeat(20), "\u{1D400}".repeat(20)],
    ["\tBimtek\n", "Bimtek"],
  ])("accepts %j as %j", (input, expected) => {
    expect(checkText(input, rule)).toEqual({ ok: true, value: expected });
  });

  const refused: ReadonlyArray<readonly [string, unknown, TextInvalidReason]> = [
    ["an empty string", "", "EMPTY"],
    ["only whitespace", " \t\u00a0 ", "EMPTY"],
    ["not a string", 42, "EMPTY"],
    ["null", null, "EMPTY"],
    ["two characters", "ab", "TOO_SHORT"],
    ["21 characters", "a".repeat(21), "TOO_LONG"],
    ["a NUL", "Bimtek\u0000Arsip", "CONTROL_CHARACTER"],
    ["a line feed in a single line", "Bimtek\nArsip", "CONTROL_CHARACTER"],
    ["a tab in a single line", "Bimtek\tArsip", "CONTROL_CHARACTER"],
    ["an escape", "Bimtek\u001b[31m", "CONTROL_CHARACTER"],
    ["DEL", "Bimtek\u007f", "CONTROL_CHARACTER"],
    ["a C1 control", "Bimtek\u0085Arsip", "CONTROL_CHARACTER"],
    ["a right-to-left override", "Bimtek \u202Efdp.exe", "BIDI_CONTROL"],
    ["a left-to-right embedding", "\u202ABimtek", "BIDI_CONTROL"],
    ["a first-strong isolate", "Bimtek\u2068x\u2069", "BIDI_CONTROL"],
    ["a lone high surrogate", "Bimtek\uD800", "LONE_SURROGATE"],
    ["a lone low surrogate", "\uDC00Bimtek", "LONE_SURROGATE"],
    ["=HYPERLINK", '=HYPERLINK("http://x","y")', "FORMULA"],
    ["+cmd", "+cmd|' /C calc'!A0", "FORMULA"],
    ["-2+3", "-2+3+cmd", "FORMULA"],
    ["@SUM", "@SUM(1+1)", "FORMULA"],
    ["a formula after leading spaces", "   =1+1", "FORMULA"],
  ];

  it.each(refused)("refuses %s as %s", (_, input, reason) => {
    expect(checkText(input, rule)).toEqual({
      ok: false,
      error: { code: "INVALID_TEXT", field: "title", reason, message: expect.stringMatching(/^title /) },
    });
  });

  it("has a table case for every reason", () => {
    expect(new Set(refused.map(([, , reason]) => reason))).toEqual(new Set(TEXT_INVALID_REASONS));
  });

  it("keeps line feeds and tabs in a multiline text, reads CRLF as LF, and still refuses other controls", () => {
    const multiline = { ...rule, max: 100, multiline: true };
    expect(checkText("Baris satu\r\nBaris\tdua\n", multiline)).toEqual({ ok: true, value: "Baris satu\nBaris\tdua" });
    expect(checkText("Baris\rsatu", multiline)).toMatchObject({ ok: false, error: { reason: "CONTROL_CHARACTER" } });
    expect(checkText("Baris\u0000satu", multiline)).toMatchObject({ ok: false, error: { reason: "CONTROL_CHARACTER" } });
  });

  it("reports the field's own code when given one", () => {
    expect(checkText("", { ...rule, code: "INVALID_TITLE" })).toMatchObject({ ok: false, error: { code: "INVALID_TITLE", reason: "EMPTY" } });
  });

  it("throws a RangeError on impossible limits (a programmer error)", () => {
    expect(() => checkText("abc", { field: "x", min: 5, max: 3 })).toThrow(RangeError);
    expect(() => checkText("abc", { field: "x", min: 1, max: Number.NaN })).toThrow(RangeError);
  });

  it("never throws, and what it accepts is well-formed, within the limits, and accepted again unchanged", () => {
    const inputs = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: fc.constantFrom("a", " ", "=", "-", "\n", "\t", "\u0000", "\u202E", "\uD800", "\uDC00", "é", "\u0301") }),
    );
    fc.assert(
      fc.property(inputs, fc.boolean(), (input, multiline) => {
        const r = { field: "f", min: 1, max: 30, multiline };
        const result = checkText(input, r);
        if (!result.ok) {
          expect(TEXT_INVALID_REASONS).toContain(result.error.reason);
          return;
        }
        expect(isWellFormedText(result.value)).toBe(true);
        expect(Array.from(result.value).length).toBeLessThanOrEqual(30);
        expect(result.value).toBe(result.value.trim());
        expect(result.value).not.toMatch(/^[=+\-@]\S/);
        expect(checkText(result.value, r)).toEqual(result);
        if (!multiline) expect(result.value).not.toMatch(/[\n\t]/);
      }),
    );
  });
});

describe("escapeSpreadsheetCell", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+62812", "'+62812"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["Bimtek Arsip", "Bimtek Arsip"],
    ["", ""],
    [" =1", " =1"],
  ])("escapes %j as %j", (input, expected) => {
    expect(escapeSpreadsheetCell(input)).toBe(expected);
  });

  it("leaves no cell starting with a formula character", () => {
    fc.assert(fc.property(fc.string(), (s) => expect(escapeSpreadsheetCell(s)).not.toMatch(/^[=+\-@\t\r]/)));
  });

  it("throws a RangeError on a value that is not text", () => {
    expect(() => escapeSpreadsheetCell(5 as unknown as string)).toThrow(RangeError);
  });
});

describe("isWellFormedText", () => {
  it.each([
    ["Bimtek", true],
    ["", true],
    ["\u{1F600}", true],
    ["a\u0000b", false],
    ["a\uD800", false],
    ["\uDC00a", false],
    [7, false],
    [null, false],
  ])("isWellFormedText(%j) is %s", (s, expected) => {
    expect(isWellFormedText(s)).toBe(expected);
  });

  it("agrees with String.prototype.isWellFormed on NUL-free strings", () => {
    const isWellFormed = (s: string): boolean => encodeURIComponentSafe(s);
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => expect(isWellFormedText(s)).toBe(!s.includes("\u0000") && isWellFormed(s))));
  });
});

/** Whether a string has no lone surrogate: encodeURIComponent throws a URIError on one. */
const encodeURIComponentSafe = (s: string): boolean => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};

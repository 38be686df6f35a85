import fc from "fast-check";
import { checkTextLength, normalizeText, textLength } from "./text.js";

describe("normalizeText", () => {
  it.each([
    ["  Pengelola   Data ", "Pengelola Data"],
    ["Kepala\tSeksi\n Umum", "Kepala Seksi Umum"],
    ["Andre\u0301s", "Andrés"],
    ["", ""],
  ])("turns %j into %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => expect(normalizeText(normalizeText(s))).toBe(normalizeText(s))));
  });
});

describe("string helpers given something else", () => {
  it("throw a RangeError instead of answering for an empty string", () => {
    expect(() => normalizeText(5 as unknown as string)).toThrow(RangeError);
    expect(() => textLength(null as unknown as string)).toThrow(RangeError);
  });
});

describe("textLength", () => {
  it("counts code points like Array.from", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => expect(textLength(s)).toBe(Array.from(s).length)));
  });

  it.each([
    ["", 1, 3, "EMPTY"],
    ["a", 2, 3, "TOO_SHORT"],
    ["abcd", 2, 3, "TOO_LONG"],
    ["abc", 2, 3, null],
  ])("checkTextLength(%j, %i, %i) is %s", (text, min, max, problem) => {
    expect(checkTextLength(text, min, max)).toBe(problem);
  });
});

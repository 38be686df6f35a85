import fc from "fast-check";
import { validateAssessmentLevel } from "./assessment-level.js";

describe("validateAssessmentLevel", () => {
  it.each([1, 2, 3, 4, 5])("accepts %i", (level) => {
    expect(validateAssessmentLevel(level)).toEqual({ ok: true, value: level });
  });

  it.each([
    [0, "OUT_OF_RANGE"],
    [6, "OUT_OF_RANGE"],
    [-1, "OUT_OF_RANGE"],
    [3.5, "NOT_INTEGER"],
    [Number.NaN, "NOT_INTEGER"],
    [Number.POSITIVE_INFINITY, "NOT_INTEGER"],
    ["3", "NOT_INTEGER"],
    [null, "NOT_INTEGER"],
  ])("rejects %p (%s)", (level, reason) => {
    expect(validateAssessmentLevel(level)).toMatchObject({ ok: false, error: { code: "INVALID_LEVEL", field: "level", reason } });
  });

  it("never throws, and accepts exactly the integers 1..5", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const expected = typeof value === "number" && [1, 2, 3, 4, 5].includes(value);
        expect(validateAssessmentLevel(value).ok).toBe(expected);
      }),
    );
  });
});

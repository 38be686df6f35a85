import fc from "fast-check";
import { COMPETENCY_LEVELS, competencyLevelName, isCompetencyLevel } from "./competency-levels.js";

describe("competency levels", () => {
  it.each([
    [1, "Paham"],
    [2, "Dasar"],
    [3, "Menengah"],
    [4, "Mumpuni"],
    [5, "Ahli"],
  ] as const)("names level %i %s", (level, name) => {
    expect(competencyLevelName(level)).toBe(name);
  });

  it.each([
    [1, true],
    [5, true],
    [0, false],
    [6, false],
    [3.5, false],
    ["3", false],
    [Number.NaN, false],
    [null, false],
  ])("isCompetencyLevel(%p) is %s", (n, expected) => {
    expect(isCompetencyLevel(n)).toBe(expected);
  });

  it.each([0, 6, 3.5, Number.NaN])("competencyLevelName(%p) throws a RangeError instead of giving undefined", (n) => {
    expect(() => competencyLevelName(n as 1)).toThrow(RangeError);
  });

  it("accepts exactly the listed levels among integers", () => {
    fc.assert(fc.property(fc.integer(), (n) => expect(isCompetencyLevel(n)).toBe((COMPETENCY_LEVELS as readonly number[]).includes(n))));
  });
});

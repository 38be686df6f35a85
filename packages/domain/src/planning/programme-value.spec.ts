import { programmeValue } from "./programme-value.js";

describe("programmeValue", () => {
  it.each([
    ["no covered needs", [], 0],
    ["one need", [{ priority: 61.5, participants: 4 }], 246],
    ["several needs", [{ priority: 40, participants: 2 }, { priority: 12.25, participants: 3 }], 116.75],
    ["rounded to 2 decimals", [{ priority: 0.1, participants: 3 }], 0.3],
  ])("%s", (_, needs, value) => {
    expect(programmeValue(needs)).toBe(value);
  });

  it.each([
    ["a negative priority", { priority: -1, participants: 1 }],
    ["a NaN priority", { priority: Number.NaN, participants: 1 }],
    ["fractional participants", { priority: 1, participants: 1.5 }],
  ])("throws on %s (a programmer error)", (_, need) => {
    expect(() => programmeValue([need])).toThrow(RangeError);
  });
});

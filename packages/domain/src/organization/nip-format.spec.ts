import { formatNip, normalizeNipInput } from "./nip-format.js";

describe("normalizeNipInput", () => {
  it.each([
    ["19860926 201505 1 001", "198609262015051001"],
    ["  19860926\t201505\u00a01   001 ", "198609262015051001"],
    ["19860926-201505", "19860926-201505"],
    ["", ""],
  ])("turns %j into %j", (input, expected) => {
    expect(normalizeNipInput(input)).toBe(expected);
  });
});

describe("non-string input", () => {
  it("is a RangeError for the normalisers (a numeric spreadsheet cell must be refused before)", () => {
    expect(() => normalizeNipInput(198609262015051000 as unknown as string)).toThrow(RangeError);
    expect(() => formatNip(undefined as unknown as string)).toThrow(RangeError);
  });
});

describe("formatNip", () => {
  it.each([
    ["198609262015051001", "19860926 201505 1 001"],
    [" 19860926 2015051001", "19860926 201505 1 001"],
    ["19860926201505100", "19860926201505100"],
    ["19860926-201505-1-001", "19860926-201505-1-001"],
  ])("formats %j as %j", (input, expected) => {
    expect(formatNip(input)).toBe(expected);
  });
});

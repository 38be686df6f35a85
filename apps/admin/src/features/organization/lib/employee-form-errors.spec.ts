import { formFieldOf, sortServerErrors } from "./employee-form-errors";

describe("formFieldOf", () => {
  it.each([
    ["nip", "nip"],
    ["input.nip", "nip"],
    ["rankCode", "rankCode"],
    ["rank", "rankCode"],
    ["unit_code", "unitId"],
    ["input.unitId", "unitId"],
    ["version", null],
    [null, null],
  ])("%s is the form field %s", (field, expected) => {
    expect(formFieldOf(field)).toBe(expected);
  });
});

describe("sortServerErrors", () => {
  it("puts validation errors and a duplicate NIP beside their field, the rest in the alert", () => {
    const nip = { code: "BAD_USER_INPUT", field: "nip", domainCode: "INVALID_NIP", reason: "WRONG_LENGTH", message: "m" };
    const duplicate = { code: "CONFLICT", field: "nip", message: "duplicate" };
    const stale = { code: "CONFLICT", message: "stale version" };
    const forbidden = { code: "FORBIDDEN", field: "unitId", message: "not your unit" };
    expect(sortServerErrors([nip, stale, forbidden])).toEqual({ byField: { nip }, general: [stale, forbidden] });
    expect(sortServerErrors([duplicate])).toEqual({ byField: { nip: duplicate }, general: [] });
  });
});

import { formFieldOf, splitServerErrors } from "../../../ui/form-problems";
import { checkEmployee, EMPLOYEE_FIELD_ALIASES, EMPLOYEE_FORM_FIELDS, employeeFieldable } from "./employee-form-errors";

describe("the employee form's fields", () => {
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
    expect(formFieldOf(field, EMPLOYEE_FORM_FIELDS, EMPLOYEE_FIELD_ALIASES)).toBe(expected);
  });
});

describe("server errors of the employee form", () => {
  const split = (errors: Parameters<typeof splitServerErrors>[0]) =>
    splitServerErrors(errors, EMPLOYEE_FORM_FIELDS, EMPLOYEE_FIELD_ALIASES, employeeFieldable);

  it("puts validation errors and a duplicate NIP beside their field, the rest in the alert", () => {
    const nip = { code: "BAD_USER_INPUT", field: "nip", domainCode: "INVALID_NIP", reason: "WRONG_LENGTH", message: "m" };
    const duplicate = { code: "CONFLICT", field: "nip", domainCode: "DUPLICATE_NIP", message: "duplicate" };
    const stale = { code: "CONFLICT", field: "version", domainCode: "STALE_VERSION", message: "stale version" };
    const forbidden = { code: "FORBIDDEN", field: "unitId", message: "not your unit" };
    expect(split([nip, stale, forbidden])).toEqual({ byField: { nip: { facts: nip } }, general: [stale, forbidden] });
    expect(split([duplicate])).toEqual({ byField: { nip: { facts: duplicate } }, general: [] });
  });

  it("keeps a CONFLICT naming another field above the form", () => {
    const conflict = { code: "CONFLICT", field: "name", message: "x" };
    expect(split([conflict])).toEqual({ byField: {}, general: [conflict] });
  });
});

describe("checkEmployee", () => {
  it("names the missing unit and the domain's problems", () => {
    const { problems, valid } = checkEmployee({ nip: "123", name: "", positionTitle: "" });
    expect(valid).toBeNull();
    expect(problems.unitId).toEqual({ key: "employee.form.unitRequired" });
    expect(problems.nip).toMatchObject({ facts: { domainCode: "INVALID_NIP" } });
    expect(problems.name).toBeDefined();
  });
});

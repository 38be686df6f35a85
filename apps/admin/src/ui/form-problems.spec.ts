import { formFieldOf, problemsByField, splitServerErrors } from "./form-problems";

describe("form problems", () => {
  const fields = ["code", "name", "level"] as const;

  it("finds the form field an error names, through its path or an alias", () => {
    expect(formFieldOf("input.level", fields)).toBe("level");
    expect(formFieldOf("competency_code", fields, { competency_code: "code" })).toBe("code");
    expect(formFieldOf("other", fields)).toBeNull();
    expect(formFieldOf(null, fields)).toBeNull();
  });

  it("keeps the first domain error of each field", () => {
    const problems = problemsByField(
      [
        { code: "INVALID_COMPETENCY_CODE", reason: "EMPTY", field: "code", message: "a" },
        { code: "INVALID_COMPETENCY_CODE", reason: "TOO_LONG", field: "code", message: "b" },
        { code: "INVALID_KIND", field: "kind", message: "c" },
      ],
      fields,
    );
    expect(problems).toEqual({ code: { facts: { domainCode: "INVALID_COMPETENCY_CODE", reason: "EMPTY", message: "a" } } });
  });

  it("puts input errors beside their field and everything else above the form", () => {
    const { byField, general } = splitServerErrors(
      [
        { code: "BAD_USER_INPUT", domainCode: "INVALID_LEVEL", field: "input.level", message: "x" },
        { code: "CONFLICT", domainCode: "STALE_VERSION", field: "version", message: "y" },
        { code: "FORBIDDEN", message: "z" },
      ],
      fields,
    );
    expect(Object.keys(byField)).toEqual(["level"]);
    expect(general.map((g) => g.code)).toEqual(["CONFLICT", "FORBIDDEN"]);
  });
});

describe("splitServerErrors with any code", () => {
  it("puts an error naming a field beside it whatever its code when asked to", () => {
    const { byField, general } = splitServerErrors(
      [{ code: "CONFLICT", domainCode: "MANDATORY_OVER_CEILING", field: "ceiling", message: "x" }],
      ["ceiling"] as const,
      {},
      null,
    );
    expect(Object.keys(byField)).toEqual(["ceiling"]);
    expect(general).toEqual([]);
  });
});

import fc from "fast-check";
import { ASSESSMENT_SOURCES, checkAssessmentSource } from "./assessment-source.js";

describe("checkAssessmentSource", () => {
  it.each([
    ["SELF", "SELF"],
    [" supervisor ", "SUPERVISOR"],
    ["assessment center", "ASSESSMENT_CENTER"],
    ["Assessment-Center", "ASSESSMENT_CENTER"],
  ])("reads %j as %s", (input, source) => {
    expect(checkAssessmentSource(input)).toEqual({ ok: true, value: source });
  });

  it.each(["", "BOSS", "ASSESSMENT_CENTRE", null, 3])("refuses %p as INVALID_SOURCE on the given field", (input) => {
    expect(checkAssessmentSource(input, "source")).toEqual({
      ok: false,
      error: { code: "INVALID_SOURCE", field: "source", message: "source must be one of SELF, SUPERVISOR, ASSESSMENT_CENTER" },
    });
  });

  it("never throws and accepts only the vocabulary", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = checkAssessmentSource(x);
        if (r.ok) expect(ASSESSMENT_SOURCES).toContain(r.value);
      }),
    );
  });
});

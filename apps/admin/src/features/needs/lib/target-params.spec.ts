import { parseTargetParams, toTargetPosition, toTargetSearchParams, type TargetParams } from "./target-params";

describe("target position URL state", () => {
  it("round-trips a functional target with grade and title", () => {
    const params: TargetParams = { employeeId: "e1", year: 2026, positionKind: "FUNGSIONAL", functionalGrade: "AHLI_MUDA", positionTitle: "Analis Kebijakan" };
    const query = toTargetSearchParams(params);
    expect(query.toString()).toBe("employee=e1&year=2026&tk=FUNGSIONAL&tg=AHLI_MUDA&tt=Analis+Kebijakan");
    expect(parseTargetParams(query)).toEqual(params);
    expect(toTargetPosition(params)).toEqual({ positionKind: "FUNGSIONAL", functionalGrade: "AHLI_MUDA", positionTitle: "Analis Kebijakan" });
  });

  it("drops a grade of a non-functional target and unknown kinds", () => {
    const parsed = parseTargetParams(new URLSearchParams("tk=ADMINISTRATOR&tg=AHLI_MUDA&tt=%20%20"));
    expect(parsed.functionalGrade).toBeNull();
    expect(toTargetPosition(parsed)).toEqual({ positionKind: "ADMINISTRATOR", functionalGrade: null, positionTitle: null });
    expect(parseTargetParams(new URLSearchParams("tk=NOPE")).positionKind).toBeNull();
    expect(toTargetPosition(parseTargetParams(new URLSearchParams("")))).toBeNull();
  });
});

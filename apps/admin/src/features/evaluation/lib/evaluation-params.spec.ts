import {
  invitationStatuses,
  parseEvaluationParams,
  parseEvaluationYear,
  parseInvitationParams,
  toEvaluationSearchParams,
  toInvitationSearchParams,
} from "./evaluation-params";

describe("evaluation overview URL", () => {
  it("reads year, status, source and cursors, dropping unknown values", () => {
    expect(parseEvaluationParams(new URLSearchParams("year=2026&status=OPEN&source=LOW_N_GAIN&after=c1"))).toEqual({
      year: 2026,
      status: "OPEN",
      source: "LOW_N_GAIN",
      cursors: ["c1"],
    });
    expect(parseEvaluationParams(new URLSearchParams("year=1999&status=DONE&source=NOPE"))).toEqual({ year: null, status: null, source: null, cursors: [] });
  });

  it("round-trips through the query string, defaults left out", () => {
    const params = { year: 2025, status: "CLOSED" as const, source: "OTHER" as const, cursors: ["a", "b"] };
    expect(parseEvaluationParams(toEvaluationSearchParams(params))).toEqual(params);
    expect(toEvaluationSearchParams({ year: null, status: null, source: null, cursors: [] }).toString()).toBe("");
  });

  it.each([
    ["2026", 2026],
    ["2101", null],
    ["26", null],
    [null, null],
  ])("reads the year %s as %s", (text, year) => {
    expect(parseEvaluationYear(text)).toBe(year);
  });
});

describe("a batch's evaluation forms in the URL", () => {
  it("reads level, status (or not answered yet) and cursors", () => {
    expect(parseInvitationParams(new URLSearchParams("level=REACTION&status=NOT_ANSWERED&after=x"))).toEqual({ level: "REACTION", status: "NOT_ANSWERED", cursors: ["x"] });
    expect(parseInvitationParams(new URLSearchParams("level=RESULTS&status=LATE"))).toEqual({ level: null, status: null, cursors: [] });
    const params = { level: "BEHAVIOUR" as const, status: "EXPIRED" as const, cursors: ["c"] };
    expect(parseInvitationParams(toInvitationSearchParams(params))).toEqual(params);
  });

  it("asks the API for open and expired forms when 'not answered yet' is chosen", () => {
    expect(invitationStatuses("NOT_ANSWERED")).toEqual(["OPEN", "EXPIRED"]);
    expect(invitationStatuses("ANSWERED")).toEqual(["ANSWERED"]);
    expect(invitationStatuses(null)).toBeNull();
  });
});

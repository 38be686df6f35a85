import fc from "fast-check";
import { BEHAVIOUR_RULES, DEFAULT_BEHAVIOUR_QUESTIONNAIRE, behaviourFollowUpDate, summariseBehaviour, type BehaviourResponse } from "./behaviour.js";

describe("behaviourFollowUpDate", () => {
  it("has the practice's figures: 3 months by default, 3..6 allowed", () => {
    expect(BEHAVIOUR_RULES).toEqual({ followUpMonths: 3, minMonths: 3, maxMonths: 6 });
  });

  it.each([
    ["2026-05-15", undefined, "2026-08-15"],
    ["2026-10-31", undefined, "2027-01-31"],
    ["2026-11-30", undefined, "2027-02-28"],
    ["2027-11-30", undefined, "2028-02-29"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2026-03-31", 3, "2026-06-30"],
    ["2026-12-01", 4, "2027-04-01"],
  ])("%s + %s months is %s", (endsOn, months, expected) => {
    expect(behaviourFollowUpDate(endsOn, months === undefined ? undefined : { followUpMonths: months })).toBe(expected);
  });

  it.each([
    ["2026-02-30", 3], ["2026-13-01", 3], ["26-01-01", 3], ["", 3], ["2026-01-01", 2], ["2026-01-01", 7], ["2026-01-01", 3.5],
  ])("refuses %s with %d months", (endsOn, months) => {
    expect(() => behaviourFollowUpDate(endsOn, { followUpMonths: months })).toThrow(RangeError);
  });

  it("is always later, within the allowed months", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 3, max: 6 }), (y, m, d, months) => {
        const endsOn = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const date = behaviourFollowUpDate(endsOn, { followUpMonths: months });
        expect(date > endsOn).toBe(true);
        expect(date.slice(8)).toBe(endsOn.slice(8));
      }),
    );
  });
});

describe("summariseBehaviour", () => {
  it("has the same statements for the alumnus and the superior, in Indonesian", () => {
    for (const q of DEFAULT_BEHAVIOUR_QUESTIONNAIRE.questions) {
      expect(q.text.ALUMNUS).toMatch(/\bsaya\b/i);
      expect(q.text.SUPERIOR).toMatch(/\balumni\b/i);
      expect(q.text.SUPERIOR).not.toMatch(/\bsaya\b/i);
    }
    expect(DEFAULT_BEHAVIOUR_QUESTIONNAIRE.scaleLabels).toHaveLength(DEFAULT_BEHAVIOUR_QUESTIONNAIRE.scaleMax);
  });

  it("gives means per role and question and the superior's difference", () => {
    const result = summariseBehaviour([
      { role: "ALUMNUS", answers: { APPLY: 4, QUALITY: 4 } },
      { role: "ALUMNUS", answers: { APPLY: 3, SHARE: null } },
      { role: "SUPERIOR", answers: { APPLY: 3, QUALITY: 2 } },
    ]);
    expect(result.ok && result.value).toEqual({
      byRole: {
        ALUMNUS: { respondents: 2, mean: 11 / 3, questions: { APPLY: 3.5, QUALITY: 4, SPEED: null, SHARE: null, SERVICE: null } },
        SUPERIOR: { respondents: 1, mean: 2.5, questions: { APPLY: 3, QUALITY: 2, SPEED: null, SHARE: null, SERVICE: null } },
      },
      superiorMinusAlumnus: 2.5 - 11 / 3,
    });
  });

  it("has null means with no answers", () => {
    const result = summariseBehaviour([]);
    expect(result.ok && result.value.superiorMinusAlumnus).toBeNull();
  });

  it.each([
    [[{ role: "PEER", answers: {} }], "responses[0].role", undefined],
    [[{ role: "ALUMNUS", answers: { APPLY: 5 } }], "responses[0].answers.APPLY", undefined],
    [[{ role: "ALUMNUS", answers: {} }, { role: "SUPERIOR", answers: { APPLY: 0 } }], "responses[1].answers.APPLY", undefined],
    [[{ role: "ALUMNUS", answers: { NOPE: 3 } }], "responses[0].answers.NOPE", "UNKNOWN_QUESTION"],
    [[{ role: "ALUMNUS", answers: null }], "responses[0].answers", undefined],
  ])("refuses %j at %s", (responses, field, reason) => {
    expect(summariseBehaviour(responses as unknown as BehaviourResponse[])).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "INVALID_SCORE", field, ...(reason ? { reason } : {}) }),
    });
  });
});

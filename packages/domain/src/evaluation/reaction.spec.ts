import { DEFAULT_REACTION_INSTRUMENT, REACTION_ASPECTS, summariseReaction, validateReactionInstrument, type ReactionInstrument, type ReactionResponse } from "./reaction.js";

const summary = (responses: readonly ReactionResponse[], instrument: ReactionInstrument = DEFAULT_REACTION_INSTRUMENT) => {
  const result = summariseReaction(instrument, responses);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe("DEFAULT_REACTION_INSTRUMENT", () => {
  it("covers the four aspects on a 1..4 scale, in Indonesian, and is valid", () => {
    expect(DEFAULT_REACTION_INSTRUMENT.scaleMax).toBe(4);
    expect(DEFAULT_REACTION_INSTRUMENT.scaleLabels).toEqual(["Sangat kurang", "Kurang", "Baik", "Sangat baik"]);
    expect(new Set(DEFAULT_REACTION_INSTRUMENT.questions.map((q) => q.aspect))).toEqual(new Set(REACTION_ASPECTS));
    expect(validateReactionInstrument(DEFAULT_REACTION_INSTRUMENT).ok).toBe(true);
  });

  it.each([
    [{ ...DEFAULT_REACTION_INSTRUMENT, scaleMax: 10 }, "scaleMax"],
    [{ ...DEFAULT_REACTION_INSTRUMENT, scaleMax: 5 }, "scaleLabels"],
    [{ ...DEFAULT_REACTION_INSTRUMENT, questions: [] }, "questions"],
    [{ ...DEFAULT_REACTION_INSTRUMENT, questions: [{ key: "A", aspect: "MATERIAL", text: "x" }, { key: "A", aspect: "MATERIAL", text: "y" }] }, "questions[1].key"],
    [{ ...DEFAULT_REACTION_INSTRUMENT, questions: [{ key: "A", aspect: "FOOD", text: "x" }] }, "questions[0].aspect"],
    [{ ...DEFAULT_REACTION_INSTRUMENT, questions: [{ key: "A", aspect: "MATERIAL", text: " " }] }, "questions[0].text"],
  ])("refuses an instrument with a bad %s", (instrument, field) => {
    expect(summariseReaction(instrument as ReactionInstrument, [])).toEqual({ ok: false, error: expect.objectContaining({ code: "INVALID_INSTRUMENT", field }) });
  });
});

describe("summariseReaction", () => {
  it("gives means per aspect, question and speaker", () => {
    const s = summary([
      { answers: { MAT1: 4, MAT2: 3, ORG1: 2, FAC1: null }, speakers: { sp1: { SPK1: 4, SPK2: 4 }, sp2: { SPK1: 2 } } },
      { answers: { MAT1: 2, ORG1: 3 }, speakers: { sp1: { SPK1: 3 } } },
    ]);
    expect(s.respondents).toBe(2);
    expect(s.aspects.MATERIAL).toEqual({ mean: 3, answers: 3 });
    expect(s.aspects.SPEAKER).toEqual({ mean: 13 / 4, answers: 4 });
    expect(s.aspects.ORGANISATION).toEqual({ mean: 2.5, answers: 2 });
    expect(s.aspects.FACILITIES).toEqual({ mean: null, answers: 0 });
    expect(s.questions.MAT1).toEqual({ mean: 3, answers: 2 });
    expect(s.speakers).toEqual({ sp1: { mean: 11 / 3, answers: 3 }, sp2: { mean: 2, answers: 1 } });
    expect(s.overall).toBeCloseTo((3 + 3.25 + 2.5) / 3, 15);
  });

  it("accepts a configured 1..5 instrument", () => {
    const instrument: ReactionInstrument = {
      scaleMax: 5,
      scaleLabels: ["1", "2", "3", "4", "5"],
      questions: [{ key: "Q1", aspect: "MATERIAL", text: "Materi bermanfaat." }],
    };
    expect(summary([{ answers: { Q1: 5 } }, { answers: { Q1: 4 } }], instrument).aspects.MATERIAL).toEqual({ mean: 4.5, answers: 2 });
  });

  it("has null means and no speakers when nothing is answered", () => {
    expect(summary([])).toMatchObject({ respondents: 0, overall: null, speakers: {} });
  });

  it.each([
    [[{ answers: { MAT1: 5 } }], "responses[0].answers.MAT1", undefined],
    [[{ answers: { MAT1: 0 } }], "responses[0].answers.MAT1", undefined],
    [[{ answers: { MAT1: 2.5 } }], "responses[0].answers.MAT1", undefined],
    [[{ answers: {} }, { answers: { XYZ: 3 } }], "responses[1].answers.XYZ", "UNKNOWN_QUESTION"],
    [[{ answers: { SPK1: 3 } }], "responses[0].answers.SPK1", "WRONG_PLACE"],
    [[{ answers: {}, speakers: { sp1: { MAT1: 3 } } }], "responses[0].speakers.sp1.MAT1", "WRONG_PLACE"],
    [[{ answers: {}, speakers: { sp1: { SPK1: "4" } } }], "responses[0].speakers.sp1.SPK1", undefined],
    [[{ answers: {}, speakers: [] }], "responses[0].speakers", undefined],
    [[null], "responses[0]", undefined],
  ])("refuses %j at %s", (responses, field, reason) => {
    const result = summariseReaction(DEFAULT_REACTION_INSTRUMENT, responses as unknown as ReactionResponse[]);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "INVALID_SCORE", field, ...(reason ? { reason } : {}) }) });
  });
});

import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/** The aspects of a training's reaction evaluation (Kirkpatrick level 1 as LAN practises it; DOMAIN.md §6). */
export const REACTION_ASPECTS = ["MATERIAL", "SPEAKER", "ORGANISATION", "FACILITIES"] as const;
export type ReactionAspect = (typeof REACTION_ASPECTS)[number];

/** The scales an instrument may use: 1..4 (no middle answer, the default, like the SKM) or 1..5. */
export const REACTION_SCALE_MAXIMA = [4, 5] as const;
export type ReactionScaleMax = (typeof REACTION_SCALE_MAXIMA)[number];

export interface ReactionQuestion {
  /** Stable within the instrument, e.g. `MAT1`. */
  readonly key: string;
  readonly aspect: ReactionAspect;
  /** The statement as participants see it, in Indonesian. */
  readonly text: string;
}

export interface ReactionInstrument {
  /** Answers are integers 1..scaleMax (1 = sangat tidak setuju / sangat kurang). */
  readonly scaleMax: ReactionScaleMax;
  /** The answer labels, lowest first; as many as the scale has points. */
  readonly scaleLabels: readonly string[];
  readonly questions: readonly ReactionQuestion[];
}

/**
 * The default reaction form (practice, not regulation; configurable per programme): a 1..4 scale so
 * a participant must lean one way, like the SKM's; SPEAKER questions are answered once per speaker.
 */
export const DEFAULT_REACTION_INSTRUMENT: ReactionInstrument = Object.freeze({
  scaleMax: 4,
  scaleLabels: ["Sangat kurang", "Kurang", "Baik", "Sangat baik"],
  questions: [
    { key: "MAT1", aspect: "MATERIAL", text: "Materi pelatihan sesuai dengan kebutuhan pekerjaan Saudara." },
    { key: "MAT2", aspect: "MATERIAL", text: "Materi pelatihan mudah dipahami dan tersusun dengan runtut." },
    { key: "MAT3", aspect: "MATERIAL", text: "Materi pelatihan dapat Saudara terapkan dalam pekerjaan." },
    { key: "SPK1", aspect: "SPEAKER", text: "Narasumber menguasai materi yang disampaikan." },
    { key: "SPK2", aspect: "SPEAKER", text: "Narasumber menyampaikan materi dengan jelas dan menarik." },
    { key: "SPK3", aspect: "SPEAKER", text: "Narasumber memberi kesempatan bertanya dan menjawab dengan baik." },
    { key: "ORG1", aspect: "ORGANISATION", text: "Jadwal pelatihan tersusun baik dan dilaksanakan tepat waktu." },
    { key: "ORG2", aspect: "ORGANISATION", text: "Panitia memberikan informasi dan layanan yang baik kepada peserta." },
    { key: "FAC1", aspect: "FACILITIES", text: "Ruang pelatihan atau platform daring nyaman dan memadai." },
    { key: "FAC2", aspect: "FACILITIES", text: "Sarana pendukung (bahan ajar, perangkat, konsumsi) memadai." },
  ],
} as const satisfies ReactionInstrument);

/** One participant's form: answers to the non-speaker questions, and per speaker to the SPEAKER questions. */
export interface ReactionResponse {
  /** By question code; null or absent when not answered. */
  readonly answers: Readonly<Record<string, number | null>>;
  /** By speaker id, the answers to the SPEAKER questions. */
  readonly speakers?: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
}

export interface MeanSummary {
  /** The mean of the answers, unrounded; null when nobody answered. */
  readonly mean: number | null;
  readonly answers: number;
}

export interface ReactionSummary {
  readonly respondents: number;
  readonly aspects: Readonly<Record<ReactionAspect, MeanSummary>>;
  readonly questions: Readonly<Record<string, MeanSummary>>;
  readonly speakers: Readonly<Record<string, MeanSummary>>;
  /** The mean of the answered aspects' means (each aspect weighs the same); null when none. */
  readonly overall: number | null;
}

export type ReactionErrorCode = "INVALID_SCORE" | "INVALID_INSTRUMENT";
export type ReactionError = DomainError<ReactionErrorCode>;

const QUESTION_CODE = /^[A-Z][A-Z0-9_]{0,31}$/;

/** Checks an instrument: a scale of 4 or 5 with a label per point, unique codes, known aspects, some text. */
export const validateReactionInstrument = (instrument: ReactionInstrument): Result<ReactionInstrument, ReactionError> => {
  const fail = (field: string, message: string) => err(domainError("INVALID_INSTRUMENT", message, { field }));
  if (!(REACTION_SCALE_MAXIMA as readonly unknown[]).includes(instrument?.scaleMax)) return fail("scaleMax", "the scale is 1..4 or 1..5");
  if (!Array.isArray(instrument.scaleLabels) || instrument.scaleLabels.length !== instrument.scaleMax) {
    return fail("scaleLabels", "one label per point of the scale");
  }
  if (!Array.isArray(instrument.questions) || instrument.questions.length === 0) return fail("questions", "at least one question");
  const seen = new Set<string>();
  for (const [i, q] of instrument.questions.entries()) {
    if (typeof q?.key !== "string" || !QUESTION_CODE.test(q.key) || seen.has(q.key)) {
      return fail(`questions[${i}].key`, "a unique code of capitals, digits and underscores");
    }
    seen.add(q.key);
    if (!(REACTION_ASPECTS as readonly unknown[]).includes(q.aspect)) return fail(`questions[${i}].aspect`, `one of ${REACTION_ASPECTS.join(", ")}`);
    if (typeof q.text !== "string" || q.text.trim() === "" || q.text.length > 500) return fail(`questions[${i}].text`, "1..500 characters");
  }
  return ok(instrument);
};

class Tally {
  private sum = 0;
  private count = 0;
  add(score: number): void {
    this.sum += score;
    this.count += 1;
  }
  summary(): MeanSummary {
    return { mean: this.count === 0 ? null : this.sum / this.count, answers: this.count };
  }
}

const tallyOf = (map: Map<string, Tally>, key: string): Tally => {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = new Tally()));
  return tally;
};

/**
 * The reaction summary of a batch: means per aspect, per question and per speaker (all unrounded;
 * round for display). A speaker's mean is over the SPEAKER answers about that speaker; the SPEAKER
 * aspect's mean is over all of them. Errors: INVALID_INSTRUMENT (see {@link validateReactionInstrument});
 * INVALID_SCORE naming the field (`responses[i].answers.MAT1`, `responses[i].speakers.<id>.SPK1`) for
 * a score other than an integer 1..scaleMax or null, an unknown question code (reason
 * UNKNOWN_QUESTION), or a question answered in the wrong place (reason WRONG_PLACE: SPEAKER questions
 * go under `speakers`, the others under `answers`).
 */
export const summariseReaction = (
  instrument: ReactionInstrument,
  responses: readonly ReactionResponse[],
): Result<ReactionSummary, ReactionError> => {
  const valid = validateReactionInstrument(instrument);
  if (!valid.ok) return valid;
  if (!Array.isArray(responses)) return err(domainError("INVALID_SCORE", "responses is a list", { field: "responses" }));
  const questionByCode = new Map(instrument.questions.map((q) => [q.key, q]));
  const aspects = new Map<string, Tally>();
  const questions = new Map<string, Tally>();
  const speakers = new Map<string, Tally>();
  const record = (
    answers: unknown,
    base: string,
    speakerPlace: boolean,
    speakerId: string | null,
  ): ReactionError | null => {
    if (answers === undefined) return null;
    if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
      return domainError("INVALID_SCORE", "answers by question code", { field: base });
    }
    for (const [code, score] of Object.entries(answers)) {
      const field = `${base}.${code}`;
      const question = questionByCode.get(code);
      if (!question) return domainError("INVALID_SCORE", "no such question in the instrument", { field, reason: "UNKNOWN_QUESTION" });
      if ((question.aspect === "SPEAKER") !== speakerPlace) {
        return domainError("INVALID_SCORE", "SPEAKER questions are answered per speaker, the others once", { field, reason: "WRONG_PLACE" });
      }
      if (score === null) continue;
      if (typeof score !== "number" || !Number.isInteger(score) || score < 1 || score > instrument.scaleMax) {
        return domainError("INVALID_SCORE", `an answer is an integer 1..${instrument.scaleMax} or null`, { field });
      }
      tallyOf(aspects, question.aspect).add(score);
      tallyOf(questions, code).add(score);
      if (speakerId !== null) tallyOf(speakers, speakerId).add(score);
    }
    return null;
  };
  for (const [i, response] of responses.entries()) {
    if (typeof response !== "object" || response === null) {
      return err(domainError("INVALID_SCORE", "a response is an object", { field: `responses[${i}]` }));
    }
    const fault = record(response.answers ?? {}, `responses[${i}].answers`, false, null);
    if (fault) return err(fault);
    const bySpeaker: unknown = response.speakers;
    if (bySpeaker === undefined) continue;
    if (typeof bySpeaker !== "object" || bySpeaker === null || Array.isArray(bySpeaker)) {
      return err(domainError("INVALID_SCORE", "answers by speaker id", { field: `responses[${i}].speakers` }));
    }
    for (const [speakerId, answers] of Object.entries(bySpeaker)) {
      const speakerFault = record(answers, `responses[${i}].speakers.${speakerId}`, true, speakerId);
      if (speakerFault) return err(speakerFault);
      tallyOf(speakers, speakerId);
    }
  }
  const aspectSummaries = Object.fromEntries(
    REACTION_ASPECTS.map((a) => [a, (aspects.get(a) ?? new Tally()).summary()]),
  ) as Record<ReactionAspect, MeanSummary>;
  const means = REACTION_ASPECTS.map((a) => aspectSummaries[a].mean).filter((m): m is number => m !== null);
  return ok({
    respondents: responses.length,
    aspects: aspectSummaries,
    questions: Object.fromEntries(instrument.questions.map((q) => [q.key, (questions.get(q.key) ?? new Tally()).summary()])),
    speakers: Object.fromEntries([...speakers].map(([id, t]) => [id, t.summary()])),
    overall: means.length === 0 ? null : means.reduce((a, b) => a + b, 0) / means.length,
  });
};

import { checkText, SKM_AGE_BANDS, SKM_ELEMENTS, SKM_RESPONDENT_PROFILE, type TextInvalidReason } from "@bina/domain";

/** The public form's field names: the profile, U1..U9 (`u1`..`u9`), the suggestion and the honeypot. */
export const FORM_FIELDS = {
  gender: "gender",
  age: "age",
  education: "education",
  occupation: "occupation",
  service: "service",
  suggestion: "suggestion",
  /** Hidden from people (off screen, not focusable); a bot that fills every field fills it. */
  honeypot: "website",
} as const;

/** Column widths of survey_responses (migration 1764900000000). */
export const RESPONSE_TEXT = {
  service: { min: 1, max: 200 },
  suggestion: { min: 1, max: 1000, multiline: true },
} as const;

export const answerField = (index: number): string => `u${index + 1}`;

/** What a respondent sent, as text, for re-rendering the form after an error. */
export type FormValues = Readonly<Record<string, string>>;

export interface SurveyAnswers {
  readonly answers: readonly number[];
  readonly gender: string | null;
  readonly ageBand: string | null;
  readonly education: string | null;
  readonly occupation: string | null;
  readonly serviceReceived: string | null;
  readonly suggestion: string | null;
}

export type ParsedForm =
  | { readonly ok: true; readonly value: SurveyAnswers; readonly honeypot: boolean }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>>; readonly values: FormValues; readonly honeypot: boolean };

const TEXT_MESSAGES: Readonly<Record<TextInvalidReason, string>> = {
  EMPTY: "Isian ini kosong.",
  LONE_SURROGATE: "Isian ini berisi karakter yang rusak.",
  CONTROL_CHARACTER: "Isian ini berisi karakter kontrol yang tidak diperbolehkan.",
  BIDI_CONTROL: "Isian ini berisi karakter tak terlihat yang tidak diperbolehkan.",
  FORMULA: "Isian ini tidak boleh diawali = + - atau @.",
  TOO_SHORT: "Isian ini terlalu pendek.",
  TOO_LONG: "Isian ini terlalu panjang.",
};

const GENDERS: readonly string[] = SKM_RESPONDENT_PROFILE.genders.map((g) => g.value);
const AGE_BANDS: readonly string[] = SKM_AGE_BANDS.map((a) => a.value);
const EDUCATIONS: readonly string[] = SKM_RESPONDENT_PROFILE.educations;
const OCCUPATIONS: readonly string[] = SKM_RESPONDENT_PROFILE.occupations.map((o) => o.value);

/** A form value as one string: a repeated field or anything but a string is refused (undefined). */
const single = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/**
 * Reads and checks the public form (application/x-www-form-urlencoded, already decoded): the nine answers are required
 * (1..4, the regulation's a..d), the profile is optional but must be one of SKM_RESPONDENT_PROFILE's / SKM_AGE_BANDS'
 * values, the texts go through the domain's checkText (a suggestion that looks like a spreadsheet formula is kept as
 * text: every export neutralises it with escapeSpreadsheetCell). Errors are per field, in Indonesian.
 */
export function parseSurveyForm(body: Record<string, unknown>): ParsedForm {
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  const honeypot = (single(body[FORM_FIELDS.honeypot]) ?? (body[FORM_FIELDS.honeypot] === undefined ? "" : "x")).trim() !== "";

  const choice = (field: string, allowed: readonly string[]): string | null => {
    const raw = body[field];
    if (raw === undefined || raw === "") return null;
    const v = single(raw);
    if (v !== undefined && allowed.includes(v)) {
      values[field] = v;
      return v;
    }
    errors[field] = "Pilihan tidak valid.";
    return null;
  };

  const text = (field: string, rule: { min: number; max: number; multiline?: boolean }): string | null => {
    const raw = body[field];
    if (raw === undefined) return null;
    const v = single(raw);
    if (v === undefined) {
      errors[field] = "Isian tidak valid.";
      return null;
    }
    values[field] = v.slice(0, rule.max * 2);
    if (v.trim() === "") return null;
    const r = checkText(v, { field, ...rule });
    if (r.ok) return r.value;
    if (r.error.reason === "FORMULA") {
      // Stored as typed; a leading character only lets checkText check everything else about it.
      const again = checkText(`x${v.trim()}`, { field, ...rule, max: rule.max + 1 });
      if (again.ok) return again.value.slice(1);
      errors[field] = TEXT_MESSAGES[again.error.reason];
      return null;
    }
    errors[field] = r.error.reason === "TOO_LONG" ? `Isian ini terlalu panjang (paling banyak ${rule.max} karakter).` : TEXT_MESSAGES[r.error.reason];
    return null;
  };

  const answers = SKM_ELEMENTS.map((_, i) => {
    const field = answerField(i);
    const raw = body[field];
    const v = single(raw);
    if (raw === undefined || v === "") {
      errors[field] = "Pilih salah satu jawaban.";
      return 0;
    }
    if (v === undefined || !/^[1-4]$/.test(v)) {
      errors[field] = "Jawaban tidak valid.";
      return 0;
    }
    values[field] = v;
    return Number(v);
  });

  const value: SurveyAnswers = {
    gender: choice(FORM_FIELDS.gender, GENDERS),
    ageBand: choice(FORM_FIELDS.age, AGE_BANDS),
    education: choice(FORM_FIELDS.education, EDUCATIONS),
    occupation: choice(FORM_FIELDS.occupation, OCCUPATIONS),
    serviceReceived: text(FORM_FIELDS.service, RESPONSE_TEXT.service),
    suggestion: text(FORM_FIELDS.suggestion, RESPONSE_TEXT.suggestion),
    answers,
  };
  if (Object.keys(errors).length > 0) return { ok: false, errors, values, honeypot };
  return { ok: true, value, honeypot };
}

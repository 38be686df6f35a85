/**
 * The kinds of public-service units a city surveys (issue 9; DOMAIN.md §7 lists Disdukcapil, DPMPTSP, RSUD,
 * puskesmas, kecamatan and kelurahan offices). OTHER for anything else.
 */
export const SERVICE_UNIT_KINDS = ["POPULATION_REGISTRY", "LICENSING", "HOSPITAL", "HEALTH_CENTRE", "SUBDISTRICT", "VILLAGE", "OTHER"] as const;
export type ServiceUnitKind = (typeof SERVICE_UNIT_KINDS)[number];

/** A service unit's public URL slug (`/survey/<code>`): lower-case letters, digits and hyphens, 2..40 characters. */
export const SERVICE_UNIT_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
export const SERVICE_UNIT_CODE_MAX_LENGTH = 40;
export const SERVICE_UNIT_NAME_MAX_LENGTH = 200;
/** Yearly service users, the population of `skmSampleSize`: 1 .. 100 million (a city's units stay far below). */
export const SERVICE_UNIT_YEARLY_USERS = Object.freeze({ min: 1, max: 100_000_000 } as const);

/**
 * The respondent's age, asked as a band (the regulation asks the age; reports group it). Values stored, labels
 * shown to respondents.
 */
export const SKM_AGE_BANDS = Object.freeze([
  { value: "UNDER_20", label: "Di bawah 20 tahun" },
  { value: "20_29", label: "20–29 tahun" },
  { value: "30_39", label: "30–39 tahun" },
  { value: "40_49", label: "40–49 tahun" },
  { value: "50_59", label: "50–59 tahun" },
  { value: "60_PLUS", label: "60 tahun atau lebih" },
] as const);

/** Survey periods are half years: 1 = January-June, 2 = July-December. */
export const SURVEY_PERIOD_STATES = ["OPEN", "CLOSED"] as const;
export type SurveyPeriodState = (typeof SURVEY_PERIOD_STATES)[number];

export interface SurveyPeriodDates {
  /** `2026-1`, `2026-2` */
  readonly code: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** The code and dates of a half-year survey period. RangeError for a year outside 2000..2100 or a half other than 1 or 2. */
export const surveyPeriodDates = (year: number, half: number): SurveyPeriodDates => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`surveyPeriodDates: year out of range: ${String(year)}`);
  if (half !== 1 && half !== 2) throw new RangeError(`surveyPeriodDates: half must be 1 or 2, got ${String(half)}`);
  return half === 1
    ? { code: `${year}-1`, startsOn: `${year}-01-01`, endsOn: `${year}-06-30` }
    : { code: `${year}-2`, startsOn: `${year}-07-01`, endsOn: `${year}-12-31` };
};

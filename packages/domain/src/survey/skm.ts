import { roundHalfUp } from "../shared/rounding.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/** The nine elements (unsur) of the public satisfaction survey, PermenPANRB 14/2017 (DOMAIN.md §7). */
export const SKM_ELEMENT_CODES = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"] as const;
export type SkmElementCode = (typeof SKM_ELEMENT_CODES)[number];

export interface SkmElement {
  readonly element: SkmElementCode;
  /** What the element measures, in English for developers. */
  readonly topic: string;
  /** The question exactly as the regulation prints it for respondents. */
  readonly question: string;
  /** The answers a..d, scoring 1..4 in this order. */
  readonly answers: readonly [string, string, string, string];
}

/**
 * The regulation's questionnaire, word for word (PermenPANRB 14/2017, annex; DOMAIN.md §7). Answer
 * a scores 1, d scores 4. Some printed copies swap U8 and U9; the weights are equal, so the IKM
 * does not depend on it.
 */
export const SKM_ELEMENTS: readonly SkmElement[] = Object.freeze([
  {
    element: "U1",
    topic: "requirements",
    question: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    answers: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  },
  {
    element: "U2",
    topic: "systems, mechanisms and procedures",
    question: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    answers: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
  },
  {
    element: "U3",
    topic: "completion time",
    question: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    answers: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
  },
  {
    element: "U4",
    topic: "cost or tariff",
    question: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    answers: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
  },
  {
    element: "U5",
    topic: "product specification",
    question:
      "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    answers: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  },
  {
    element: "U6",
    topic: "staff competence",
    question: "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    answers: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
  },
  {
    element: "U7",
    topic: "staff behaviour",
    question: "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    answers: ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"],
  },
  {
    element: "U8",
    topic: "complaint handling",
    question: "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
    answers: ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
  },
  {
    element: "U9",
    topic: "facilities",
    question: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    answers: ["Buruk", "Cukup", "Baik", "Sangat baik"],
  },
] as const satisfies readonly SkmElement[]);

/** The respondent profile asked before the nine questions (PermenPANRB 14/2017; DOMAIN.md §7). */
export const SKM_RESPONDENT_PROFILE = Object.freeze({
  genders: [
    { value: "L", label: "Laki-laki" },
    { value: "P", label: "Perempuan" },
  ],
  educations: ["SD", "SMP", "SMA", "D1-D3", "S1", "S2", "S3"],
  occupations: [
    { value: "PNS", label: "PNS" },
    { value: "TNI", label: "TNI" },
    { value: "POLRI", label: "POLRI" },
    { value: "SWASTA", label: "Swasta" },
    { value: "WIRAUSAHA", label: "Wirausaha" },
    { value: "LAINNYA", label: "Lainnya" },
  ],
  /** Also asked: age (years), the service received, and the date and time of the service. */
  otherFields: ["age", "service", "servedAt"],
} as const);

export const SKM_BANDS = ["A", "B", "C", "D"] as const;
export type SkmBand = (typeof SKM_BANDS)[number];

/**
 * The bands' lower bounds, PermenPANRB 14/2017 (DOMAIN.md §7). The printed ranges have gaps
 * (88.31-100, 76.61-88.30, ...); a value between two ranges takes the lower band, so only the lower
 * bounds are used. `nrr` is the regulation's "nilai interval" of one element.
 */
export const SKM_BAND_RULES = Object.freeze({
  ikm: { A: 88.31, B: 76.61, C: 65.0 },
  nrr: { A: 3.5324, B: 3.0644, C: 2.6 },
  /** The regulation's answer scale. */
  minScore: 1,
  maxScore: 4,
} as const);

/** The band's quality label as the regulation prints it ("mutu pelayanan"). */
export const IKM_BAND_LABELS: Readonly<Record<SkmBand, string>> = Object.freeze({
  A: "Sangat Baik",
  B: "Baik",
  C: "Kurang Baik",
  D: "Tidak Baik",
});

const band = (value: number, bounds: { readonly A: number; readonly B: number; readonly C: number }): SkmBand =>
  value >= bounds.A ? "A" : value >= bounds.B ? "B" : value >= bounds.C ? "C" : "D";

/** The band of an IKM (use the value rounded to 2 decimals, as `computeIkm` does). RangeError when not finite. */
export const ikmBand = (ikm: number): SkmBand => {
  if (typeof ikm !== "number" || !Number.isFinite(ikm)) throw new RangeError(`ikmBand: not a finite number: ${String(ikm)}`);
  return band(ikm, SKM_BAND_RULES.ikm);
};

/** The band of one element's NRR (the regulation's element interval). RangeError when not finite. */
export const nrrBand = (nrr: number): SkmBand => {
  if (typeof nrr !== "number" || !Number.isFinite(nrr)) throw new RangeError(`nrrBand: not a finite number: ${String(nrr)}`);
  return band(nrr, SKM_BAND_RULES.nrr);
};

/** One respondent's answers to U1..U9 in order: an integer 1..4, or null when not answered. */
export type SkmResponse = readonly (number | null)[];

export type SkmErrorCode = "NO_RESPONSES" | "INVALID_SCORE" | "ELEMENT_UNANSWERED";
export type SkmError = DomainError<SkmErrorCode>;

export interface IkmResult {
  /** The IKM, 25..100, rounded half up to 2 decimals. */
  readonly ikm: number;
  /** The mean score per element over those who answered it, unrounded. */
  readonly nrr: Readonly<Record<SkmElementCode, number>>;
  readonly band: SkmBand;
  readonly respondents: number;
}

/**
 * The IKM of a unit's responses: `25 × Σ NRR_u × 1/9` with the exact weight 1/9, rounded half up to
 * 2 decimals only at the end. The regulation prints the weight as 0.11, which makes every IKM about
 * 1% low (0.99 of the exact value) and can move a unit down a band; we compute with 1/9 on purpose
 * (DOMAIN.md §7). Errors: NO_RESPONSES (field `responses`); INVALID_SCORE (field `responses[i]` when a
 * response is not an array of 9, `responses[i][u]` for a score other than an integer 1..4 or null);
 * ELEMENT_UNANSWERED (reason `U1`..`U9`) when nobody answered an element.
 */
export const computeIkm = (responses: readonly SkmResponse[]): Result<IkmResult, SkmError> => {
  if (!Array.isArray(responses) || responses.length === 0) {
    return err(domainError("NO_RESPONSES", "at least one response is needed", { field: "responses" }));
  }
  const sums = new Array<number>(9).fill(0);
  const counts = new Array<number>(9).fill(0);
  for (let i = 0; i < responses.length; i++) {
    const response = responses[i];
    if (!Array.isArray(response) || response.length !== 9) {
      return err(domainError("INVALID_SCORE", "a response has exactly 9 answers, U1..U9", { field: `responses[${i}]` }));
    }
    for (let u = 0; u < 9; u++) {
      const score: unknown = response[u];
      if (score === null) continue;
      if (typeof score !== "number" || !Number.isInteger(score) || score < SKM_BAND_RULES.minScore || score > SKM_BAND_RULES.maxScore) {
        return err(domainError("INVALID_SCORE", "an answer is an integer 1..4 or null", { field: `responses[${i}][${u}]` }));
      }
      sums[u] = (sums[u] ?? 0) + score;
      counts[u] = (counts[u] ?? 0) + 1;
    }
  }
  const nrr = {} as Record<SkmElementCode, number>;
  for (let u = 0; u < 9; u++) {
    const code = SKM_ELEMENT_CODES[u] as SkmElementCode;
    const count = counts[u] ?? 0;
    if (count === 0) {
      return err(domainError("ELEMENT_UNANSWERED", `nobody answered ${code}`, { field: "responses", reason: code }));
    }
    nrr[code] = (sums[u] ?? 0) / count;
  }
  const ikm = ikmOfTally(sums, counts);
  return ok({ ikm, nrr, band: ikmBand(ikm), respondents: responses.length });
};

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/**
 * The IKM of per-element sums and counts (U1..U9; every count ≥ 1), `25 × Σ (sum_u / count_u) / 9` rounded half up to
 * 2 decimals, in exact rational arithmetic: a value that is exactly x.xx5 (65.625, 59.375) rounds up, where floating
 * point would give 59.37 for one and 65.63 for the other. The SQL that sums a city's tallies computes the same.
 */
export const ikmOfTally = (sums: readonly number[], counts: readonly number[]): number => {
  if (sums.length !== 9 || counts.length !== 9) throw new RangeError("ikmOfTally: 9 sums and 9 counts, U1..U9");
  let lcm = 1n;
  for (const c of counts) {
    if (!Number.isSafeInteger(c) || c < 1) throw new RangeError(`ikmOfTally: a count is a positive integer, got ${c}`);
    lcm = (lcm / gcd(lcm, BigInt(c))) * BigInt(c);
  }
  let numerator = 0n;
  sums.forEach((sum, u) => {
    if (!Number.isSafeInteger(sum) || sum < 0) throw new RangeError(`ikmOfTally: a sum is a non-negative integer, got ${sum}`);
    numerator += BigInt(sum) * (lcm / BigInt(counts[u] as number));
  });
  // IKM × 100 = 2500 × numerator / (9 × lcm); half up: floor((2 × 2500 × numerator + 9 × lcm) / (18 × lcm)).
  const hundredths = (5000n * numerator + 9n * lcm) / (18n * lcm);
  return Number(hundredths) / 100;
};

/** Krejcie-Morgan's constants as PermenPANRB 14/2017 uses them: χ² (1 df, 95%), P, d² (DOMAIN.md §7). */
export const SKM_SAMPLE_RULES = Object.freeze({ chiSquare: 3.841, proportion: 0.5, marginSquared: 0.0025 } as const);

/**
 * The required sample of a unit with `population` service users a year (Krejcie-Morgan):
 * `round(3.841 × N × 0.25 / (0.0025 × (N − 1) + 3.841 × 0.25))`, rounded half up. N=100 → 80,
 * 300 → 169, 1000 → 278, 10000 → 370. RangeError unless `population` is a positive safe integer.
 */
export const skmSampleSize = (population: number): number => {
  if (typeof population !== "number" || !Number.isSafeInteger(population) || population < 1) {
    throw new RangeError(`skmSampleSize: population must be a positive integer, got ${String(population)}`);
  }
  const { chiSquare, proportion, marginSquared } = SKM_SAMPLE_RULES;
  const pq = proportion * (1 - proportion);
  const s = (chiSquare * population * pq) / (marginSquared * (population - 1) + chiSquare * pq);
  return Math.min(population, Math.round(s));
};

/** The marker for "the unit's own technical service competencies": the caller resolves it per unit. */
export const UNIT_TECHNICAL_SERVICE = "UNIT_TECHNICAL_SERVICE" as const;

/**
 * Which competencies a weak element points to. Practice, not regulation: configurable per
 * deployment. U6 (staff competence) → the unit's own technical service competencies (a marker the
 * caller resolves); U7 (behaviour) → Pelayanan Publik; U8 (complaints) → complaint handling; U2/U3
 * (procedures, time) → SPBE applications and the unit's own service-process (technical) competencies. U1, U4, U5 and U9 are matters of
 * standards, tariffs and facilities rather than training, so they map to nothing by default.
 */
export const DEFAULT_ELEMENT_COMPETENCIES: Readonly<Record<SkmElementCode, readonly string[]>> = Object.freeze({
  U1: [],
  U2: ["T.APLIKASI_SPBE", UNIT_TECHNICAL_SERVICE],
  U3: ["T.APLIKASI_SPBE", UNIT_TECHNICAL_SERVICE],
  U4: [],
  U5: [],
  U6: [UNIT_TECHNICAL_SERVICE],
  U7: ["M.PELAYANAN_PUBLIK"],
  U8: ["T.PENGELOLAAN_PENGADUAN"],
  U9: [],
});

/**
 * How much a weak element raises the PUBLIC_SERVICE factor of a need's priority (its value 0..1, weighed by
 * `defaultPriorityWeights.PUBLIC_SERVICE`): band C (kurang baik) 0.5, band D (tidak baik) 1. Practice, not regulation
 * (PermenPANRB 14/2017 sets the bands, not what a city does with them); configurable per deployment.
 */
export const SKM_WEAKNESS_RULES = Object.freeze({ C: 0.5, D: 1 } as const);
export type SkmWeaknessRules = Readonly<Record<"C" | "D", number>>;

export interface WeakElementSignal {
  readonly element: SkmElementCode;
  readonly band: "C" | "D";
  readonly nrr: number;
  /** The PUBLIC_SERVICE value this element gives the unit's staff for its competencies (`SKM_WEAKNESS_RULES`). */
  readonly weakness: number;
  readonly competencyCodes: readonly string[];
  /** For people, e.g. "U7 staff behaviour, NRR 2.71, band C". */
  readonly reason: string;
}

/**
 * Need signals for a unit's weak elements (NRR band C or D), in element order. Elements missing from
 * `nrrByElement` are skipped; a value that is not finite is a RangeError.
 */
export const weakElementSignals = (
  nrrByElement: Partial<Readonly<Record<SkmElementCode, number>>>,
  mapping: Readonly<Record<SkmElementCode, readonly string[]>> = DEFAULT_ELEMENT_COMPETENCIES,
  weaknessRules: SkmWeaknessRules = SKM_WEAKNESS_RULES,
): WeakElementSignal[] => {
  const signals: WeakElementSignal[] = [];
  for (const element of SKM_ELEMENTS) {
    const nrr = nrrByElement[element.element];
    if (nrr === undefined) continue;
    const elementBand = nrrBand(nrr);
    if (elementBand !== "C" && elementBand !== "D") continue;
    signals.push({
      element: element.element,
      band: elementBand,
      nrr,
      weakness: weaknessRules[elementBand],
      competencyCodes: [...(mapping[element.element] ?? [])],
      reason: `${element.element} ${element.topic}, NRR ${roundHalfUp(nrr, 2).toFixed(2)}, band ${elementBand}`,
    });
  }
  return signals;
};

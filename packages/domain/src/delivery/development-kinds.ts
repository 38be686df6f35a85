/**
 * The 25 kinds of competency development of PerLAN 10/2018 (DOMAIN.md §3), in the regulation's
 * order: two education kinds, eleven classical (klasikal) training kinds, twelve non-classical
 * (nonklasikal) ones. The national personnel system (SIASN) numbers them 1..25 in this order; the
 * numbers are a configurable default ({@link DEFAULT_SIASN_CODES}), so a changed SIASN code list
 * needs no code change. Labels are the admin app's (translated), not the domain's.
 */
export const DEVELOPMENT_KINDS = [
  // Education (pendidikan)
  "DEGREE_STUDY_ASSIGNED", // tugas belajar
  "DEGREE_STUDY_PERMITTED", // izin belajar
  // Classical training (pelatihan klasikal)
  "LEADERSHIP_TRAINING", // pelatihan struktural kepemimpinan (sub-types: LEADERSHIP_PROGRAMMES)
  "MANAGERIAL_TRAINING",
  "TECHNICAL_TRAINING",
  "FUNCTIONAL_TRAINING",
  "SOCIO_CULTURAL_TRAINING",
  "SEMINAR", // incl. conference (konferensi), sarasehan
  "WORKSHOP", // lokakarya
  "COURSE", // kursus
  "UPGRADING", // penataran
  "TECHNICAL_GUIDANCE", // bimbingan teknis (bimtek)
  "SOCIALISATION", // sosialisasi
  // Non-classical training (pelatihan nonklasikal)
  "COACHING",
  "MENTORING",
  "E_LEARNING",
  "DISTANCE_LEARNING", // pelatihan jarak jauh
  "SECONDMENT", // detasering
  "OUTBOUND", // pembelajaran alam terbuka
  "BENCHMARKING", // patok banding / studi tiru
  "EXCHANGE", // pertukaran antara PNS dengan pegawai swasta/BUMN
  "SELF_STUDY", // belajar mandiri
  "LEARNING_COMMUNITY", // komunitas belajar
  "ON_THE_JOB_GUIDANCE", // bimbingan di tempat kerja
  "INTERNSHIP", // magang / praktik kerja
] as const;
export type DevelopmentKind = (typeof DEVELOPMENT_KINDS)[number];

/** The two routes of PerLAN 10/2018: education, and training either classical or non-classical. */
export const DEVELOPMENT_ROUTES = ["EDUCATION", "CLASSICAL", "NON_CLASSICAL"] as const;
export type DevelopmentRoute = (typeof DEVELOPMENT_ROUTES)[number];

const EDUCATION_COUNT = 2;
const CLASSICAL_COUNT = 11;

/** Each kind's route (PerLAN 10/2018, DOMAIN.md §3). */
export const DEVELOPMENT_KIND_ROUTES: Readonly<Record<DevelopmentKind, DevelopmentRoute>> = Object.freeze(
  Object.fromEntries(
    DEVELOPMENT_KINDS.map((kind, i) => [kind, i < EDUCATION_COUNT ? "EDUCATION" : i < EDUCATION_COUNT + CLASSICAL_COUNT ? "CLASSICAL" : "NON_CLASSICAL"]),
  ) as Record<DevelopmentKind, DevelopmentRoute>,
);

/** Whether `x` is one of the 25 kinds (exact spelling). */
export const isDevelopmentKind = (x: unknown): x is DevelopmentKind =>
  typeof x === "string" && (DEVELOPMENT_KINDS as readonly string[]).includes(x);

/** The route of a kind. An unknown kind is a programmer error (RangeError): check input with {@link isDevelopmentKind}. */
export const developmentKindRoute = (kind: DevelopmentKind): DevelopmentRoute => {
  if (!isDevelopmentKind(kind)) throw new RangeError(`developmentKindRoute: unknown development kind ${String(kind)}`);
  return DEVELOPMENT_KIND_ROUTES[kind];
};

/**
 * SIASN's kind codes: 1..25 in the order of PerLAN 10/2018 (DOMAIN.md §3). A default: pass your own
 * record to {@link siasnCode} when BKN renumbers.
 */
export const DEFAULT_SIASN_CODES: Readonly<Record<DevelopmentKind, number>> = Object.freeze(
  Object.fromEntries(DEVELOPMENT_KINDS.map((kind, i) => [kind, i + 1])) as Record<DevelopmentKind, number>,
);

/**
 * The SIASN code of a kind, from `codes` (default {@link DEFAULT_SIASN_CODES}). An unknown kind, or
 * a code list without a positive integer for it, is a programmer error (RangeError).
 */
export const siasnCode = (kind: DevelopmentKind, codes: Readonly<Record<DevelopmentKind, number>> = DEFAULT_SIASN_CODES): number => {
  if (!isDevelopmentKind(kind)) throw new RangeError(`siasnCode: unknown development kind ${String(kind)}`);
  const code = Object.prototype.hasOwnProperty.call(codes, kind) ? codes[kind] : undefined;
  if (typeof code !== "number" || !Number.isSafeInteger(code) || code < 1) {
    throw new RangeError(`siasnCode: no positive integer SIASN code for ${kind}`);
  }
  return code;
};

/**
 * Leadership programmes, a sub-type of LEADERSHIP_TRAINING (PerLAN 5/2022 as amended by PerLAN 6/2022,
 * DOMAIN.md §3): Latsar CPNS (basic training of new civil servants), PKP (Pengawas), PKA
 * (Administrator), PKN II (JPT Pratama), PKN I (JPT Madya).
 */
export const LEADERSHIP_PROGRAMMES = ["LATSAR_CPNS", "PKP", "PKA", "PKN_II", "PKN_I"] as const;
export type LeadershipProgramme = (typeof LEADERSHIP_PROGRAMMES)[number];

/** Whether `x` is one of {@link LEADERSHIP_PROGRAMMES}. */
export const isLeadershipProgramme = (x: unknown): x is LeadershipProgramme =>
  typeof x === "string" && (LEADERSHIP_PROGRAMMES as readonly string[]).includes(x);

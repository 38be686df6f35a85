import { isManagerial } from "@bina/domain";
import type { PositionKind } from "@bina/domain";
import type { Rng } from "../salatiga/prng";
import { nthTuesday, workingDay } from "./calendar";
import { tc } from "./dictionary";
import { keyedRng } from "./keyed-rng";

export type AssessmentSource = "SELF" | "SUPERVISOR" | "ASSESSMENT_CENTER";

/** One measured level of one competency of one employee. */
export interface SeedAssessment {
  readonly nip: string;
  readonly competencyCode: string;
  readonly level: 1 | 2 | 3 | 4 | 5;
  readonly source: AssessmentSource;
  /** `YYYY-MM-DD`. */
  readonly assessedOn: string;
}

export interface GenerateNeedsOptions {
  /** PRNG seed; the same seed and input always give the same output. */
  readonly seed?: number;
  readonly year?: number;
}

export const DEFAULT_NEEDS_SEED = 3373;
export const DEMO_ASSESSMENT_YEAR = 2026;

/** Share of employees assessed in the year. */
const ASSESSED_SHARE = 0.85;
/** Share of assessed employees with a later re-assessment of a few competencies. */
const REASSESSED_SHARE = 0.04;

/**
 * City-wide weak spots, so the needs heatmap shows a pattern: the probability that a pair is
 * forced below the standard regardless of the person (digital, data, procurement first).
 */
const WEAKNESS: Readonly<Record<string, number>> = {
  [tc("APLIKASI_SPBE")]: 0.5,
  [tc("ANALISIS_DATA_STATISTIK")]: 0.55,
  [tc("PENGADAAN_BARANG_JASA")]: 0.55,
  [tc("KEAMANAN_INFORMASI")]: 0.4,
  [tc("PERENCANAAN_PENGANGGARAN")]: 0.25,
  "M.MENGELOLA_PERUBAHAN": 0.2,
};

type Weighted = readonly (readonly [number, number])[];

/** Actual minus standard, by how strong the person is overall. */
const DELTA: Readonly<Record<"strong" | "average" | "weak", Weighted>> = {
  strong: [[-2, 3], [-1, 26], [0, 51], [1, 17], [2, 3]],
  average: [[-2, 8], [-1, 42], [0, 41], [1, 8], [2, 1]],
  weak: [[-2, 16], [-1, 50], [0, 30], [1, 4]],
};

const clampLevel = (n: number): SeedAssessment["level"] => Math.min(5, Math.max(1, n)) as SeedAssessment["level"];

const drawSource = (rng: Rng, positionKind: PositionKind): AssessmentSource =>
  isManagerial(positionKind)
    ? rng.chance(0.85) ? "ASSESSMENT_CENTER" : "SUPERVISOR"
    : rng.chance(0.7) ? "SUPERVISOR" : "SELF";

/** Assessment-centre days: the second Tuesday of a month. */
const centreDay = (rng: Rng, year: number, fromMonth: number, toMonth: number): string =>
  nthTuesday(year, rng.int(fromMonth, toMonth), 2);

const drawLevel = (
  rng: Rng,
  standard: number,
  code: string,
  profile: keyof typeof DELTA,
  source: AssessmentSource,
): SeedAssessment["level"] => {
  const weakness = WEAKNESS[code] ?? 0;
  let delta = rng.chance(weakness) ? (rng.chance(0.3) ? -2 : -1) : rng.weighted(DELTA[profile]);
  // People rate themselves a little higher than their supervisors do.
  if (source === "SELF" && rng.chance(0.3)) delta = Math.min(2, delta + 1);
  return clampLevel(standard + delta);
};

/**
 * A year of competency assessments (dates from February to October): about 85% of employees,
 * each on every competency they have a standard for, at levels around the standard. Most pairs
 * meet it; about a quarter fall one level short (about half of the pairs whose standard is above
 * level 1, the lowest level leaving no room for a gap), a few two levels, about one in eight
 * exceed it; SPBE, data and procurement are weak city-wide. Managers are assessed mostly by
 * the assessment centre, others by their supervisor or themselves (self-ratings run a little
 * high). About 4% of the assessed get a later re-assessment of one to three competencies at a
 * different level, so that "the latest counts" is visible.
 * Pure and deterministic: each employee's draws depend only on the seed and their NIP.
 */
export function generateAssessments(
  employees: readonly { nip: string; positionKind: PositionKind; positionTitle: string; functionalGrade: string | null }[],
  standards: readonly { nip: string; competencyCode: string; standard: number }[],
  opts: GenerateNeedsOptions = {},
): SeedAssessment[] {
  const seed = opts.seed ?? DEFAULT_NEEDS_SEED;
  const year = opts.year ?? DEMO_ASSESSMENT_YEAR;
  const byNip = new Map<string, { competencyCode: string; standard: number }[]>();
  for (const s of standards) byNip.set(s.nip, [...(byNip.get(s.nip) ?? []), s]);

  const out: SeedAssessment[] = [];
  for (const e of employees) {
    const own = byNip.get(e.nip);
    const rng = keyedRng(seed, "assessment", e.nip);
    if (!own || own.length === 0 || !rng.chance(ASSESSED_SHARE)) continue;

    const profile = rng.weighted<keyof typeof DELTA>([["strong", 20], ["average", 60], ["weak", 20]]);
    const source = drawSource(rng, e.positionKind);
    const reassessed = rng.chance(REASSESSED_SHARE);
    // A re-assessed employee is first assessed by May, then again from August.
    const lastMonth = reassessed ? 5 : 10;
    const assessedOn =
      source === "ASSESSMENT_CENTER" ? centreDay(rng, year, 3, Math.min(lastMonth, 9)) : workingDay(rng, year, 2, lastMonth);

    const first = own.map(({ competencyCode, standard }) => {
      const level = drawLevel(rng, standard, competencyCode, profile, source);
      const row: SeedAssessment = { nip: e.nip, competencyCode, level, source, assessedOn };
      out.push(row);
      return { row, standard };
    });

    if (!reassessed) continue;
    const laterSource: AssessmentSource = source === "SELF" ? "SUPERVISOR" : source;
    const laterOn = laterSource === "ASSESSMENT_CENTER" ? centreDay(rng, year, 8, 9) : workingDay(rng, year, 8, 10);
    // Prefer the competencies found short of the standard: what a development step would address.
    const short = first.filter(({ row, standard }) => row.level < standard);
    const pool = short.length > 0 ? short : first;
    const count = Math.min(pool.length, rng.int(1, 3));
    const start = rng.int(0, pool.length - 1);
    for (let i = 0; i < count; i++) {
      const picked = pool[(start + i) % pool.length];
      if (!picked) continue;
      const { row, standard } = picked;
      const up = row.level === 1 || (row.level < 5 && (row.level < standard || !rng.chance(0.3)));
      out.push({ ...row, level: clampLevel(row.level + (up ? 1 : -1)), source: laterSource, assessedOn: laterOn });
    }
  }
  return out;
}

import { createHash } from "node:crypto";
import { SKM_AGE_BANDS, SKM_ELEMENT_CODES, SKM_RESPONDENT_PROFILE, surveyPeriodDates, type SkmElementCode } from "@bina/domain";
import { keyedRng } from "../needs/keyed-rng";
import type { Rng } from "../salatiga/prng";
import { requiredSample, type SeedServiceUnit } from "./service-units";

/** A half-year survey period of the demo: `2026-1` = January-June, `2026-2` = July-December. */
export interface SeedSurveyPeriod {
  readonly code: string;
  readonly year: number;
  readonly half: 1 | 2;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: "OPEN" | "CLOSED";
}

/** 2025-2 and 2026-1 are closed; 2026-2 (the demo's today, 2026-11-30, falls in it) is open. */
export const demoSurveyPeriods: readonly SeedSurveyPeriod[] = (
  [
    [2025, 2, "CLOSED"],
    [2026, 1, "CLOSED"],
    [2026, 2, "OPEN"],
  ] as const
).map(([year, half, status]) => ({ ...surveyPeriodDates(year, half), year, half, status }));

/** One citizen's answers, as the public form stores them. */
export interface SeedSurveyResponse {
  readonly serviceUnitCode: string;
  readonly periodCode: string;
  /** ISO timestamp with the Jakarta offset, on a working day in the period, before the demo's today. */
  readonly submittedAt: string;
  /** U1..U9 in order: 1..4, or null when the respondent left the element unanswered. */
  readonly answers: readonly (number | null)[];
  readonly gender: string | null;
  readonly ageBand: string | null;
  readonly education: string | null;
  readonly occupation: string | null;
  readonly serviceReceived: string | null;
  readonly suggestion: string | null;
  /** sha256 hex, distinct per response (the duplicate guard's key). */
  readonly clientKey: string;
}

/** What a typical unit of the demo city scores per element (NRR, 1..4): band B, cost high (most services are free). */
const TYPICAL: Readonly<Record<SkmElementCode, number>> = {
  U1: 3.22, U2: 3.18, U3: 3.14, U4: 3.55, U5: 3.2, U6: 3.26, U7: 3.28, U8: 3.15, U9: 3.17,
};

/**
 * The quality a unit shows in a period: `level` added to every typical element (with a small seeded wobble), then
 * `set` elements exactly. The stories the demo tells:
 * - Disdukcapil's staff behaviour (U7) is weak (band C) in 2025-2 and 2026-1 and band B in 2026-2, after its staff's
 *   Pelayanan Publik training in 2026 (Workshop SP4N-LAPOR!, Seminar Birokrasi Berdampak, Pelayanan Prima).
 * - RSUD's complaint handling (U8) is weak throughout, band D in 2026-1 (the unit in band C that half year, with long
 *   waits, U3) and recovering to C in 2026-2; Kecamatan Tingkir's U7 is weak in 2026-1. These 2026-1 weak elements are
 *   what the 2026 needs cycle (plan 2027) sees as PUBLIC_SERVICE.
 * - Kelurahan Blotongan is band C in 2025-2 (facilities, waiting), band B from 2026; Puskesmas Kalicacing drops to C in
 *   2026-2 (building works: facilities and waiting time).
 */
interface Quality {
  readonly level: number;
  readonly set?: Partial<Readonly<Record<SkmElementCode, number>>>;
}
type UnitQuality = Readonly<Record<string, Quality>>;

const C_KELURAHAN_2025: Quality = { level: 0, set: { U1: 3.02, U2: 3.0, U3: 2.9, U4: 3.5, U5: 3.05, U6: 3.08, U7: 3.1, U8: 2.92, U9: 2.7 } };
const C_RSUD_2026_1: Quality = { level: 0, set: { U1: 3.14, U2: 3.1, U3: 2.96, U4: 3.25, U5: 3.12, U6: 3.18, U7: 3.16, U8: 2.48, U9: 3.1 } };
const C_PUSKESMAS_2026_2: Quality = { level: 0, set: { U1: 3.1, U2: 3.08, U3: 2.8, U4: 3.55, U5: 3.08, U6: 3.12, U7: 3.16, U8: 3.0, U9: 2.62 } };

export const SURVEY_QUALITY: Readonly<Record<string, UnitQuality>> = {
  disdukcapil: { "2025-2": { level: 0, set: { U7: 2.78 } }, "2026-1": { level: 0.02, set: { U7: 2.86 } }, "2026-2": { level: 0.06, set: { U7: 3.24 } } },
  dpmptsp: { "2025-2": { level: 0.16 }, "2026-1": { level: 0.18 }, "2026-2": { level: 0.22 } },
  rsud: { "2025-2": { level: 0, set: { U8: 2.92 } }, "2026-1": C_RSUD_2026_1, "2026-2": { level: 0, set: { U8: 2.86 } } },
  "pkm-sidorejo-lor": { "2025-2": { level: 0.08 }, "2026-1": { level: 0.1 }, "2026-2": { level: 0.1 } },
  "pkm-cebongan": { "2025-2": { level: 0.02 }, "2026-1": { level: 0.1 }, "2026-2": { level: 0.14 } },
  "pkm-kalicacing": { "2025-2": { level: 0.06 }, "2026-1": { level: 0.06 }, "2026-2": C_PUSKESMAS_2026_2 },
  "kec-sidorejo": { "2025-2": { level: 0.04 }, "2026-1": { level: 0.06 }, "2026-2": { level: 0.08 } },
  "kec-tingkir": { "2025-2": { level: 0.02 }, "2026-1": { level: 0.02, set: { U7: 2.84 } }, "2026-2": { level: 0.06, set: { U7: 3.16 } } },
  "kec-argomulyo": { "2025-2": { level: 0.1 }, "2026-1": { level: 0.08 }, "2026-2": { level: 0.1 } },
  "kec-sidomukti": { "2025-2": { level: 0 }, "2026-1": { level: 0.04 }, "2026-2": { level: 0.06 } },
  "kel-blotongan": { "2025-2": C_KELURAHAN_2025, "2026-1": { level: 0 }, "2026-2": { level: 0.04 } },
  "kel-mangunsari": { "2025-2": { level: 0.06 }, "2026-1": { level: 0.04 }, "2026-2": { level: 0.08 } },
};

/** The NRR each element is generated at for a unit and period (the generated NRR is this to within 1/(2 × answers)). */
export function targetNrr(unitCode: string, periodCode: string, salt = 0): Record<SkmElementCode, number> {
  const quality = SURVEY_QUALITY[unitCode]?.[periodCode];
  if (!quality) throw new Error(`Demo survey: no quality for ${unitCode} in ${periodCode}`);
  const rng = keyedRng(9_2026 + salt, "skm-target", `${unitCode}@${periodCode}`);
  const out = {} as Record<SkmElementCode, number>;
  for (const u of SKM_ELEMENT_CODES) {
    // A wobble of ±0.02 keeps every unset element of a band-B unit at 3.10 or more, clear of band C (3.0644).
    const wobble = Math.round(rng.range(-0.02, 0.02) * 1000) / 1000;
    out[u] = quality.set?.[u] ?? Math.min(3.8, TYPICAL[u] + quality.level + wobble);
  }
  return out;
}

/**
 * `count` scores 1..4 whose sum is exactly round(mean × count): a bell around the mean (σ 0.7, so a mean of 3.2 gives
 * mostly 3s, a third 4s, a few 2s and the odd 1), then single-step moves to hit the sum. Ascending.
 */
export function scoresWithMean(count: number, mean: number): number[] {
  const weights = [1, 2, 3, 4].map((k) => Math.exp(-((k - mean) ** 2) / (2 * 0.7 * 0.7)));
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / total) * count);
  const counts = exact.map(Math.floor);
  // Largest remainder to reach `count`.
  const order = exact.map((x, k) => ({ k, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || b.k - a.k);
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < count; i++) counts[order[i % 4]!.k]! += 1;
  const target = Math.round(mean * count);
  let sum = counts.reduce((s, c, k) => s + c * (k + 1), 0);
  while (sum !== target) {
    const up = sum < target;
    // Move one respondent a step from the most crowded score that can move that way.
    const candidates = [0, 1, 2, 3].filter((k) => counts[k]! > 0 && (up ? k < 3 : k > 0));
    const from = candidates.reduce((best, k) => (counts[k]! > counts[best]! || (counts[k] === counts[best] && (up ? k > best : k < best)) ? k : best));
    counts[from]! -= 1;
    counts[from + (up ? 1 : -1)]! += 1;
    sum += up ? 1 : -1;
  }
  return counts.flatMap((c, k) => new Array<number>(c).fill(k + 1));
}

/** How often an element is left unanswered: complaints most (many never complained), cost sometimes, the rest rarely. */
const UNANSWERED: Readonly<Record<SkmElementCode, number>> = { U1: 0.003, U2: 0.003, U3: 0.003, U4: 0.012, U5: 0.004, U6: 0.003, U7: 0.003, U8: 0.04, U9: 0.003 };

const GENDER_WEIGHTS: readonly (readonly [string, number])[] = SKM_RESPONDENT_PROFILE.genders.map((g) => [g.value, g.value === "P" ? 52 : 48] as const);
const AGE_WEIGHTS: readonly (readonly [string, number])[] = SKM_AGE_BANDS.map((b, i) => [b.value, [5, 22, 27, 22, 15, 9][i]!] as const);
const EDUCATION_WEIGHTS: readonly (readonly [string, number])[] = SKM_RESPONDENT_PROFILE.educations.map((e, i) => [e, [8, 12, 42, 12, 21.5, 4, 0.5][i]!] as const);
const OCCUPATION_WEIGHTS: readonly (readonly [string, number])[] = SKM_RESPONDENT_PROFILE.occupations.map((o, i) => [o.value, [8, 1, 1, 35, 25, 30][i]!] as const);

/** What a respondent writes about the element they scored lowest (or thanks when nothing was below 3). */
const SUGGESTIONS: Readonly<Record<SkmElementCode | "OK", readonly string[]>> = {
  U1: ["Persyaratan mohon diumumkan lebih jelas di papan informasi dan media sosial.", "Syarat yang diminta petugas berbeda dengan yang tertulis di brosur."],
  U2: ["Alur pelayanan membingungkan, perlu petunjuk arah dan nomor loket yang jelas.", "Pendaftaran daring sering gagal, mohon diperbaiki."],
  U3: ["Antrean terlalu lama, mohon ditambah loket pada jam sibuk.", "Waktu penyelesaian lebih lama dari yang dijanjikan."],
  U4: ["Biaya tambahan di luar ketentuan mohon ditertibkan.", "Tarif parkir di lokasi pelayanan terlalu mahal."],
  U5: ["Dokumen yang saya terima ada kesalahan penulisan nama.", "Hasil layanan tidak sesuai standar pelayanan yang diumumkan."],
  U6: ["Petugas belum menguasai aplikasi, sering bertanya ke rekan.", "Petugas perlu pelatihan agar bisa menjelaskan prosedur dengan benar."],
  U7: ["Petugas loket kurang ramah dan sering bermain ponsel saat melayani.", "Mohon petugas lebih sopan kepada warga lanjut usia."],
  U8: ["Pengaduan saya lewat LAPOR! belum ada tindak lanjut.", "Kotak saran tidak pernah dibuka, sediakan nomor WhatsApp pengaduan."],
  U9: ["Ruang tunggu panas dan kursi kurang, mohon ditambah kipas angin.", "Toilet kotor dan lahan parkir sempit."],
  OK: ["Pelayanan sudah baik, terima kasih.", "Petugas ramah dan cepat, pertahankan.", "Semoga pelayanan daring makin lengkap."],
};

const pad = (n: number): string => String(n).padStart(2, "0");

/** Working days (Monday-Friday) from `from` to `to`, both inclusive. */
function workingDays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const maybe = <T>(rng: Rng, p: number, value: () => T): T | null => (rng.chance(p) ? null : value());

/**
 * The responses of one unit in one period: the required sample and up to 6% more, each element's answers drawn to its
 * target NRR exactly (see {@link scoresWithMean}) and handed out by a respondent's mood, so one respondent's answers
 * move together as real ones do; a profile drawn from the census-like weights above with a few fields left blank.
 */
export function unitPeriodResponses(unit: SeedServiceUnit, period: SeedSurveyPeriod, today: string): SeedSurveyResponse[] {
  const rng = keyedRng(9_2026, "skm", `${unit.code}@${period.code}`);
  const required = requiredSample(unit);
  const count = required + rng.int(0, Math.round(required * 0.06));
  const target = targetNrr(unit.code, period.code);
  const mood = Array.from({ length: count }, () => rng.next());
  const answers = Array.from({ length: count }, () => new Array<number | null>(9).fill(null));
  for (let u = 0; u < 9; u++) {
    const code = SKM_ELEMENT_CODES[u]!;
    const answered: { i: number; key: number }[] = [];
    for (let i = 0; i < count; i++) {
      const key = mood[i]! * 0.55 + rng.next() * 0.45;
      if (!rng.chance(UNANSWERED[code])) answered.push({ i, key });
    }
    answered.sort((a, b) => a.key - b.key);
    const scores = scoresWithMean(answered.length, target[code]);
    for (let k = 0; k < answered.length; k++) answers[answered[k]!.i]![u] = scores[k]!;
  }
  const days = workingDays(period.startsOn, period.endsOn < today ? period.endsOn : dayBefore(today));
  return answers.map((a, i): SeedSurveyResponse => {
    const day = rng.pick(days);
    const submittedAt = `${day}T${pad(rng.int(8, 14))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}+07:00`;
    let lowest: SkmElementCode | "OK" = "OK";
    let low = 3;
    for (let u = 0; u < 9; u++) {
      const score = a[u];
      if (score !== null && score !== undefined && score < low) {
        lowest = SKM_ELEMENT_CODES[u]!;
        low = score;
      }
    }
    return {
      serviceUnitCode: unit.code,
      periodCode: period.code,
      submittedAt,
      answers: a,
      gender: maybe(rng, 0.015, () => rng.weighted(GENDER_WEIGHTS)),
      ageBand: maybe(rng, 0.02, () => rng.weighted(AGE_WEIGHTS)),
      education: maybe(rng, 0.02, () => rng.weighted(EDUCATION_WEIGHTS)),
      occupation: maybe(rng, 0.02, () => rng.weighted(OCCUPATION_WEIGHTS)),
      serviceReceived: maybe(rng, 0.03, () => rng.pick(unit.services)),
      suggestion: rng.chance(lowest === "OK" ? 0.05 : 0.3) ? rng.pick(SUGGESTIONS[lowest]) : null,
      clientKey: createHash("sha256").update(`bina-demo|${unit.code}|${period.code}|${i}`).digest("hex"),
    };
  });
}

/** Every response of the demo: each unit in each period. */
export const demoSurveyResponses = (units: readonly SeedServiceUnit[], today: string): SeedSurveyResponse[] =>
  units.flatMap((unit) => demoSurveyPeriods.flatMap((period) => unitPeriodResponses(unit, period, today)));

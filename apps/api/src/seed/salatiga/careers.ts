import { PNS_RANKS, PPPK_RANKS } from "@bina/domain";
import type { FunctionalGrade, PositionKind, Rank } from "@bina/domain";
import type { Education } from "./functional-roles";
import type { Rng } from "./prng";

/** The demo's reference year: ages are `REFERENCE_YEAR - birth year`, in 21..58. */
export const REFERENCE_YEAR = 2026;
const OLDEST_BIRTH_YEAR = REFERENCE_YEAR - 58;
const YOUNGEST_BIRTH_YEAR = REFERENCE_YEAR - 21;
/** Last month an appointment (TMT CPNS / PPPK) may fall in. */
const LAST_APPOINTMENT_YEAR = 2025;

export interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A person's dates and rank, enough to build their NIP / NI PPPK. */
export interface Career {
  readonly birth: YearMonthDay;
  readonly appointmentYear: number;
  /** Month of the CPNS appointment (PNS) ... */
  readonly appointmentMonth: number;
  /** ... or number of work agreements so far (PPPK). */
  readonly contracts: number;
  readonly rankCode: string;
}

type Range = readonly [low: string, high: string];

/** PNS rank ranges by position (practice, not law: promotions every ~4 years from the entry rank). */
const PNS_MANAGERIAL: Partial<Record<PositionKind, Range>> = {
  JPT_PRATAMA: ["IV/b", "IV/c"],
  ADMINISTRATOR: ["III/d", "IV/b"],
  PENGAWAS: ["III/b", "III/d"],
};
const PNS_FUNCTIONAL: Record<FunctionalGrade, Range> = {
  AHLI_PERTAMA: ["III/a", "III/b"],
  AHLI_MUDA: ["III/c", "III/d"],
  AHLI_MADYA: ["IV/a", "IV/c"],
  AHLI_UTAMA: ["IV/d", "IV/e"],
  PEMULA: ["II/a", "II/a"],
  TERAMPIL: ["II/b", "II/d"],
  MAHIR: ["III/a", "III/b"],
  PENYELIA: ["III/c", "III/c"],
};
const PNS_PELAKSANA: Record<Education, Range> = {
  SMP: ["I/c", "I/d"],
  SMA: ["II/a", "II/d"],
  D3: ["II/c", "III/a"],
  S1: ["III/a", "III/b"],
};
/** PPPK golongan (Perpres 98/2020): V ~ SMA, VII ~ D3, IX ~ S1, X-XI with experience or S2. */
const PPPK_FUNCTIONAL: Partial<Record<FunctionalGrade, Range>> = {
  AHLI_PERTAMA: ["IX", "IX"],
  AHLI_MUDA: ["X", "XI"],
  PEMULA: ["V", "V"],
  TERAMPIL: ["VI", "VII"],
  MAHIR: ["VIII", "VIII"],
};
const PPPK_PELAKSANA: Record<Education, Range> = { SMP: ["V", "V"], SMA: ["V", "V"], D3: ["VII", "VII"], S1: ["IX", "IX"] };

const ENTRY_RANK: Record<Education, string> = { SMP: "I/c", SMA: "II/a", D3: "II/c", S1: "III/a" };
const ENTRY_AGE: Record<Education, readonly [number, number]> = { SMP: [19, 30], SMA: [19, 32], D3: [21, 33], S1: [22, 35] };

const orderOf = (ranks: readonly Rank[], code: string): number => {
  const rank = ranks.find((r) => r.code === code);
  if (!rank) throw new Error(`unknown rank ${code}`);
  return rank.order;
};
const codeOf = (ranks: readonly Rank[], order: number): string => {
  const rank = ranks.find((r) => r.order === order);
  if (!rank) throw new Error(`no rank with order ${order}`);
  return rank.code;
};

export interface Position {
  readonly kind: PositionKind;
  readonly grade: FunctionalGrade | null;
  readonly education: Education;
}

function rankRange(employmentType: "PNS" | "PPPK", p: Position): Range {
  if (employmentType === "PPPK") {
    const range = p.kind === "PELAKSANA" ? PPPK_PELAKSANA[p.education] : p.grade ? PPPK_FUNCTIONAL[p.grade] : undefined;
    if (!range) throw new Error(`no PPPK rank for ${p.kind} ${p.grade ?? ""}`);
    return range;
  }
  const range = p.kind === "FUNGSIONAL" ? (p.grade ? PNS_FUNCTIONAL[p.grade] : undefined)
    : p.kind === "PELAKSANA" ? PNS_PELAKSANA[p.education]
    : PNS_MANAGERIAL[p.kind];
  if (!range) throw new Error(`no PNS rank for ${p.kind}`);
  return range;
}

function pickRank(rng: Rng, ranks: readonly Rank[], [low, high]: Range): number {
  return rng.int(orderOf(ranks, low), orderOf(ranks, high));
}

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

function birthDate(rng: Rng, year: number): YearMonthDay {
  const month = rng.int(1, 12);
  return { year, month, day: rng.int(1, daysInMonth(year, month)) };
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * A PNS whose rank fits the position: the years of service follow from the steps between the
 * entry rank of their education and the current rank (3 to 4.5 years a step), then the age at
 * appointment (19..35) gives the birth year, kept within ages 21..58.
 */
export function pnsCareer(rng: Rng, position: Position): Career {
  const rankOrder = pickRank(rng, PNS_RANKS, rankRange("PNS", position));
  const entryOrder = Math.min(orderOf(PNS_RANKS, ENTRY_RANK[position.education]), rankOrder);
  const steps = rankOrder - entryOrder;
  const service = Math.floor(steps * rng.range(3, 4.5) + rng.range(0, 2.5));
  const [minAge, maxAge] = ENTRY_AGE[position.education];
  let appointmentYear = LAST_APPOINTMENT_YEAR - service;
  let appointmentAge = rng.int(minAge, maxAge);
  let birthYear = appointmentYear - appointmentAge;
  if (birthYear < OLDEST_BIRTH_YEAR) {
    birthYear = OLDEST_BIRTH_YEAR;
    appointmentAge = Math.max(19, appointmentYear - birthYear);
    appointmentYear = birthYear + appointmentAge;
  }
  if (birthYear > YOUNGEST_BIRTH_YEAR) birthYear = YOUNGEST_BIRTH_YEAR;
  appointmentYear = clamp(appointmentYear, birthYear + 19, LAST_APPOINTMENT_YEAR);
  return {
    birth: birthDate(rng, birthYear),
    appointmentYear,
    appointmentMonth: rng.int(1, 12),
    contracts: 0,
    rankCode: codeOf(PNS_RANKS, rankOrder),
  };
}

const PPPK_YEARS: readonly (readonly [number, number])[] = [
  [2019, 1], [2020, 1], [2021, 3], [2022, 4], [2023, 4], [2024, 3], [2025, 3],
];

/**
 * A PPPK appointed 2019..2025, often after years as an honorary worker (appointed at 22..50).
 * A second contract ("02") only for those appointed by 2021. Demo values (practice, unverified).
 */
export function pppkCareer(rng: Rng, position: Position): Career {
  const rankOrder = pickRank(rng, PPPK_RANKS, rankRange("PPPK", position));
  const appointmentYear = rng.weighted(PPPK_YEARS);
  // Ahli Muda and Mahir on entry need years of prior experience.
  const experienced = position.grade === "AHLI_MUDA" || position.grade === "MAHIR";
  const minAge = experienced ? 30 : position.education === "S1" ? 22 : position.education === "D3" ? 21 : 19;
  const youngest = Math.min(YOUNGEST_BIRTH_YEAR, appointmentYear - minAge);
  const birthYear = clamp(appointmentYear - rng.int(minAge, 50), OLDEST_BIRTH_YEAR, youngest);
  return {
    birth: birthDate(rng, birthYear),
    appointmentYear,
    appointmentMonth: 0,
    contracts: appointmentYear <= 2021 && rng.chance(0.6) ? 2 : 1,
    rankCode: codeOf(PPPK_RANKS, rankOrder),
  };
}

export const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const ymd = (d: YearMonthDay): string => `${d.year}${pad(d.month, 2)}${pad(d.day, 2)}`;

/**
 * The first 15 digits of a NIP (PNS: birth date, TMT year and month, gender) or NI PPPK
 * (birth date, appointment year, number of contracts, gender); the 3-digit sequence follows.
 */
export function identifierPrefix(employmentType: "PNS" | "PPPK", c: Career, genderDigit: 1 | 2): string {
  const middle = employmentType === "PNS" ? pad(c.appointmentMonth, 2) : pad(c.contracts, 2);
  return `${ymd(c.birth)}${c.appointmentYear}${middle}${genderDigit}`;
}

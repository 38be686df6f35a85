import type { EmploymentType } from "./employment-type";

/** A golongan/ruang (PNS) or a PPPK golongan, with its pangkat name where one exists. */
export interface Rank {
  /** Stable code: `III/a` for PNS, `IX` for PPPK. */
  readonly code: string;
  readonly employmentType: EmploymentType;
  /** Pangkat name (PNS), or `Golongan IX` for PPPK. */
  readonly name: string;
  /** Position in the ladder, 1 = lowest; comparable within one employment type. */
  readonly order: number;
}

/** Golongan/ruang and pangkat of PNS (PP 99/2000 as amended by PP 12/2002). */
export const PNS_RANKS: readonly Rank[] = [
  ["I/a", "Juru Muda"],
  ["I/b", "Juru Muda Tingkat I"],
  ["I/c", "Juru"],
  ["I/d", "Juru Tingkat I"],
  ["II/a", "Pengatur Muda"],
  ["II/b", "Pengatur Muda Tingkat I"],
  ["II/c", "Pengatur"],
  ["II/d", "Pengatur Tingkat I"],
  ["III/a", "Penata Muda"],
  ["III/b", "Penata Muda Tingkat I"],
  ["III/c", "Penata"],
  ["III/d", "Penata Tingkat I"],
  ["IV/a", "Pembina"],
  ["IV/b", "Pembina Tingkat I"],
  ["IV/c", "Pembina Utama Muda"],
  ["IV/d", "Pembina Utama Madya"],
  ["IV/e", "Pembina Utama"],
].map(([code, name], i) => ({ code: code!, name: name!, employmentType: "PNS" as const, order: i + 1 }));

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"] as const;

/** PPPK golongan I..XVII (Perpres 98/2020). */
export const PPPK_RANKS: readonly Rank[] = ROMAN.map((code, i) => ({
  code,
  name: `Golongan ${code}`,
  employmentType: "PPPK" as const,
  order: i + 1,
}));

export const RANKS: readonly Rank[] = [...PNS_RANKS, ...PPPK_RANKS];

const byCode = new Map(RANKS.map((r) => [r.code, r]));

/** The rank with this code, or undefined. */
export const findRank = (code: string): Rank | undefined => byCode.get(code.trim());

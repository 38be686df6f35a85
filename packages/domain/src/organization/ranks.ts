import type { EmploymentType } from "./employment-type.js";

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

const PNS_CODE = /^([IV]+)\s*\/\s*([A-E])$/i;
const PPPK_CODE = /^[IVX]+$/i;

/**
 * The canonical spelling of a rank code as typed: `iii/A`, `III / a` -> `III/a`; `ix` -> `IX`.
 * Anything else is returned trimmed. Does not check that the rank exists.
 */
export const normalizeRankCode = (code: string): string => {
  if (typeof code !== "string") throw new RangeError(`normalizeRankCode: expected text, got ${typeof code}`);
  const trimmed = code.trim();
  const [pns, roman = "", ruang = ""] = PNS_CODE.exec(trimmed) ?? [];
  if (pns !== undefined) return `${roman.toUpperCase()}/${ruang.toLowerCase()}`;
  return PPPK_CODE.test(trimmed) ? trimmed.toUpperCase() : trimmed;
};

/** The rank with this code (spelling normalised by {@link normalizeRankCode}), or undefined (also for a non-string). */
export const findRank = (code: string): Rank | undefined => (typeof code === "string" ? byCode.get(normalizeRankCode(code)) : undefined);

/**
 * How a rank is shown in lists and forms: `III/a – Penata Muda` for PNS (golongan/ruang and
 * pangkat), `Golongan IX` for PPPK (whose name already carries the code).
 */
export const rankLabel = (rank: Rank): string => {
  if (typeof rank !== "object" || rank === null || (rank.employmentType !== "PNS" && rank.employmentType !== "PPPK")) {
    throw new RangeError(`rankLabel: not a rank: ${String(rank)} (findRank gives undefined for an unknown code)`);
  }
  return rank.employmentType === "PNS" ? `${rank.code} – ${rank.name}` : rank.name;
};

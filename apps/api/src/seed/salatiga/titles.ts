import type { Gender } from "@bina/domain";
import type { Rng } from "./prng";

/** One way of writing a person's academic or professional titles around the name. */
interface Degree {
  /** Front titles: `dr.`, `drg.`, `Ns.`, `apt.`, `drh.`. */
  readonly prefix?: string;
  /** Back titles: `S.Pd.`, `A.Md.Kep.`, `S.Kep.`. */
  readonly suffix?: string;
}

interface DegreeFamily {
  readonly options: readonly (readonly [Degree, number])[];
  /** Master's degrees that may follow the bachelor's. */
  readonly masters?: readonly string[];
  /**
   * Pre-1993 bachelor's titles: graduates of that era wrote `Drs.`/`Dra.` (social sciences,
   * education, economics) or `Ir.` (engineering, agriculture) in front of the name instead.
   */
  readonly legacy?: "DRS" | "IR";
}

const one = (d: Degree): readonly (readonly [Degree, number])[] => [[d, 1]];
const suffixes = (...s: string[]): readonly (readonly [Degree, number])[] => s.map((suffix) => [{ suffix }, 1] as const);

/** Title families by field. Keys are referenced by positions-by-unit.ts. */
export const DEGREES = {
  NONE: { options: one({}) },
  DIPLOMA: { options: one({ suffix: "A.Md." }) },
  EDU: {
    options: [[{ suffix: "S.Pd." }, 12], [{ suffix: "S.Pd.I." }, 1], [{ suffix: "S.Pd.K." }, 1], [{ suffix: "S.Si." }, 1]],
    masters: ["M.Pd."],
    legacy: "DRS",
  },
  DOCTOR: { options: one({ prefix: "dr." }), masters: ["M.Kes."] },
  SPECIALIST: {
    options: ["Sp.PD.", "Sp.A.", "Sp.OG.", "Sp.B.", "Sp.An.", "Sp.Rad.", "Sp.P.", "Sp.JP.", "Sp.N.", "Sp.M.", "Sp.KK.", "Sp.PK."].map(
      (suffix) => [{ prefix: "dr.", suffix }, 1] as const,
    ),
  },
  DENTIST: { options: one({ prefix: "drg." }) },
  PHARMACIST: { options: one({ prefix: "apt.", suffix: "S.Farm." }), masters: ["M.Farm."] },
  PHARMA_SKILL: { options: one({ suffix: "A.Md.Farm." }) },
  NURSE_EXPERT: { options: one({ prefix: "Ns.", suffix: "S.Kep." }), masters: ["M.Kep."] },
  NURSE_SKILL: { options: one({ suffix: "A.Md.Kep." }) },
  MIDWIFE_EXPERT: { options: [[{ suffix: "S.Tr.Keb." }, 2], [{ suffix: "S.Keb., Bd." }, 1]] },
  MIDWIFE_SKILL: { options: one({ suffix: "A.Md.Keb." }) },
  PUBLIC_HEALTH: { options: suffixes("S.KM."), masters: ["M.Kes.", "M.KM."] },
  HEALTH_SKILL: { options: one({ suffix: "A.Md.Kes." }) },
  LAB_EXPERT: { options: suffixes("S.Tr.Kes.", "S.Si.") },
  LAB_SKILL: { options: one({ suffix: "A.Md.AK." }) },
  NUTRITION_EXPERT: { options: suffixes("S.Gz.") },
  NUTRITION_SKILL: { options: one({ suffix: "A.Md.Gz." }) },
  RADIOGRAPHY_SKILL: { options: one({ suffix: "A.Md.Rad." }) },
  PHYSIO_SKILL: { options: one({ suffix: "A.Md.Ftr." }) },
  GOV: { options: suffixes("S.Sos.", "S.IP.", "S.H.", "S.E.", "S.AP.", "S.STP."), masters: ["M.Si.", "M.M.", "M.AP."], legacy: "DRS" },
  LAW: { options: suffixes("S.H."), masters: ["M.H."] },
  ECON: { options: suffixes("S.E.", "S.E.", "S.Ak."), masters: ["M.M.", "M.Ak.", "M.Si."], legacy: "DRS" },
  IT: { options: suffixes("S.Kom.", "S.Kom.", "S.T."), masters: ["M.Kom.", "M.Cs."] },
  IT_SKILL: { options: suffixes("A.Md.", "A.Md.Kom.") },
  ENG: { options: suffixes("S.T."), masters: ["M.T.", "M.Eng."], legacy: "IR" },
  ENG_SKILL: { options: suffixes("A.Md.T.") },
  PLANNING: { options: suffixes("S.T.", "S.E.", "S.P.", "S.Si.", "S.PWK."), masters: ["M.T.", "M.Si.", "M.Ec.Dev."] },
  AGRI: { options: suffixes("S.P.", "S.P.", "S.TP."), masters: ["M.P.", "M.Si."], legacy: "IR" },
  VET: { options: one({ prefix: "drh." }) },
  LIBRARY: { options: suffixes("S.IP.", "S.Hum.", "S.Sos."), masters: ["M.IP.", "M.Hum."] },
  SOCIAL: { options: suffixes("S.Sos.", "S.Tr.Sos."), masters: ["M.Si."], legacy: "DRS" },
  PSY: { options: suffixes("S.Psi."), masters: ["M.Psi."] },
  COMM: { options: suffixes("S.I.Kom.", "S.Sos."), masters: ["M.I.Kom."] },
  STAT: { options: suffixes("S.Si.", "S.Stat.") },
  CULTURE: { options: suffixes("S.Sn.", "S.Hum.", "S.Par."), masters: ["M.Hum."] },
} satisfies Record<string, DegreeFamily>;

export type DegreeKey = keyof typeof DEGREES;

/**
 * A display name with titles, e.g. `dr. Rina Wulandari, Sp.A.`, `Ns. Dewi Lestari, S.Kep.`,
 * `Drs. Bambang Santoso, M.Si.`. `masterChance` is the probability of a master's degree.
 */
export function withTitles(
  rng: Rng,
  words: readonly string[],
  key: DegreeKey,
  opts: { readonly gender: Gender; readonly birthYear: number; readonly masterChance: number },
): string {
  const family: DegreeFamily = DEGREES[key];
  const degree = rng.weighted(family.options);
  const front: string[] = degree.prefix ? [degree.prefix] : [];
  const back: string[] = degree.suffix ? [degree.suffix] : [];
  const isBachelor = back.length === 1 && /^S\./.test(back[0] ?? "") && front.length === 0;
  if (family.legacy && isBachelor && opts.birthYear < 1970 && rng.chance(0.5)) {
    back.length = 0;
    front.push(family.legacy === "IR" ? "Ir." : opts.gender === "MALE" ? "Drs." : "Dra.");
  }
  if (family.masters && rng.chance(opts.masterChance)) back.push(rng.pick(family.masters));
  const name = [...front, ...words].join(" ");
  return back.length > 0 ? `${name}, ${back.join(", ")}` : name;
}

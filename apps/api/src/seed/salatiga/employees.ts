import type { EmploymentType, FunctionalGrade, Gender, PositionKind } from "@bina/domain";
import { identifierPrefix, pad, pnsCareer, pppkCareer } from "./careers";
import type { Career, Position } from "./careers";
import { PELAKSANA, ROLES, pppkPelaksanaTitle } from "./functional-roles";
import type { Education, FunctionalRole } from "./functional-roles";
import { personalName } from "./names";
import { staffingPlans } from "./positions-by-unit";
import type { ManagerSlot, UnitPlan } from "./positions-by-unit";
import { createRng } from "./prng";
import type { Rng } from "./prng";
import { withTitles } from "./titles";
import type { DegreeKey } from "./titles";
import { salatigaUnits } from "./units";

/** An employee (ASN) to insert. */
export interface SeedEmployee {
  /** 18-digit NIP (PNS) or NI PPPK. */
  readonly nip: string;
  /** Full name with academic titles, e.g. `Ns. Dewi Lestari, S.Kep.`. */
  readonly name: string;
  readonly gender: Gender;
  readonly employmentType: EmploymentType;
  readonly rankCode: string;
  readonly positionKind: PositionKind;
  readonly positionTitle: string;
  readonly functionalGrade: FunctionalGrade | null;
  readonly unitCode: string;
  readonly email: string | null;
  readonly phone: string | null;
}

export interface GenerateEmployeesOptions {
  /** How many employees; 2000 by default. */
  readonly count?: number;
  /** PRNG seed; the same seed always gives the same employees. */
  readonly seed?: number;
}

export const DEFAULT_EMPLOYEE_COUNT = 2000;
export const DEFAULT_SEED = 3373;

const GRADE_LABEL: Record<FunctionalGrade, string> = {
  AHLI_PERTAMA: "Ahli Pertama",
  AHLI_MUDA: "Ahli Muda",
  AHLI_MADYA: "Ahli Madya",
  AHLI_UTAMA: "Ahli Utama",
  PEMULA: "Pemula",
  TERAMPIL: "Terampil",
  MAHIR: "Mahir",
  PENYELIA: "Penyelia",
};

/** What one generated person will hold, before their personal details are drawn. */
interface Slot {
  readonly unitCode: string;
  readonly plan: UnitPlan;
  readonly manager?: ManagerSlot;
  /** Non-managerial: functional or pelaksana. */
  readonly functional?: boolean;
}

const MANAGER_PRIORITY: Record<ManagerSlot["kind"], number> = { JPT_PRATAMA: 0, ADMINISTRATOR: 1, PENGAWAS: 2 };

/**
 * Headcounts per unit: every managerial position first (heads first if `count` is too small to
 * fill them all), then the rest shared out by staff weight with the largest-remainder method.
 */
function buildSlots(plans: readonly UnitPlan[], count: number): Slot[][] {
  const managerial = plans
    .flatMap((plan, unitIndex) => plan.managers.map((manager, i) => ({ plan, manager, unitIndex, head: i === 0 })))
    .sort(
      (a, b) =>
        Number(b.head) - Number(a.head) ||
        MANAGER_PRIORITY[a.manager.kind] - MANAGER_PRIORITY[b.manager.kind] ||
        a.unitIndex - b.unitIndex,
    )
    .slice(0, count);
  const perUnit: Slot[][] = plans.map(() => []);
  const filled = managerial.sort((a, b) => a.unitIndex - b.unitIndex);
  for (const m of filled) perUnit[m.unitIndex]?.push({ unitCode: m.plan.unitCode, plan: m.plan, manager: m.manager });

  const staff = count - filled.length;
  const totalWeight = plans.reduce((sum, p) => sum + p.staffWeight, 0);
  const quotas = plans.map((p) => (staff * p.staffWeight) / totalWeight);
  const counts = quotas.map(Math.floor);
  let left = staff - counts.reduce((a, b) => a + b, 0);
  const byRemainder = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  plans.forEach((plan, i) => {
    const n = counts[i] ?? 0;
    const functional = Math.round(n * plan.functionalShare);
    for (let k = 0; k < n; k++) perUnit[i]?.push({ unitCode: plan.unitCode, plan, functional: k < functional });
  });
  return perUnit;
}

/** A drawn position: kind, grade, title, education and title family of the holder. */
interface Drawn extends Position {
  readonly title: string;
  readonly degree: DegreeKey;
  readonly femaleShare: number;
  readonly pppk: boolean;
  readonly masterChance: number;
}

const EXPERT_GRADES: readonly (readonly [FunctionalGrade, number])[] = [["AHLI_PERTAMA", 40], ["AHLI_MUDA", 35], ["AHLI_MADYA", 25]];
const SKILL_GRADES: readonly (readonly [FunctionalGrade, number])[] = [["PEMULA", 5], ["TERAMPIL", 40], ["MAHIR", 35], ["PENYELIA", 20]];
const PPPK_EXPERT_GRADES: readonly (readonly [FunctionalGrade, number])[] = [["AHLI_PERTAMA", 85], ["AHLI_MUDA", 15]];
const PPPK_SKILL_GRADES: readonly (readonly [FunctionalGrade, number])[] = [["PEMULA", 10], ["TERAMPIL", 75], ["MAHIR", 15]];

function drawFunctional(rng: Rng, role: FunctionalRole): Drawn {
  const pppk = rng.chance(role.pppkShare);
  const expert = rng.chance(role.expertShare);
  const allowed = role.expertGrades;
  const grades = expert
    ? (pppk ? PPPK_EXPERT_GRADES : EXPERT_GRADES).filter(([g]) => !allowed || allowed.includes(g))
    : pppk ? PPPK_SKILL_GRADES : SKILL_GRADES;
  // A role closed to PPPK at its grades (e.g. specialists) stays PNS.
  const grade = rng.weighted(grades.length > 0 ? grades : EXPERT_GRADES.filter(([g]) => allowed?.includes(g)));
  const isPppk = pppk && grades.length > 0;
  return {
    kind: "FUNGSIONAL",
    grade,
    title: `${role.title} ${GRADE_LABEL[grade]}`,
    education: expert ? "S1" : role.skillEducation ?? "D3",
    degree: expert ? role.expertDegree : role.skillDegree,
    femaleShare: role.femaleShare,
    pppk: isPppk,
    masterChance: grade === "AHLI_MADYA" ? 0.5 : grade === "AHLI_MUDA" ? 0.25 : 0.05,
  };
}

/** PPPK share of pelaksana (mostly the 2024 intake of former honorary staff). */
const PELAKSANA_PPPK_SHARE = 0.2;

function draw(rng: Rng, slot: Slot): Drawn {
  const { plan, manager } = slot;
  if (manager) {
    return {
      kind: manager.kind,
      grade: null,
      title: manager.title,
      education: "S1",
      degree: manager.degree ?? rng.weighted(plan.managerDegrees),
      femaleShare: 0.35,
      pppk: false,
      masterChance: manager.kind === "JPT_PRATAMA" ? 0.9 : manager.kind === "ADMINISTRATOR" ? 0.6 : 0.3,
    };
  }
  if (slot.functional && plan.functional.length > 0) return drawFunctional(rng, ROLES[rng.weighted(plan.functional)]);
  const role = PELAKSANA[rng.weighted(plan.pelaksana)];
  const pppk = role.title !== "Pengemudi" && rng.chance(PELAKSANA_PPPK_SHARE);
  const education: Education = role.education;
  return {
    kind: "PELAKSANA",
    grade: null,
    title: pppk ? pppkPelaksanaTitle(education) : role.title,
    education,
    degree: role.degree,
    femaleShare: role.femaleShare,
    pppk,
    masterChance: 0.05,
  };
}

/** Indonesian mobile prefixes (Telkomsel, Indosat, XL, Tri). */
const PHONE_PREFIXES = [
  "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853",
  "0856", "0857", "0858", "0877", "0878", "0895", "0896", "0898",
];

const emailLocal = (words: readonly string[]): string =>
  words.length === 1 ? (words[0] ?? "") : `${words[0] ?? ""}.${words[words.length - 1] ?? ""}`;

/**
 * Deterministic demo employees of the Salatiga city government: the same options always give
 * the same list. Pure: no I/O, no clock, no global randomness.
 */
export function generateEmployees(opts: GenerateEmployeesOptions = {}): SeedEmployee[] {
  const count = opts.count ?? DEFAULT_EMPLOYEE_COUNT;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const rng = createRng(opts.seed ?? DEFAULT_SEED);
  const nips = new Set<string>();
  const emails = new Set<string>();
  const phones = new Set<string>();
  const out: SeedEmployee[] = [];

  for (const slot of buildSlots(staffingPlans(salatigaUnits), count).flat()) {
    const d = draw(rng, slot);
    const gender: Gender = rng.chance(d.femaleShare) ? "FEMALE" : "MALE";
    const career: Career = d.pppk ? pppkCareer(rng, d) : pnsCareer(rng, d);
    const prefix = identifierPrefix(d.pppk ? "PPPK" : "PNS", career, gender === "MALE" ? 1 : 2);
    let sequence = 1 + Math.floor(rng.next() ** 3 * 12);
    while (nips.has(prefix + pad(sequence, 3))) sequence++;
    const nip = prefix + pad(sequence, 3);
    nips.add(nip);

    const words = personalName(rng, gender, career.birth.year);
    const name = withTitles(rng, words, d.degree, { gender, birthYear: career.birth.year, masterChance: d.masterChance });

    let email: string | null = null;
    if (rng.chance(0.6)) {
      const local = emailLocal(words).toLowerCase().replace(/[^a-z.]/g, "");
      let candidate = local;
      for (let n = 2; emails.has(candidate); n++) candidate = `${local}${n}`;
      emails.add(candidate);
      email = `${candidate}@salatiga.go.id`;
    }
    let phone: string | null = null;
    if (rng.chance(0.7)) {
      do phone = rng.pick(PHONE_PREFIXES) + pad(rng.int(0, 99_999_999), 8);
      while (phones.has(phone));
      phones.add(phone);
    }

    out.push({
      nip,
      name,
      gender,
      employmentType: d.pppk ? "PPPK" : "PNS",
      rankCode: career.rankCode,
      positionKind: d.kind,
      positionTitle: d.title,
      functionalGrade: d.grade,
      unitCode: slot.unitCode,
      email,
      phone,
    });
  }
  return out;
}

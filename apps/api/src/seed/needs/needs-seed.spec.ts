import {
  FUNCTIONAL_GRADES,
  MANAGERIAL_COMPETENCIES,
  SOCIO_CULTURAL_COMPETENCIES,
  isManagerial,
  isPerformanceGap,
  selectProgrammesWithinBudget,
  skpPredikat,
  validateCompetency,
} from "@bina/domain";
import type { SkpPredikat } from "@bina/domain";
import { generateEmployees, salatigaUnits, DINKES_CODE } from "../salatiga";
import { dayOfWeek } from "./calendar";
import { MANAGER_ROWS } from "./manager-standards";
import {
  DEMO_ASSESSMENT_YEAR,
  DEMO_CEILING,
  DEMO_PLAN_YEAR,
  DEMO_SKP_YEAR,
  demoCandidates,
  demoProposals,
  employeeStandards,
  generateAssessments,
  generateSkpResults,
  technicalCompetencies,
  technicalStandards,
  technicalStandardsFor,
} from "./index";
import type { SeedAssessment } from "./index";

const employees = generateEmployees();
const standards = employeeStandards(employees);
const assessments = generateAssessments(employees, standards);
const skp = generateSkpResults(employees);

const technicalCodes = new Set(technicalCompetencies.map((c) => c.code));
const allCodes = new Set([
  ...technicalCodes,
  ...MANAGERIAL_COMPETENCIES.map((c) => c.code),
  ...SOCIO_CULTURAL_COMPETENCIES.map((c) => c.code),
]);
const pairKey = (nip: string, code: string): string => `${nip}|${code}`;
const standardOf = new Map(standards.map((s) => [pairKey(s.nip, s.competencyCode), s.standard]));
const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);

/** The latest assessment of each (employee, competency). */
const latest = (rows: readonly SeedAssessment[]): Map<string, SeedAssessment> => {
  const out = new Map<string, SeedAssessment>();
  for (const a of rows) {
    const key = pairKey(a.nip, a.competencyCode);
    const current = out.get(key);
    if (!current || a.assessedOn > current.assessedOn) out.set(key, a);
  }
  return out;
};

describe("technical competency dictionary", () => {
  it("has about 25 to 40 entries with unique codes", () => {
    expect(technicalCompetencies.length).toBeGreaterThanOrEqual(25);
    expect(technicalCompetencies.length).toBeLessThanOrEqual(40);
    expect(technicalCodes.size).toBe(technicalCompetencies.length);
  });

  it("passes the domain's validateCompetency unchanged, as TECHNICAL with a T. code that fits the column", () => {
    for (const c of technicalCompetencies) {
      const result = validateCompetency({ ...c, kind: "TECHNICAL" });
      expect(result).toEqual({ ok: true, value: { code: c.code, kind: "TECHNICAL", name: c.name, description: c.description } });
      expect(c.code).toMatch(/^T\.[A-Z0-9_]+$/);
      expect(c.code.length).toBeLessThanOrEqual(40);
    }
  });
});

describe("technical standards", () => {
  it("refer to dictionary competencies, with levels 1..5, known grades and a unique key", () => {
    const keys = new Set<string>();
    for (const s of technicalStandards) {
      expect(technicalCodes.has(s.competencyCode)).toBe(true);
      expect([1, 2, 3, 4, 5]).toContain(s.level);
      expect(["", ...FUNCTIONAL_GRADES]).toContain(s.functionalGrade);
      keys.add([s.competencyCode, s.positionKind, s.functionalGrade, s.positionTitle].join("|"));
    }
    expect(keys.size).toBe(technicalStandards.length);
  });

  it("name only managerial titles the employee generator produces", () => {
    const held = new Set(employees.map((e) => `${e.positionKind}|${e.positionTitle}`));
    const missing = MANAGER_ROWS.flatMap(([kind, titles]) => titles.filter((t) => !held.has(`${kind}|${t}`)));
    expect(missing).toEqual([]);
  });

  it("give every generated employee at least one technical standard, nearly all two or three", () => {
    const counts = employees.map((e) => technicalStandardsFor(e).length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(share(counts.filter((n) => n === 2 || n === 3).length, counts.length)).toBeGreaterThan(0.9);
  });

  it("give every functional employee a standard of their own position title", () => {
    const titled = new Set(technicalStandards.filter((s) => s.positionTitle !== "").map((s) => s.positionTitle));
    const without = employees.filter((e) => e.positionKind === "FUNGSIONAL" && !titled.has(e.positionTitle));
    expect(without.map((e) => e.positionTitle)).toEqual([]);
  });

  it("let the most specific row win: a title row overrides the generic one of its kind", () => {
    const madya = (positionTitle: string) =>
      technicalStandardsFor({ positionKind: "FUNGSIONAL", positionTitle, functionalGrade: "AHLI_MADYA" });
    const prakom = madya("Pranata Komputer Ahli Madya");
    const guru = madya("Guru Ahli Madya");
    expect(prakom.find((s) => s.competencyCode === "T.APLIKASI_SPBE")?.level).toBe(4);
    expect(guru.find((s) => s.competencyCode === "T.APLIKASI_SPBE")?.level).toBe(3);
    expect(new Set(prakom.map((s) => s.competencyCode)).size).toBe(prakom.length);
  });

  it("add the 8 managerial and the socio-cultural standard for every employee in employeeStandards", () => {
    const national = standards.filter((s) => !technicalCodes.has(s.competencyCode));
    expect(national.length).toBe(employees.length * 9);
    const lurah = employees.find((e) => e.positionTitle.startsWith("Lurah "));
    expect(standards.find((s) => s.nip === lurah?.nip && s.competencyCode === "M.INTEGRITAS")?.standard).toBe(2);
  });
});

describe("generateAssessments", () => {
  const byNip = new Map(employees.map((e) => [e.nip, e]));
  const assessedNips = new Set(assessments.map((a) => a.nip));

  it("is deterministic, and depends on the seed", () => {
    expect(generateAssessments(employees, standards)).toEqual(assessments);
    expect(generateAssessments(employees, standards, { seed: 7 })).not.toEqual(assessments);
  });

  it("does not depend on the order of the employees", () => {
    const reversed = generateAssessments([...employees].reverse(), standards);
    const sort = (rows: readonly SeedAssessment[]): string[] => rows.map((a) => JSON.stringify(a)).sort();
    expect(sort(reversed)).toEqual(sort(assessments));
  });

  it("assesses about 85% of employees, each on every competency they have a standard for", () => {
    expect(share(assessedNips.size, employees.length)).toBeGreaterThan(0.8);
    expect(share(assessedNips.size, employees.length)).toBeLessThan(0.9);
    const pairs = new Set(assessments.map((a) => pairKey(a.nip, a.competencyCode)));
    const expected = standards.filter((s) => assessedNips.has(s.nip));
    expect(pairs.size).toBe(expected.length);
  });

  it("gives levels 1..5 on working days from February to October of the year, to known employees and standards", () => {
    const bad = assessments.filter((a) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.assessedOn);
      const [y, m, d] = (match ?? []).slice(1).map(Number) as [number, number, number];
      const dow = match ? dayOfWeek(y, m, d) : 0;
      return (
        ![1, 2, 3, 4, 5].includes(a.level) ||
        !byNip.has(a.nip) ||
        !standardOf.has(pairKey(a.nip, a.competencyCode)) ||
        !match ||
        y !== DEMO_ASSESSMENT_YEAR ||
        m < 2 ||
        m > 10 ||
        d < 1 ||
        d > 31 ||
        dow === 0 ||
        dow === 6
      );
    });
    expect(bad).toEqual([]);
  });

  it("uses the year asked for", () => {
    const rows = generateAssessments(employees.slice(0, 50), standards, { year: 2027 });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((a) => a.assessedOn.startsWith("2027-"))).toBe(true);
  });

  it("spreads the latest levels around the standard: most meet it, a quarter or so one short, a few two, some above", () => {
    const gaps = [...latest(assessments).values()].map((a) => (standardOf.get(pairKey(a.nip, a.competencyCode)) ?? 0) - a.level);
    const oneShort = share(gaps.filter((g) => g === 1).length, gaps.length);
    const twoShort = share(gaps.filter((g) => g >= 2).length, gaps.length);
    const above = share(gaps.filter((g) => g < 0).length, gaps.length);
    expect(oneShort).toBeGreaterThan(0.2);
    expect(oneShort).toBeLessThan(0.35);
    expect(twoShort).toBeGreaterThan(0.005);
    expect(twoShort).toBeLessThan(0.06);
    expect(above).toBeGreaterThan(0.05);
    expect(above).toBeLessThan(0.25);
    expect(share(gaps.filter((g) => g === 0).length, gaps.length)).toBeGreaterThan(0.5);
  });

  it("shows city-wide weak spots: SPBE, data and procurement fall short far more often than the rest", () => {
    const needShare = (codes: readonly string[]): number => {
      const rows = [...latest(assessments).values()].filter((a) => codes.includes(a.competencyCode));
      const needs = rows.filter((a) => (standardOf.get(pairKey(a.nip, a.competencyCode)) ?? 0) > a.level);
      return share(needs.length, rows.length);
    };
    const weakCodes = ["T.APLIKASI_SPBE", "T.ANALISIS_DATA_STATISTIK", "T.PENGADAAN_BARANG_JASA"];
    const weak = needShare(weakCodes);
    const other = needShare([...technicalCodes].filter((c) => !weakCodes.includes(c)));
    expect(weak).toBeGreaterThan(other + 0.1);
  });

  it("has managers assessed mostly by the assessment centre, others by supervisors and some by themselves", () => {
    const firstSource = new Map<string, SeedAssessment["source"]>();
    for (const a of assessments) if (!firstSource.has(a.nip)) firstSource.set(a.nip, a.source);
    const managers = [...firstSource].filter(([nip]) => isManagerial(byNip.get(nip)?.positionKind ?? "PELAKSANA"));
    const others = [...firstSource].filter(([nip]) => !isManagerial(byNip.get(nip)?.positionKind ?? "PELAKSANA"));
    expect(share(managers.filter(([, s]) => s === "ASSESSMENT_CENTER").length, managers.length)).toBeGreaterThan(0.7);
    expect(others.some(([, s]) => s === "ASSESSMENT_CENTER")).toBe(false);
    const self = share(others.filter(([, s]) => s === "SELF").length, others.length);
    expect(self).toBeGreaterThan(0.15);
    expect(self).toBeLessThan(0.45);
  });

  it("has a few later re-assessments at a different level, so the latest counts", () => {
    const rowsByPair = new Map<string, SeedAssessment[]>();
    for (const a of assessments) {
      const key = pairKey(a.nip, a.competencyCode);
      rowsByPair.set(key, [...(rowsByPair.get(key) ?? []), a]);
    }
    const repeated = [...rowsByPair.values()].filter((rows) => rows.length > 1);
    expect(repeated.length).toBeGreaterThanOrEqual(20);
    expect(new Set(repeated.map((rows) => rows[0]?.nip)).size).toBeLessThan(assessedNips.size * 0.1);
    for (const rows of repeated) {
      expect(rows).toHaveLength(2);
      const [earlier, later] = rows as [SeedAssessment, SeedAssessment];
      expect(later.assessedOn > earlier.assessedOn).toBe(true);
      expect(later.level).not.toBe(earlier.level);
    }
  });
});

describe("generateSkpResults", () => {
  it("is deterministic and covers about 95% of employees once each, for 2025", () => {
    expect(generateSkpResults(employees)).toEqual(skp);
    expect(new Set(skp.map((s) => s.nip)).size).toBe(skp.length);
    expect(share(skp.length, employees.length)).toBeGreaterThan(0.92);
    expect(share(skp.length, employees.length)).toBeLessThan(0.98);
    expect(skp.every((s) => s.year === DEMO_SKP_YEAR)).toBe(true);
    expect(generateSkpResults(employees.slice(0, 10), { year: 2024 }).every((s) => s.year === 2024)).toBe(true);
  });

  it("has a sane predikat distribution: mostly Baik, some Sangat Baik, a few performance gaps", () => {
    const predikats = skp.map((s) => skpPredikat(s.resultRating, s.behaviourRating));
    const of = (p: SkpPredikat): number => share(predikats.filter((x) => x === p).length, predikats.length);
    expect(of("BAIK")).toBeGreaterThan(0.75);
    expect(of("SANGAT_BAIK")).toBeGreaterThan(0.02);
    expect(of("SANGAT_BAIK")).toBeLessThan(0.1);
    const gaps = share(predikats.filter(isPerformanceGap).length, predikats.length);
    expect(gaps).toBeGreaterThan(0.03);
    expect(gaps).toBeLessThan(0.1);
    const above = skp.filter((s) => s.resultRating === "ABOVE" || s.behaviourRating === "ABOVE");
    const aboveSomewhere = share(above.length, skp.length);
    expect(aboveSomewhere).toBeGreaterThan(0.1);
    expect(aboveSomewhere).toBeLessThan(0.22);
  });
});

describe("demoProposals", () => {
  const unitCodes = new Set(salatigaUnits.map((u) => u.code));

  it("are a dozen or so, from several existing units, on known competencies", () => {
    expect(demoProposals.length).toBeGreaterThanOrEqual(10);
    expect(new Set(demoProposals.map((p) => p.unitCode)).size).toBeGreaterThanOrEqual(6);
    for (const p of demoProposals) {
      expect(unitCodes.has(p.unitCode)).toBe(true);
      expect(allCodes.has(p.competencyCode)).toBe(true);
      expect(p.title.length).toBeLessThanOrEqual(200);
      expect(Number.isInteger(p.participants) && p.participants > 0).toBe(true);
      if (p.title.startsWith("Bimtek")) expect(p.jp).toBeGreaterThanOrEqual(24);
      if (p.title.startsWith("Bimtek")) expect(p.jp).toBeLessThanOrEqual(40);
      if (p.title.startsWith("Workshop") && p.status !== "RETURNED") expect(p.jp).toBeLessThanOrEqual(16);
      expect(p.justification.length).toBeGreaterThan(50);
    }
    expect(DEMO_PLAN_YEAR).toBe(2027);
  });

  it("give Dinas Kesehatan at least two submitted; mostly submitted, a few accepted, one returned with a reason", () => {
    const dinkesSubmitted = demoProposals.filter((p) => p.unitCode === DINKES_CODE && p.status === "SUBMITTED");
    expect(dinkesSubmitted.length).toBeGreaterThanOrEqual(2);
    const by = (s: string): number => demoProposals.filter((p) => p.status === s).length;
    expect(by("SUBMITTED")).toBeGreaterThan(demoProposals.length / 2);
    expect(by("ACCEPTED")).toBeGreaterThanOrEqual(2);
    expect(by("RETURNED")).toBe(1);
    for (const p of demoProposals) {
      if (p.status === "SUBMITTED") expect(p.decisionReason).toBeNull();
      if (p.status === "RETURNED") expect(p.decisionReason?.length ?? 0).toBeGreaterThan(20);
    }
  });
});

describe("demoCandidates", () => {
  const total = demoCandidates.reduce((sum, c) => sum + c.estimatedCost, 0);
  const mandatory = demoCandidates.filter((c) => c.mandatory).reduce((sum, c) => sum + c.estimatedCost, 0);

  it("are about 30, at most 40, with unique titles and known competencies", () => {
    expect(demoCandidates.length).toBeGreaterThanOrEqual(25);
    expect(demoCandidates.length).toBeLessThanOrEqual(40);
    expect(new Set(demoCandidates.map((c) => c.title)).size).toBe(demoCandidates.length);
    for (const c of demoCandidates) {
      expect(c.competencyCodes.length).toBeGreaterThan(0);
      for (const code of c.competencyCodes) expect(allCodes.has(code)).toBe(true);
    }
  });

  it("cost positive whole rupiah, Rp 30,000-90,000 per participant-JP when optional", () => {
    for (const c of demoCandidates) {
      expect(Number.isSafeInteger(c.estimatedCost) && c.estimatedCost > 0).toBe(true);
      if (!c.mandatory) {
        const perJp = c.estimatedCost / (c.participants * c.jp);
        expect(perJp).toBeGreaterThanOrEqual(30_000);
        expect(perJp).toBeLessThanOrEqual(90_000);
      }
    }
  });

  it("fit the ceiling with the mandatory ones alone, not all of them: the plan must choose", () => {
    expect(demoCandidates.some((c) => c.mandatory)).toBe(true);
    expect(mandatory).toBeLessThanOrEqual(DEMO_CEILING);
    expect(DEMO_CEILING).toBeLessThan(total);
    expect(total).toBe(2_135_840_000);
    expect(mandatory).toBe(614_000_000);
    const selection = selectProgrammesWithinBudget(
      demoCandidates.map((c, i) => ({
        id: String(i),
        cost: c.estimatedCost,
        value: c.participants * c.jp,
        mandatory: c.mandatory,
      })),
      DEMO_CEILING,
    );
    if (!selection.ok) throw new Error(selection.error.message);
    expect(selection.value.selectedIds.length).toBeLessThan(demoCandidates.length - 3);
  });
});

import { findRank, isManagerial, parseNip, parsePppkNumber, validateEmployee } from "@bina/domain";
import type { FunctionalGrade, PositionKind } from "@bina/domain";
import { DEMO_PASSWORD, DEMO_USERS, generateEmployees, salatigaUnits } from "./index";
import type { SeedEmployee } from "./index";

const employees = generateEmployees();
const unitsByCode = new Map(salatigaUnits.map((u) => [u.code, u]));
const opdOf = (unitCode: string): string => {
  const unit = unitsByCode.get(unitCode);
  return unit?.kind === "SECTION" && unit.parentCode ? unit.parentCode : unitCode;
};
const countBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return m;
};
const rankOrder = (code: string): number => findRank(code)?.order ?? Number.NaN;

describe("salatigaUnits", () => {
  it("has the city, 29 OPDs, 4 kecamatan with their official codes and 23 kelurahan", () => {
    const kinds = countBy(salatigaUnits, (u) => u.kind);
    expect(kinds.get("CITY")).toBe(1);
    expect(kinds.get("OPD")).toBe(29);
    expect(kinds.get("KELURAHAN")).toBe(23);
    expect(salatigaUnits.filter((u) => u.kind === "KECAMATAN").map((u) => [u.code, u.name])).toEqual([
      ["337301", "Kecamatan Sidorejo"],
      ["337302", "Kecamatan Tingkir"],
      ["337303", "Kecamatan Argomulyo"],
      ["337304", "Kecamatan Sidomukti"],
    ]);
    expect(unitsByCode.get("3373")).toEqual({ code: "3373", name: "Pemerintah Kota Salatiga", kind: "CITY", parentCode: null });
    expect(unitsByCode.get("3373.BKPSDM")?.name).toBe("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
    const kelurahanPerKecamatan = countBy(
      salatigaUnits.filter((u) => u.kind === "KELURAHAN"),
      (u) => u.parentCode ?? "",
    );
    expect(Object.fromEntries(kelurahanPerKecamatan)).toEqual({ "337301": 6, "337302": 7, "337303": 6, "337304": 4 });
  });

  it("has unique codes, and every parent exists and is listed before its children", () => {
    expect(unitsByCode.size).toBe(salatigaUnits.length);
    salatigaUnits.forEach((u, i) => {
      if (u.kind === "CITY") return expect(u.parentCode).toBeNull();
      const parentIndex = salatigaUnits.findIndex((p) => p.code === u.parentCode);
      expect(parentIndex).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(i);
      const parentKind = salatigaUnits[parentIndex]?.kind;
      const expected = { OPD: "CITY", KECAMATAN: "CITY", KELURAHAN: "KECAMATAN", SECTION: "OPD" }[u.kind];
      expect(parentKind).toBe(expected);
    });
  });

  it("puts 2 to 4 sections under the OPDs that have any", () => {
    const sections = countBy(
      salatigaUnits.filter((u) => u.kind === "SECTION"),
      (u) => u.parentCode ?? "",
    );
    expect(sections.size).toBeGreaterThanOrEqual(4);
    for (const n of sections.values()) expect(n === 2 || n === 3 || n === 4).toBe(true);
  });
});

describe("generateEmployees", () => {
  it("is deterministic, and the seed matters", () => {
    expect(generateEmployees()).toEqual(employees);
    expect(generateEmployees({ seed: 7 })).toEqual(generateEmployees({ seed: 7 }));
    expect(generateEmployees({ seed: 7 })).not.toEqual(employees);
  });

  it("makes 2000 employees by default, and exactly `count` otherwise", () => {
    expect(employees).toHaveLength(2000);
    expect(generateEmployees({ count: 0 })).toEqual([]);
    expect(generateEmployees({ count: 137 })).toHaveLength(137);
    expect(generateEmployees({ count: 5000 })).toHaveLength(5000);
    expect(() => generateEmployees({ count: -1 })).toThrow(RangeError);
  });

  it("fills the OPD heads first when `count` is small", () => {
    const few = generateEmployees({ count: 29 });
    expect(few.every((e) => e.positionKind === "JPT_PRATAMA")).toBe(true);
    expect(new Set(few.map((e) => e.unitCode)).size).toBe(29);
  });

  it("makes 2000 in well under 100 ms once warm", () => {
    const times = [0, 1, 2, 3, 4].map(() => {
      const start = performance.now();
      generateEmployees();
      return performance.now() - start;
    });
    // The best of five, so that a busy CI machine does not make the test flaky.
    expect(Math.min(...times)).toBeLessThan(100);
  });

  it("gives unique NIPs that parse as NIP (PNS) or NI PPPK, with the right gender digit", () => {
    expect(new Set(employees.map((e) => e.nip)).size).toBe(employees.length);
    for (const e of employees) {
      expect(e.nip).toMatch(/^\d{18}$/);
      const parsed = e.employmentType === "PNS" ? parseNip(e.nip) : parsePppkNumber(e.nip);
      if (!parsed.ok) throw new Error(`${e.nip} (${e.employmentType}): ${parsed.error.message}`);
      expect(parsed.value.gender).toBe(e.gender);
      expect(e.nip.charAt(14)).toBe(e.gender === "MALE" ? "1" : "2");
      expect(parsed.value.sequence).toBeGreaterThanOrEqual(1);
    }
  });

  it("passes validateEmployee for every employee", () => {
    const failures = employees.flatMap((e) => {
      const v = validateEmployee(e);
      return v.ok ? [] : [`${e.nip}: ${v.error.map((x) => x.code).join(", ")}`];
    });
    expect(failures).toEqual([]);
  });

  it("keeps birth and appointment dates plausible", () => {
    for (const e of employees) {
      const birthYear = Number(e.nip.slice(0, 4));
      const year = Number(e.nip.slice(8, 12));
      const middle = Number(e.nip.slice(12, 14));
      expect(2026 - birthYear).toBeGreaterThanOrEqual(21);
      expect(2026 - birthYear).toBeLessThanOrEqual(58);
      if (e.employmentType === "PNS") {
        expect(year * 12 + middle).toBeLessThanOrEqual(2025 * 12 + 12);
        expect(year - birthYear).toBeGreaterThanOrEqual(19);
        expect(year - birthYear).toBeLessThanOrEqual(35);
      } else {
        expect(year).toBeGreaterThanOrEqual(2019);
        expect(year).toBeLessThanOrEqual(2025);
        expect(["01", "02"]).toContain(e.nip.slice(12, 14));
        expect(year - birthYear).toBeGreaterThanOrEqual(19);
      }
    }
  });

  it("places everyone in a known unit other than the city itself", () => {
    for (const e of employees) {
      expect(unitsByCode.has(e.unitCode)).toBe(true);
      expect(unitsByCode.get(e.unitCode)?.kind).not.toBe("CITY");
    }
  });

  it("gives every OPD exactly one JPT Pratama head, and JPT only to OPD heads", () => {
    const opds = salatigaUnits.filter((u) => u.kind === "OPD").map((u) => u.code);
    const jpt = employees.filter((e) => e.positionKind.startsWith("JPT_"));
    expect(jpt.every((e) => e.positionKind === "JPT_PRATAMA")).toBe(true);
    expect([...countBy(jpt, (e) => e.unitCode).entries()].sort()).toEqual(opds.map((c) => [c, 1]).sort());
    const heads = new Map(jpt.map((e) => [e.unitCode, e.positionTitle]));
    expect(heads.get("3373.SETDA")).toBe("Sekretaris Daerah");
    expect(heads.get("3373.DISDIK")).toBe("Kepala Dinas Pendidikan");
    expect(heads.get("3373.INSPEKTORAT")).toBe("Inspektur");
  });

  it("heads each kecamatan with a Camat (Administrator) and each kelurahan with a Lurah (Pengawas)", () => {
    for (const u of salatigaUnits.filter((x) => x.kind === "KECAMATAN" || x.kind === "KELURAHAN")) {
      const title = u.kind === "KECAMATAN" ? `Camat ${u.name.slice("Kecamatan ".length)}` : `Lurah ${u.name.slice("Kelurahan ".length)}`;
      const heads = employees.filter((e) => e.unitCode === u.code && e.positionTitle === title);
      expect(heads).toHaveLength(1);
      expect(heads[0]?.positionKind).toBe(u.kind === "KECAMATAN" ? "ADMINISTRATOR" : "PENGAWAS");
    }
  });

  it("never puts a PPPK in a managerial position, and gives PPPK only PPPK golongan V..XI", () => {
    for (const e of employees) {
      const rank = findRank(e.rankCode);
      expect(rank?.employmentType).toBe(e.employmentType);
      if (e.employmentType === "PPPK") {
        expect(isManagerial(e.positionKind)).toBe(false);
        expect(rankOrder(e.rankCode)).toBeGreaterThanOrEqual(5);
        expect(rankOrder(e.rankCode)).toBeLessThanOrEqual(11);
      }
    }
  });

  it("keeps PNS ranks consistent with the position", () => {
    const managerial: Partial<Record<PositionKind, [string, string]>> = {
      JPT_PRATAMA: ["IV/b", "IV/c"],
      ADMINISTRATOR: ["III/d", "IV/b"],
      PENGAWAS: ["III/b", "III/d"],
      PELAKSANA: ["I/c", "III/b"],
    };
    const functional: Partial<Record<FunctionalGrade, [string, string]>> = {
      AHLI_PERTAMA: ["III/a", "III/b"],
      AHLI_MUDA: ["III/c", "III/d"],
      AHLI_MADYA: ["IV/a", "IV/c"],
      PEMULA: ["II/a", "II/a"],
      TERAMPIL: ["II/b", "II/d"],
      MAHIR: ["III/a", "III/b"],
      PENYELIA: ["III/c", "III/c"],
    };
    for (const e of employees.filter((x) => x.employmentType === "PNS")) {
      const range = e.positionKind === "FUNGSIONAL" ? functional[e.functionalGrade ?? "AHLI_UTAMA"] : managerial[e.positionKind];
      if (!range) throw new Error(`no expected range for ${e.positionKind} ${e.functionalGrade ?? ""}`);
      const order = rankOrder(e.rankCode);
      expect(order).toBeGreaterThanOrEqual(rankOrder(range[0]));
      expect(order).toBeLessThanOrEqual(rankOrder(range[1]));
    }
  });

  it("sets a functional grade exactly for functional positions, and names the grade in the title", () => {
    for (const e of employees) {
      if (e.positionKind !== "FUNGSIONAL") expect(e.functionalGrade).toBeNull();
      else expect(e.positionTitle).toMatch(/ (Ahli Pertama|Ahli Muda|Ahli Madya|Pemula|Terampil|Mahir|Penyelia)$/);
    }
  });

  it("titles names consistently with the position", () => {
    for (const e of employees) {
      if (/^Dokter (Ahli|Pemula)/.test(e.positionTitle)) expect(e.name).toMatch(/^dr\. /);
      if (e.positionTitle.startsWith("Dokter Gigi")) expect(e.name).toMatch(/^drg\. /);
      if (e.positionTitle.startsWith("Guru ")) expect(e.name).toMatch(/S\.(Pd|Si)|^Dr[as]\. /);
      if (e.positionTitle.startsWith("Perawat Ahli")) expect(e.name).toMatch(/^Ns\. .*S\.Kep\./);
      if (/^Perawat (Terampil|Mahir|Penyelia|Pemula)/.test(e.positionTitle)) expect(e.name).toMatch(/A\.Md\.Kep\.$/);
      if (e.positionTitle.startsWith("Bidan")) expect(e.gender).toBe("FEMALE");
    }
    expect(employees.filter((e) => e.positionTitle.startsWith("Dokter Ahli")).some((e) => e.unitCode.startsWith("3373.RSUD") && /Sp\./.test(e.name))).toBe(true);
  });

  it("has the expected shape of the workforce", () => {
    const pppk = employees.filter((e) => e.employmentType === "PPPK").length / employees.length;
    expect(pppk).toBeGreaterThan(0.15);
    expect(pppk).toBeLessThan(0.25);
    const kinds = countBy(employees, (e) => e.positionKind);
    expect((kinds.get("FUNGSIONAL") ?? 0) / employees.length).toBeGreaterThan(0.5);
    expect(kinds.get("ADMINISTRATOR")).toBeGreaterThan(29);
    expect(kinds.get("PENGAWAS")).toBeGreaterThan(kinds.get("ADMINISTRATOR") ?? 0);
    expect(kinds.get("PELAKSANA")).toBeGreaterThan(150);
    const pppkFunctional = employees.filter((e) => e.employmentType === "PPPK" && e.positionKind === "FUNGSIONAL");
    const teachersAndNurses = pppkFunctional.filter((e) => /^(Guru|Perawat|Bidan) /.test(e.positionTitle));
    expect(teachersAndNurses.length / pppkFunctional.length).toBeGreaterThan(0.7);
    expect(countBy(employees, (e) => e.gender).get("FEMALE")! / employees.length).toBeGreaterThan(0.4);
  });

  it("makes education, health and the hospital the biggest units and kelurahan offices small", () => {
    const perOpd = [...countBy(employees, (e) => opdOf(e.unitCode)).entries()].sort((a, b) => b[1] - a[1]);
    expect(perOpd.slice(0, 3).map(([code]) => code).sort()).toEqual(["3373.DINKES", "3373.DISDIK", "3373.RSUD"]);
    const perUnit = countBy(employees, (e) => e.unitCode);
    for (const u of salatigaUnits.filter((x) => x.kind === "KELURAHAN")) {
      expect(perUnit.get(u.code)).toBeGreaterThanOrEqual(5);
      expect(perUnit.get(u.code)).toBeLessThanOrEqual(10);
    }
    for (const u of salatigaUnits.filter((x) => x.kind !== "CITY")) expect(perUnit.get(u.code)).toBeGreaterThan(0);
  });

  it("gives about 60% unique salatiga.go.id e-mails and about 70% unique mobile numbers", () => {
    const emails = employees.map((e) => e.email).filter((x): x is string => x !== null);
    const phones = employees.map((e) => e.phone).filter((x): x is string => x !== null);
    expect(emails.length / employees.length).toBeGreaterThan(0.55);
    expect(emails.length / employees.length).toBeLessThan(0.65);
    expect(phones.length / employees.length).toBeGreaterThan(0.65);
    expect(phones.length / employees.length).toBeLessThan(0.75);
    expect(new Set(emails).size).toBe(emails.length);
    expect(new Set(phones).size).toBe(phones.length);
    for (const m of emails) expect(m).toMatch(/^[a-z]+(\.[a-z]+)?\d*@salatiga\.go\.id$/);
    for (const p of phones) expect(p).toMatch(/^08\d{10}$/);
  });
});

describe("DEMO_USERS", () => {
  it("has the admin, the Dinas Kesehatan operator and the analyst", () => {
    expect(DEMO_PASSWORD).toBe("bina-demo");
    expect(DEMO_USERS.map((u) => [u.username, u.role, u.unitCode])).toEqual([
      ["admin", "ADMIN", null],
      ["operator", "UNIT_OPERATOR", "3373.DINKES"],
      ["analyst", "ANALYST", null],
    ]);
    expect(unitsByCode.get("3373.DINKES")?.name).toBe("Dinas Kesehatan");
  });
});

/** Keep the type import used: a SeedEmployee is what validateEmployee takes. */
export type _Check = SeedEmployee extends Parameters<typeof validateEmployee>[0] ? true : never;

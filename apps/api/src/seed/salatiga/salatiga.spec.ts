import { findRank, isManagerial, jakartaDate, parseNip, parsePppkNumber, validateEmployee } from "@bina/domain";
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
/** The employees for which `problem` returns a message, with the message: [] when all pass. */
const problems = (check: (e: SeedEmployee) => string | null | false): string[] =>
  employees.flatMap((e) => {
    const p = check(e);
    return p ? [`${e.nip} ${e.positionTitle}: ${p}`] : [];
  });

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
    const json = (opts?: { seed: number }): string => JSON.stringify(generateEmployees(opts));
    expect(json()).toBe(JSON.stringify(employees));
    expect(json({ seed: 7 })).toBe(json({ seed: 7 }));
    expect(json({ seed: 7 })).not.toBe(JSON.stringify(employees));
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

  it("gives unique NIPs that parse as NIP (PNS) or NI PPPK, with the right gender digit", () => {
    expect(new Set(employees.map((e) => e.nip)).size).toBe(employees.length);
    const bad = problems((e) => {
      if (!/^\d{18}$/.test(e.nip)) return "not 18 digits";
      const parsed = e.employmentType === "PNS" ? parseNip(e.nip) : parsePppkNumber(e.nip);
      if (!parsed.ok) return parsed.error.message;
      if (parsed.value.gender !== e.gender) return `parsed gender ${parsed.value.gender}`;
      return e.nip.charAt(14) !== (e.gender === "MALE" ? "1" : "2") && "gender digit";
    });
    expect(bad).toEqual([]);
  });

  it("passes validateEmployee for every employee", () => {
    const failures = employees.flatMap((e) => {
      const v = validateEmployee(e, jakartaDate(Date.now()));
      return v.ok ? [] : [`${e.nip}: ${v.error.map((x) => x.code).join(", ")}`];
    });
    expect(failures).toEqual([]);
  });

  it("keeps birth and appointment dates plausible", () => {
    const bad = problems((e) => {
      const birthYear = Number(e.nip.slice(0, 4));
      const year = Number(e.nip.slice(8, 12));
      const age = 2026 - birthYear;
      if (age < 21 || age > 58) return `age ${age} in 2026`;
      if (year - birthYear < 19) return `appointed at ${year - birthYear}`;
      if (e.employmentType === "PNS") return (year > 2025 || year - birthYear > 35) && `CPNS in ${year} at ${year - birthYear}`;
      if (year < 2019 || year > 2025) return `PPPK appointed in ${year}`;
      return !["01", "02"].includes(e.nip.slice(12, 14)) && `contracts ${e.nip.slice(12, 14)}`;
    });
    expect(bad).toEqual([]);
  });

  it("places everyone in a known unit other than the city itself", () => {
    expect(problems((e) => (unitsByCode.get(e.unitCode)?.kind ?? "CITY") === "CITY" && `unit ${e.unitCode}`)).toEqual([]);
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
    const bad = problems((e) => {
      if (findRank(e.rankCode)?.employmentType !== e.employmentType) return `rank ${e.rankCode}`;
      if (e.employmentType === "PNS") return null;
      if (isManagerial(e.positionKind)) return "managerial PPPK";
      return (rankOrder(e.rankCode) < 5 || rankOrder(e.rankCode) > 11) && `PPPK golongan ${e.rankCode}`;
    });
    expect(bad).toEqual([]);
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
    const bad = problems((e) => {
      if (e.employmentType !== "PNS") return null;
      const range = e.positionKind === "FUNGSIONAL" ? functional[e.functionalGrade ?? "AHLI_UTAMA"] : managerial[e.positionKind];
      if (!range) return `no expected range for ${e.positionKind} ${e.functionalGrade ?? ""}`;
      const order = rankOrder(e.rankCode);
      return (order < rankOrder(range[0]) || order > rankOrder(range[1])) && `rank ${e.rankCode} outside ${range.join("..")}`;
    });
    expect(bad).toEqual([]);
  });

  it("sets a functional grade exactly for functional positions, and names the grade in the title", () => {
    const bad = problems((e) =>
      e.positionKind !== "FUNGSIONAL"
        ? e.functionalGrade !== null && "grade outside a functional position"
        : !/ (Ahli Pertama|Ahli Muda|Ahli Madya|Pemula|Terampil|Mahir|Penyelia)$/.test(e.positionTitle) && "no grade in title",
    );
    expect(bad).toEqual([]);
  });

  it("titles names consistently with the position", () => {
    const expected: readonly (readonly [RegExp, RegExp])[] = [
      [/^Dokter Ahli/, /^dr\. /],
      [/^Dokter Gigi/, /^drg\. /],
      [/^Guru /, /S\.(Pd|Si)|^Dr[as]\. /],
      [/^Perawat Ahli/, /^Ns\. .*S\.Kep\./],
      [/^Perawat (Pemula|Terampil|Mahir|Penyelia)/, /A\.Md\.Kep\.$/],
      [/^Bidan (Pemula|Terampil|Mahir|Penyelia)/, /A\.Md\.Keb\.$/],
      [/^Apoteker/, /^apt\. .*S\.Farm\./],
    ];
    const bad = problems((e) => {
      if (e.positionTitle.startsWith("Bidan") && e.gender !== "FEMALE") return "male midwife";
      const rule = expected.find(([title]) => title.test(e.positionTitle));
      return rule !== undefined && !rule[1].test(e.name) && `name ${e.name}`;
    });
    expect(bad).toEqual([]);
    const specialists = employees.filter((e) => e.unitCode.startsWith("3373.RSUD") && /^dr\. .*, Sp\./.test(e.name));
    expect(specialists.length).toBeGreaterThan(10);
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
    expect(emails.filter((m) => !/^[a-z]+(\.[a-z]+)?\d*@salatiga\.go\.id$/.test(m))).toEqual([]);
    expect(phones.filter((p) => !/^08\d{10}$/.test(p))).toEqual([]);
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

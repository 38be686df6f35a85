import { FUNCTIONAL_GRADES, POSITION_KINDS } from "../organization/positions.js";
import { COMPETENCY_KINDS } from "./competency-kinds.js";
import { isCompetencyLevel } from "./competency-levels.js";
import { competencyRules } from "./competency-rules.js";
import { defaultStandardLevel } from "./standard-level.js";

describe("defaultStandardLevel", () => {
  it.each([
    ["JPT_UTAMA", null, 5],
    ["JPT_MADYA", null, 5],
    ["JPT_PRATAMA", null, 4],
    ["ADMINISTRATOR", null, 3],
    ["PENGAWAS", null, 2],
    ["PELAKSANA", null, 1],
    ["FUNGSIONAL", "AHLI_PERTAMA", 1],
    ["FUNGSIONAL", "AHLI_MUDA", 2],
    ["FUNGSIONAL", "AHLI_MADYA", 3],
    ["FUNGSIONAL", "AHLI_UTAMA", 4],
    ["FUNGSIONAL", "PEMULA", 1],
    ["FUNGSIONAL", "PENYELIA", 1],
    ["FUNGSIONAL", null, null],
    ["PENGAWAS", "AHLI_UTAMA", 2],
  ] as const)("managerial standard of %s (%s) is %p", (position, grade, level) => {
    expect(defaultStandardLevel("MANAGERIAL", position, grade)).toBe(level);
  });

  it("gives the socio-cultural competency the managerial level by default", () => {
    for (const position of POSITION_KINDS) {
      for (const grade of [null, ...FUNCTIONAL_GRADES]) {
        expect(defaultStandardLevel("SOCIO_CULTURAL", position, grade)).toBe(defaultStandardLevel("MANAGERIAL", position, grade));
      }
    }
  });

  it("leaves technical standards to the city", () => {
    expect(defaultStandardLevel("TECHNICAL", "ADMINISTRATOR", null)).toBeNull();
  });

  it("always returns a level 1..5 for a non-technical competency of a position with its grade", () => {
    for (const kind of COMPETENCY_KINDS.filter((k) => k !== "TECHNICAL")) {
      for (const position of POSITION_KINDS) {
        const grades = position === "FUNGSIONAL" ? FUNCTIONAL_GRADES : [null];
        for (const grade of grades) expect(isCompetencyLevel(defaultStandardLevel(kind, position, grade))).toBe(true);
      }
    }
  });

  it.each([
    ["an unknown kind", "SOFT", "PELAKSANA", null],
    ["an unknown position kind", "MANAGERIAL", "ESELON_III", null],
    ["an unknown grade", "MANAGERIAL", "FUNGSIONAL", "AHLI_SENIOR"],
  ])("throws a RangeError on %s instead of giving undefined", (_, kind, position, grade) => {
    expect(() => defaultStandardLevel(kind as never, position as never, grade as never)).toThrow(RangeError);
  });

  it("takes a city's own rules", () => {
    const rules = {
      ...competencyRules,
      socioCulturalStandardByPosition: { ...competencyRules.socioCulturalStandardByPosition, PELAKSANA: 2 as const },
    };
    expect(defaultStandardLevel("SOCIO_CULTURAL", "PELAKSANA", null, rules)).toBe(2);
    expect(defaultStandardLevel("MANAGERIAL", "PELAKSANA", null, rules)).toBe(1);
  });
});

import { salatigaUnits } from "../salatiga";
import { CENTRAL_JAVA, cityCountFor, cityUnitCode, cityUnits, employeesPerCity } from "./province";

describe("the province of the scale data", () => {
  it("adds a city per 2,000 employees, up to Central Java's 35", () => {
    expect(CENTRAL_JAVA).toHaveLength(35);
    expect(new Set(CENTRAL_JAVA.map(([code]) => code)).size).toBe(35);
    expect([1, 2000, 2001, 3000, 100_000, 1_000_000].map(cityCountFor)).toEqual([1, 1, 2, 2, 35, 35]);
  });

  it("shares the employees out over the cities, the first ones taking the remainder", () => {
    expect(employeesPerCity(3000, 2)).toEqual([1500, 1500]);
    expect(employeesPerCity(100_000, 35).reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(employeesPerCity(7, 3)).toEqual([3, 2, 2]);
  });

  it("moves Salatiga's unit tree under another city's codes, parents first", () => {
    expect(cityUnitCode("3374", "3373")).toBe("3374");
    expect(cityUnitCode("3374", "3373.DINKES")).toBe("3374.DINKES");
    expect(cityUnitCode("3374", "337301")).toBe("337401");
    const units = cityUnits("3374", "Kota Semarang");
    expect(units).toHaveLength(salatigaUnits.length);
    expect(units[0]).toEqual({ code: "3374", name: "Pemerintah Kota Semarang", kind: "CITY", parentCode: null });
    const seen = new Set<string>();
    for (const u of units) {
      if (u.parentCode !== null) expect(seen.has(u.parentCode)).toBe(true);
      expect(u.code.startsWith("3374")).toBe(true);
      seen.add(u.code);
    }
    expect(seen.size).toBe(units.length);
  });
});

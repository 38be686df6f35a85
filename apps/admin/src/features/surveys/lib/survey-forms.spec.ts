import { skmSampleSize } from "@bina/domain";
import { checkPeriod, checkServiceUnit, requiredSamplePreview, serviceUnitInput, suggestCode } from "./survey-forms";

const keyOf = (p: unknown) => (p && typeof p === "object" && "key" in p ? (p as { key: string }).key : null);

describe("service unit form", () => {
  const good = { code: "pkm-tingkir", name: "UPTD Puskesmas Tingkir", kind: "HEALTH_CENTRE" as const, unitId: "u1", yearlyUsers: 12_000 };

  it("accepts a complete service unit", () => {
    expect(checkServiceUnit(good)).toEqual({});
  });

  it("needs every field", () => {
    expect(Object.keys(checkServiceUnit({})).sort()).toEqual(["code", "kind", "name", "unitId", "yearlyUsers"]);
  });

  it("refuses a code outside the URL slug pattern, a one-letter name, yearly users out of range or fractional", () => {
    const p = checkServiceUnit({ ...good, code: "PKM Tingkir", name: "X", yearlyUsers: 0 });
    expect([keyOf(p.code), keyOf(p.name), keyOf(p.yearlyUsers)]).toEqual(["surveys.form.code", "surveys.form.name", "surveys.form.yearlyUsers"]);
    expect(keyOf(checkServiceUnit({ ...good, code: "-x" }).code)).toBe("surveys.form.code");
    expect(keyOf(checkServiceUnit({ ...good, yearlyUsers: 10.5 }).yearlyUsers)).toBe("surveys.form.yearlyUsers");
    expect(keyOf(checkServiceUnit({ ...good, yearlyUsers: 100_000_001 }).yearlyUsers)).toBe("surveys.form.yearlyUsers");
  });

  it("previews the required sample with the domain's Krejcie-Morgan, nothing while invalid", () => {
    expect(requiredSamplePreview(60_000)).toBe(skmSampleSize(60_000));
    expect(requiredSamplePreview(60_000)).toBe(382);
    expect(requiredSamplePreview(100)).toBe(80);
    expect(requiredSamplePreview(0)).toBeNull();
    expect(requiredSamplePreview(null)).toBeNull();
  });

  it("trims the input and keeps the unit active by default", () => {
    expect(serviceUnitInput({ ...good, code: " pkm-tingkir ", name: " UPTD Puskesmas Tingkir " })).toEqual({ ...good, active: true });
  });

  it("suggests a code from a name", () => {
    expect(suggestCode("UPTD Puskesmas Tingkir")).toBe("uptd-puskesmas-tingkir");
    expect(suggestCode("Kantor Kelurahan Kutowinangun Lor (Pelayanan)")).toBe("kantor-kelurahan-kutowinangun-lor-pelaya");
    expect(suggestCode("!")).toBe("");
  });
});

describe("survey period form", () => {
  it("needs a year 2000..2100 and a half 1 or 2", () => {
    expect(checkPeriod({ year: 2027, half: 1 })).toEqual({});
    expect(Object.keys(checkPeriod({})).sort()).toEqual(["half", "year"]);
    expect(keyOf(checkPeriod({ year: 1999, half: 2 }).year)).toBe("surveys.form.year");
    expect(Object.keys(checkPeriod({ year: 2027, half: 3 }))).toEqual(["half"]);
  });
});

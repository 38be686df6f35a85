import { isManagerial } from "./positions.js";
import { findRank, normalizeRankCode, PNS_RANKS, PPPK_RANKS, rankLabel, RANKS } from "./ranks.js";

describe("ranks", () => {
  it("has 17 PNS ranks (I/a..IV/e) and 17 PPPK golongan (I..XVII), each code unique", () => {
    expect(PNS_RANKS.map((r) => r.code)).toHaveLength(17);
    expect(PPPK_RANKS.map((r) => r.code)).toEqual(expect.arrayContaining(["I", "IX", "XVII"]));
    expect(PPPK_RANKS).toHaveLength(17);
    expect(new Set(RANKS.map((r) => `${r.employmentType}:${r.code}`)).size).toBe(34);
  });

  it.each([
    ["III/a", "III/a", "PNS"],
    [" iii/A ", "III/a", "PNS"],
    ["IV / e", "IV/e", "PNS"],
    ["ix", "IX", "PPPK"],
    ["XVII", "XVII", "PPPK"],
  ])("finds %j as %s (%s)", (input, code, employmentType) => {
    expect(findRank(input)).toMatchObject({ code, employmentType });
  });

  it.each(["", "III/f", "V/a", "XVIII", "Penata Muda", "3a"])("does not find %j", (input) => {
    expect(findRank(input)).toBeUndefined();
  });

  it("reads a bare roman numeral as the PPPK golongan", () => {
    expect(findRank("III")).toMatchObject({ code: "III", employmentType: "PPPK" });
  });

  it.each([
    ["iii/a", "III/a"],
    ["x", "X"],
    ["Golongan IX", "Golongan IX"],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalizeRankCode(input)).toBe(expected);
  });

  it.each([
    ["III/a", "III/a – Penata Muda"],
    ["IV/e", "IV/e – Pembina Utama"],
    ["I/b", "I/b – Juru Muda Tingkat I"],
    ["IX", "Golongan IX"],
  ])("labels %s as %j", (code, label) => {
    const rank = findRank(code);
    expect(rank && rankLabel(rank)).toBe(label);
  });

  it("rankLabel throws a RangeError on what findRank gives for an unknown code, and findRank answers undefined for a non-string", () => {
    expect(() => rankLabel(findRank("III/f") as never)).toThrow(RangeError);
    expect(findRank(3 as unknown as string)).toBeUndefined();
    expect(() => normalizeRankCode(3 as unknown as string)).toThrow(RangeError);
  });

  it("orders each ladder from 1 upwards", () => {
    expect(PNS_RANKS.map((r) => r.order)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(PPPK_RANKS.map((r) => r.order)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });
});

describe("isManagerial", () => {
  it("answers for the known kinds and throws a RangeError on an unknown one", () => {
    expect(isManagerial("PENGAWAS")).toBe(true);
    expect(isManagerial("FUNGSIONAL")).toBe(false);
    expect(() => isManagerial("ESELON_III" as never)).toThrow(RangeError);
  });
});

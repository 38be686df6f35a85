import fc from "fast-check";
import type { EmploymentType } from "../organization/employment-type.js";
import { JP_LEDGER_RULES, jpEarlyWarning, jpLedger, type JpLedgerEntry } from "./jp-ledger.js";

const verified = (jp: number): JpLedgerEntry => ({ jp, verified: true });
const pending = (jp: number): JpLedgerEntry => ({ jp, verified: false });

describe("jpLedger", () => {
  it("has the law's figures: PNS at least 20 JP, PPPK at most 24 JP", () => {
    expect(JP_LEDGER_RULES).toEqual({ pnsMinimumJp: 20, pppkMaximumJp: 24 });
  });

  it.each([
    [[], { earnedJp: 0, pendingJp: 0, countedJp: 0, shortfallJp: 20, status: "SHORT" }],
    [[verified(19.99)], { earnedJp: 19.99, pendingJp: 0, countedJp: 19.99, shortfallJp: 0.01, status: "SHORT" }],
    [[verified(20)], { earnedJp: 20, pendingJp: 0, countedJp: 20, shortfallJp: 0, status: "MET" }],
    [[verified(12), verified(8)], { earnedJp: 20, pendingJp: 0, countedJp: 20, shortfallJp: 0, status: "MET" }],
    [[verified(24.01)], { earnedJp: 24.01, pendingJp: 0, countedJp: 24.01, shortfallJp: 0, status: "MET" }],
    [[verified(908)], { earnedJp: 908, pendingJp: 0, countedJp: 908, shortfallJp: 0, status: "MET" }],
    [[verified(10), pending(10)], { earnedJp: 10, pendingJp: 10, countedJp: 10, shortfallJp: 10, status: "SHORT" }],
    [[verified(0.1), verified(0.2), verified(19.7)], { earnedJp: 20, pendingJp: 0, countedJp: 20, shortfallJp: 0, status: "MET" }],
  ] as const)("PNS %j", (entries, expected) => {
    expect(jpLedger({ employeeType: "PNS", entries })).toEqual({ ...expected, requiredJp: 20, capJp: null });
  });

  it.each([
    [[], { earnedJp: 0, pendingJp: 0, countedJp: 0, status: "MET" }],
    [[verified(19.99)], { earnedJp: 19.99, pendingJp: 0, countedJp: 19.99, status: "MET" }],
    [[verified(20)], { earnedJp: 20, pendingJp: 0, countedJp: 20, status: "MET" }],
    [[verified(24)], { earnedJp: 24, pendingJp: 0, countedJp: 24, status: "MET" }],
    [[verified(24.01)], { earnedJp: 24.01, pendingJp: 0, countedJp: 24, status: "OVER_CAP" }],
    [[verified(16), verified(16)], { earnedJp: 32, pendingJp: 0, countedJp: 24, status: "OVER_CAP" }],
    [[verified(20), pending(10)], { earnedJp: 20, pendingJp: 10, countedJp: 20, status: "MET" }],
  ] as const)("PPPK %j", (entries, expected) => {
    expect(jpLedger({ employeeType: "PPPK", entries })).toEqual({ ...expected, requiredJp: 0, capJp: 24, shortfallJp: 0 });
  });

  it("takes other figures", () => {
    expect(jpLedger({ employeeType: "PNS", entries: [verified(20)] }, { pnsMinimumJp: 40, pppkMaximumJp: 24 })).toMatchObject({ status: "SHORT", shortfallJp: 20, requiredJp: 40 });
    expect(jpLedger({ employeeType: "PPPK", entries: [verified(30)] }, { pnsMinimumJp: 20, pppkMaximumJp: 36 })).toMatchObject({ status: "MET", capJp: 36, countedJp: 30 });
  });

  it("throws a RangeError on a bad entry or an unknown type", () => {
    expect(() => jpLedger({ employeeType: "PNS", entries: [verified(-1)] })).toThrow(RangeError);
    expect(() => jpLedger({ employeeType: "PNS", entries: [verified(Number.NaN)] })).toThrow(RangeError);
    expect(() => jpLedger({ employeeType: "HONORER" as EmploymentType, entries: [] })).toThrow(RangeError);
  });

  const hundredthsJp = fc.integer({ min: 0, max: 100_000 }).map((h) => h / 100);
  const entries = fc.array(fc.record({ jp: hundredthsJp, verified: fc.boolean() }), { maxLength: 40 });

  it("earned + pending = Σ jp, to the hundredth (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom<EmploymentType>("PNS", "PPPK"), entries, (employeeType, list) => {
        const ledger = jpLedger({ employeeType, entries: list });
        const sumH = list.reduce((s, e) => s + Math.round(e.jp * 100), 0);
        expect(Math.round(ledger.earnedJp * 100) + Math.round(ledger.pendingJp * 100)).toBe(sumH);
        expect(Math.round(ledger.earnedJp * 100)).toBe(list.filter((e) => e.verified).reduce((s, e) => s + Math.round(e.jp * 100), 0));
        // sums are exact hundredths, printed with at most 2 decimals
        expect(String(ledger.earnedJp)).toMatch(/^\d+(\.\d{1,2})?$/);
        expect(String(ledger.pendingJp)).toMatch(/^\d+(\.\d{1,2})?$/);
      }),
    );
  });

  it("a PNS's status and shortfall agree, and a PPPK's counted JP never exceeds the cap (property)", () => {
    fc.assert(
      fc.property(entries, (list) => {
        const pns = jpLedger({ employeeType: "PNS", entries: list });
        expect(pns.status === "MET").toBe(pns.shortfallJp === 0);
        expect(Math.round((pns.countedJp + pns.shortfallJp) * 100)).toBe(Math.max(2000, Math.round(pns.earnedJp * 100)));
        const pppk = jpLedger({ employeeType: "PPPK", entries: list });
        expect(pppk.countedJp).toBeLessThanOrEqual(24);
        expect(pppk.status === "OVER_CAP").toBe(pppk.earnedJp > 24);
      }),
    );
  });
});

describe("jpEarlyWarning", () => {
  const pnsLedger = (earned: number, pend = 0) => jpLedger({ employeeType: "PNS", entries: [verified(earned), pending(pend)] });

  it.each([
    ["MET once earned reaches 20", pnsLedger(20), "2026-03-01", 0, "MET"],
    ["MET even after the year", pnsLedger(24), "2027-01-05", 0, "MET"],
    ["MISSED after 31 December when short", pnsLedger(19.99, 5), "2027-01-01", 10, "MISSED"],
    ["not MISSED on 31 December", pnsLedger(10), "2026-12-31", 10, "ON_TRACK"],
    ["AT_RISK when earned + pending + planned < 20", pnsLedger(10, 4), "2026-06-01", 5.99, "AT_RISK"],
    ["ON_TRACK when earned + pending + planned reach 20 exactly", pnsLedger(10, 4), "2026-06-01", 6, "ON_TRACK"],
    ["AT_RISK with nothing at all", pnsLedger(0), "2026-01-02", 0, "AT_RISK"],
    ["ON_TRACK on planned JP alone", pnsLedger(0), "2026-01-02", 32, "ON_TRACK"],
    ["AT_RISK late in the year with 19.99 in sight", pnsLedger(15, 2), "2026-12-30", 2.99, "AT_RISK"],
  ] as const)("%s", (_, ledger, date, plannedJp, expected) => {
    expect(jpEarlyWarning({ ledger, year: 2026, date, plannedJp })).toBe(expected);
  });

  it("is MET for a PPPK (no floor)", () => {
    expect(jpEarlyWarning({ ledger: jpLedger({ employeeType: "PPPK", entries: [] }), year: 2026, date: "2026-12-31", plannedJp: 0 })).toBe("MET");
  });

  it("throws a RangeError on a bad date, year or planned JP", () => {
    const ledger = pnsLedger(0);
    expect(() => jpEarlyWarning({ ledger, year: 2026, date: "2026-02-30", plannedJp: 0 })).toThrow(RangeError);
    expect(() => jpEarlyWarning({ ledger, year: 2026.5, date: "2026-02-03", plannedJp: 0 })).toThrow(RangeError);
    expect(() => jpEarlyWarning({ ledger, year: 2026, date: "2026-02-03", plannedJp: -1 })).toThrow(RangeError);
  });

  it("never warns AT_RISK when the year can still be met, nor ON_TRACK when it cannot (property)", () => {
    fc.assert(
      fc.property(fc.nat(3000), fc.nat(3000), fc.nat(3000), fc.integer({ min: 1, max: 365 }), (e, p, q, dayOfYear) => {
        const ledger = { earnedJp: e / 100, pendingJp: p / 100, requiredJp: 20 };
        const month = Math.min(12, Math.ceil(dayOfYear / 31));
        const date = `2026-${String(month).padStart(2, "0")}-15`;
        const warning = jpEarlyWarning({ ledger, year: 2026, date, plannedJp: q / 100 });
        if (e >= 2000) expect(warning).toBe("MET");
        else expect(warning).toBe(e + p + q < 2000 ? "AT_RISK" : "ON_TRACK");
      }),
    );
  });
});

import { SPEAKER_FEE_RULES, SPEAKER_LEVELS, checkSessionFee, feeCeiling, type SpeakerLevel } from "./fees.js";

describe("speaker fee ceilings (PMK 49/2023)", () => {
  it.each([
    ["MINISTER", 1_700_000],
    ["ESELON_I", 1_400_000],
    ["ESELON_II", 1_000_000],
    ["ESELON_III_BELOW", 900_000],
  ] as const)("a %s speaker: Rp%i per 60-minute hour", (level, perHour) => {
    expect(SPEAKER_FEE_RULES.speakerPerHour[level]).toBe(perHour);
    expect(feeCeiling({ role: "SPEAKER", level, minutes: 60 })).toBe(perHour);
    expect(feeCeiling({ role: "SPEAKER", level, minutes: 120 })).toBe(2 * perHour);
    expect(feeCeiling({ role: "SPEAKER", level, minutes: 90 })).toBe(1.5 * perHour);
    expect(feeCeiling({ role: "SPEAKER", level, minutes: 0 })).toBe(0);
    expect(checkSessionFee({ role: "SPEAKER", level, minutes: 120, fee: 2 * perHour })).toEqual({ ok: true, value: { ceiling: 2 * perHour, standard: "PMK_49_2023" } });
    expect(checkSessionFee({ role: "SPEAKER", level, minutes: 120, fee: 2 * perHour + 1 })).toEqual({
      ok: false,
      error: { code: "FEE_ABOVE_CEILING", field: "fee", reason: "PMK_49_2023", message: expect.stringContaining("PMK_49_2023") },
    });
  });

  it("pays a speaker by the 60-minute hour, not the 45-minute JP, rounding the ceiling down", () => {
    expect(feeCeiling({ role: "SPEAKER", level: "ESELON_III_BELOW", minutes: 45 })).toBe(675_000);
    expect(feeCeiling({ role: "SPEAKER", level: "ESELON_II", minutes: 50 })).toBe(833_333);
  });

  it("a moderator: Rp700,000 per session, whatever its length", () => {
    expect(feeCeiling({ role: "MODERATOR", minutes: 30 })).toBe(700_000);
    expect(feeCeiling({ role: "MODERATOR", minutes: 240, level: "MINISTER" })).toBe(700_000);
    expect(checkSessionFee({ role: "MODERATOR", fee: 700_000 })).toMatchObject({ ok: true, value: { ceiling: 700_000 } });
    expect(checkSessionFee({ role: "MODERATOR", fee: 700_001 })).toMatchObject({ ok: false, error: { code: "FEE_ABOVE_CEILING", field: "fee", reason: "PMK_49_2023" } });
  });

  it("a teacher inside a course: per JP (Rp300,000 by default, unverified), to the hundredth of a JP", () => {
    expect(SPEAKER_FEE_RULES.teacherPerJp).toBe(300_000);
    expect(feeCeiling({ role: "TEACHER", jp: 2 })).toBe(600_000);
    expect(feeCeiling({ role: "TEACHER", jp: 1.5 })).toBe(450_000);
    expect(feeCeiling({ role: "TEACHER", jp: 0.29 })).toBe(87_000);
    expect(checkSessionFee({ role: "TEACHER", jp: 4, fee: 1_200_000 })).toEqual({ ok: true, value: { ceiling: 1_200_000, standard: "TEACHER_PER_JP_UNVERIFIED" } });
    expect(checkSessionFee({ role: "TEACHER", jp: 4, fee: 1_200_001 })).toMatchObject({
      ok: false,
      error: { code: "FEE_ABOVE_CEILING", field: "fee", reason: "TEACHER_PER_JP_UNVERIFIED" },
    });
  });

  it("takes other ceilings and standards", () => {
    const rules = { ...SPEAKER_FEE_RULES, moderatorPerSession: 500_000, standards: { ...SPEAKER_FEE_RULES.standards, MODERATOR: "PERWALI_SALATIGA" } };
    expect(checkSessionFee({ role: "MODERATOR", fee: 600_000 }, rules)).toMatchObject({ ok: false, error: { reason: "PERWALI_SALATIGA" } });
  });

  it.each([
    [{ role: "MODERATOR", fee: -1 }, "INVALID_AMOUNT", "fee"],
    [{ role: "MODERATOR", fee: 100.5 }, "INVALID_AMOUNT", "fee"],
    [{ role: "MODERATOR", fee: Number.NaN }, "INVALID_AMOUNT", "fee"],
    [{ role: "TEACHER", fee: 100 }, "INVALID_JP", "jp"],
    [{ role: "TEACHER", jp: -1, fee: 100 }, "INVALID_JP", "jp"],
    [{ role: "TEACHER", jp: Number.POSITIVE_INFINITY, fee: 100 }, "INVALID_JP", "jp"],
  ] as const)("refuses %j as %s on %s", (input, code, field) => {
    expect(checkSessionFee(input)).toMatchObject({ ok: false, error: { code, field } });
  });

  it("throws a RangeError for an unknown role or level, or bad minutes (programmer errors)", () => {
    expect(() => feeCeiling({ role: "SPEAKER", level: "CAMAT" as SpeakerLevel, minutes: 60 })).toThrow(RangeError);
    expect(() => feeCeiling({ role: "SPEAKER", level: null, minutes: 60 })).toThrow(RangeError);
    expect(() => feeCeiling({ role: "SPEAKER", level: "ESELON_II", minutes: 1.5 })).toThrow(RangeError);
    expect(() => feeCeiling({ role: "SPEAKER", level: "ESELON_II" })).toThrow(RangeError);
    expect(() => feeCeiling({ role: "HOST" as "SPEAKER" })).toThrow(RangeError);
    expect(() => checkSessionFee({ role: "HOST" as "SPEAKER", fee: 1 })).toThrow(RangeError);
  });

  it("orders the levels from the highest ceiling down", () => {
    const ceilings = SPEAKER_LEVELS.map((level) => SPEAKER_FEE_RULES.speakerPerHour[level]);
    expect(ceilings).toEqual([...ceilings].sort((a, b) => b - a));
  });
});

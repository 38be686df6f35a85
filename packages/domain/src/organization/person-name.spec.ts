import { parsePersonName, type PersonNameInvalidReason } from "./person-name.js";

describe("parsePersonName", () => {
  it.each([
    ["Budi Santoso", "Budi Santoso"],
    ["  Budi   Santoso ", "Budi Santoso"],
    ["Dr. Hj. Siti Nur'aini, S.Kep., M.Kes.", "Dr. Hj. Siti Nur'aini, S.Kep., M.Kes."],
    ["Ir. R. Bambang Soe-harto, M.T.", "Ir. R. Bambang Soe-harto, M.T."],
    ["Ma’ruf", "Ma’ruf"],
    ["Andrés", "Andrés"],
    ["Yo", "Yo"],
  ])("accepts %j as %j", (input, expected) => {
    expect(parsePersonName(input)).toEqual({ ok: true, value: expected });
  });

  it("normalises to NFC", () => {
    expect(parsePersonName("Andre\u0301s")).toEqual({ ok: true, value: "Andrés" });
  });

  it.each<readonly [string, PersonNameInvalidReason]>([
    ["", "EMPTY"],
    ["   ", "EMPTY"],
    ["B", "TOO_SHORT"],
    ["A".repeat(101), "TOO_LONG"],
    ["Budi 2", "INVALID_CHARACTERS"],
    ["Budi <script>", "INVALID_CHARACTERS"],
    ["Budi_Santoso", "INVALID_CHARACTERS"],
    ["., -", "INVALID_CHARACTERS"],
  ])("rejects %j as %s", (input, reason) => {
    expect(parsePersonName(input)).toMatchObject({ ok: false, error: { code: "INVALID_NAME", field: "name", reason } });
  });

  it("counts code points, not UTF-16 units", () => {
    const letter = "\u{1D400}"; // MATHEMATICAL BOLD CAPITAL A: one letter, two UTF-16 units
    expect(parsePersonName(letter.repeat(100)).ok).toBe(true);
    expect(parsePersonName(letter.repeat(101))).toMatchObject({ ok: false, error: { reason: "TOO_LONG" } });
  });
});

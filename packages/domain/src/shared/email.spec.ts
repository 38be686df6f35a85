import { parseEmail } from "./email.js";

describe("parseEmail", () => {
  it.each([
    ["budi@salatiga.go.id", "budi@salatiga.go.id"],
    ["  Budi.Santoso@Salatiga.go.id ", "budi.santoso@salatiga.go.id"],
    ["siti+diklat@gmail.com", "siti+diklat@gmail.com"],
    ["a_b@bkpsdm.salatiga.go.id", "a_b@bkpsdm.salatiga.go.id"],
  ])("accepts %j as %j", (input, expected) => {
    expect(parseEmail(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    "",
    "budi",
    "budi@",
    "@salatiga.go.id",
    "budi@localhost",
    "budi@@salatiga.go.id",
    "budi santoso@salatiga.go.id",
    "budi@-salatiga.go.id",
    "budi@salatiga..go.id",
    `${"a".repeat(250)}@x.id`,
  ])("rejects %j", (input) => {
    expect(parseEmail(input)).toMatchObject({ ok: false, error: { code: "INVALID_EMAIL", field: "email" } });
  });
});

import { parsePhone } from "./phone.js";

describe("parsePhone", () => {
  it.each([
    ["081234567890", "+6281234567890"],
    ["0812-3456-7890", "+6281234567890"],
    ["+62 812 3456 7890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["(0298) 321234", "+62298321234"],
    ["0298.321.234", "+62298321234"],
    ["029832123", "+6229832123"],
  ])("accepts %j as %j", (input, expected) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["empty", ""],
    ["letters", "0812-CALL-ME"],
    ["no prefix", "81234567890"],
    ["+62 followed by 0", "+62081234567890"],
    ["8 digits in the 0 form", "02983212"],
    ["15 digits in the 0 form", "081234567890123"],
    ["another country", "+6512345678"],
    ["a plus in the middle", "0812+34567890"],
  ])("rejects %s (%j)", (_, input) => {
    expect(parsePhone(input)).toMatchObject({ ok: false, error: { code: "INVALID_PHONE", field: "phone" } });
  });
});

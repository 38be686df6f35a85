import { createHmac } from "node:crypto";
import { createEvaluationTokens } from "../src/modules/evaluation/evaluation-token";

const SECRET = "unit-secret-unit-secret-unit-secret";
const ID = "3f2a9c4e-8b1d-4e6f-a2c3-5d7e9f0a1b2c";

describe("evaluation link tokens", () => {
  const tokens = createEvaluationTokens(SECRET);

  it("are base64url(id) '.' base64url(first 16 bytes of HMAC-SHA256(secret, 'evaluation:' + id))", () => {
    const mac = createHmac("sha256", SECRET).update(`evaluation:${ID}`).digest().subarray(0, 16).toString("base64url");
    const id = Buffer.from(ID.replace(/-/g, ""), "hex").toString("base64url");
    expect(tokens.issue(ID)).toBe(`${id}.${mac}`);
    expect(tokens.verify(`${id}.${mac}`)).toBe(ID);
  });

  it("refuses a changed id, a changed MAC, another secret's token, and malformed text", () => {
    const token = tokens.issue(ID);
    const [id, mac] = token.split(".") as [string, string];
    const otherId = tokens.issue("3f2a9c4e-8b1d-4e6f-a2c3-5d7e9f0a1b2d").split(".")[0]!;
    expect(tokens.verify(`${otherId}.${mac}`)).toBeNull();
    expect(tokens.verify(`${id}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(tokens.verify(createEvaluationTokens(`${SECRET}x`).issue(ID))).toBeNull();
    for (const bad of ["", ".", token + "=", `${id}.${mac}.x`, `${id}${mac}`, "a".repeat(45), `${id}.${mac}`.replace(/./, "+")]) expect(tokens.verify(bad)).toBeNull();
  });

  it("accepts only the canonical spelling of the bytes", () => {
    const [id, mac] = tokens.issue(ID).split(".") as [string, string];
    // The last character of 22 base64url characters carries 2 unused bits: a sibling decodes to the same bytes.
    const last = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const sibling = last[last.indexOf(mac.at(-1)!) ^ 1]!;
    expect(Buffer.from(`${mac.slice(0, -1)}${sibling}`, "base64url")).toEqual(Buffer.from(mac, "base64url"));
    expect(tokens.verify(`${id}.${mac.slice(0, -1)}${sibling}`)).toBeNull();
  });

  it("refuses to issue for something that is not a UUID", () => {
    expect(() => tokens.issue("not-a-uuid")).toThrow(RangeError);
  });
});

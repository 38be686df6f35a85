import { createTokenService } from "../src/modules/auth/token";

/** Verified tokens are remembered (issue 7: per-request cost), without remembering past their expiry or trusting look-alikes. */
const user = { id: "6f1c1a52-0a0f-4d5e-9b8a-6c1f7e2d3a4b", username: "admin", role: "ADMIN", unitId: null, tokenVersion: 3 };

afterEach(() => jest.useRealTimers());

it("answers a token verified before with the same claims, and refuses it once expired", () => {
  jest.useFakeTimers({ now: new Date("2026-11-30T10:00:00Z") });
  const tokens = createTokenService("x".repeat(40), 60);
  const { token } = tokens.sign(user);
  expect(tokens.verify(token)).toEqual({ claims: { userId: user.id, version: 3 } });
  expect(tokens.verify(token)).toEqual({ claims: { userId: user.id, version: 3 } });
  jest.setSystemTime(new Date("2026-11-30T10:00:59Z"));
  expect(tokens.verify(token)).toEqual({ claims: { userId: user.id, version: 3 } });
  jest.setSystemTime(new Date("2026-11-30T10:01:00Z"));
  expect(tokens.verify(token)).toEqual({ error: "The access token has expired; log in again" });
});

it("still refuses a tampered token or another key's token after verifying the genuine one", () => {
  const tokens = createTokenService("x".repeat(40), 3600);
  const { token } = tokens.sign(user);
  expect("claims" in tokens.verify(token)).toBe(true);
  const [h, p, sig] = token.split(".");
  const flipped = `${h}.${p}.${sig!.slice(0, -2)}${sig!.endsWith("AA") ? "BB" : "AA"}`;
  expect(tokens.verify(flipped)).toEqual({ error: "The access token is invalid" });
  const other = createTokenService("y".repeat(40), 3600);
  expect(other.verify(token)).toEqual({ error: "The access token is invalid" });
});

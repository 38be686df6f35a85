import { createSecretKey, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";

/** What a verified access token says: whose it is and which of the user's token versions it belongs to. */
export interface TokenClaims {
  readonly userId: string;
  /** The user's `token_version` when the token was issued; a bump (logout, password change) revokes it. */
  readonly version: number;
}

/** What is signed into a token; role and unit ride along for clients, the server re-reads them on every request. */
export interface TokenSubject {
  readonly id: string;
  readonly username: string;
  readonly role: string;
  readonly unitId: string | null;
  readonly tokenVersion: number;
}

export interface TokenService {
  sign(user: TokenSubject): { token: string; expiresAt: Date };
  /** The claims of a well-signed, unexpired token, or why it is not acceptable. */
  verify(token: string): { claims: TokenClaims } | { error: string };
}

/** Verified tokens remembered (their claims and expiry), most recently used last; the oldest goes first. */
const VERIFIED_TOKENS = 1000;

export function createTokenService(secret: string, ttlSeconds: number): TokenService {
  // Built once: given a string, jsonwebtoken tries createPublicKey on every verify before falling back (STACK.md).
  const key: KeyObject = createSecretKey(Buffer.from(secret, "utf8"));
  // A token's signature and claims never change, so a token verified once needs only its expiry checked again (the
  // user's current state is still read on every request, by the caller of verify). Refusals are not remembered.
  const verified = new Map<string, { claims: TokenClaims; expiresAtMs: number }>();
  return {
    sign(user) {
      const token = jwt.sign({ username: user.username, role: user.role, unitId: user.unitId, ver: user.tokenVersion }, key, {
        algorithm: "HS256",
        subject: user.id,
        expiresIn: ttlSeconds,
        issuer: "bina",
      });
      return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
    },
    verify(token) {
      const known = verified.get(token);
      if (known) {
        verified.delete(token);
        // jsonwebtoken's own rule: expired once the clock reaches `exp` (whole seconds).
        if (Date.now() < known.expiresAtMs) {
          verified.set(token, known);
          return { claims: known.claims };
        }
      }
      try {
        const p = jwt.verify(token, key, { algorithms: ["HS256"], issuer: "bina" }) as jwt.JwtPayload;
        if (typeof p.sub !== "string" || !Number.isSafeInteger(p.ver)) return { error: "The access token is malformed; log in again" };
        const claims = { userId: p.sub, version: p.ver as number };
        if (typeof p.exp === "number") {
          if (verified.size >= VERIFIED_TOKENS) verified.delete(verified.keys().next().value!);
          verified.set(token, { claims, expiresAtMs: p.exp * 1000 });
        }
        return { claims };
      } catch (e) {
        return { error: e instanceof jwt.TokenExpiredError ? "The access token has expired; log in again" : "The access token is invalid" };
      }
    },
  };
}

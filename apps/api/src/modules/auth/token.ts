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

export function createTokenService(secret: string, ttlSeconds: number): TokenService {
  // Built once: given a string, jsonwebtoken tries createPublicKey on every verify before falling back (STACK.md).
  const key: KeyObject = createSecretKey(Buffer.from(secret, "utf8"));
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
      try {
        const p = jwt.verify(token, key, { algorithms: ["HS256"], issuer: "bina" }) as jwt.JwtPayload;
        if (typeof p.sub !== "string" || !Number.isSafeInteger(p.ver)) return { error: "The access token is malformed; log in again" };
        return { claims: { userId: p.sub, version: p.ver as number } };
      } catch (e) {
        return { error: e instanceof jwt.TokenExpiredError ? "The access token has expired; log in again" : "The access token is invalid" };
      }
    },
  };
}

import jwt from "jsonwebtoken";
import { ROLES, type Role } from "../../kit/role";
import type { AuthUser } from "../../kit/caller";

export interface TokenService {
  sign(user: AuthUser): { token: string; expiresAt: Date };
  /** The user a token names, or an explanation of why it is not acceptable. */
  verify(token: string): { user: AuthUser } | { error: string };
}

export function createTokenService(secret: string, ttlSeconds: number): TokenService {
  return {
    sign(user) {
      const token = jwt.sign({ username: user.username, role: user.role, unitId: user.unitId }, secret, {
        algorithm: "HS256",
        subject: user.id,
        expiresIn: ttlSeconds,
        issuer: "bina",
      });
      return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
    },
    verify(token) {
      try {
        const p = jwt.verify(token, secret, { algorithms: ["HS256"], issuer: "bina" }) as jwt.JwtPayload;
        const role = p.role as Role;
        if (typeof p.sub !== "string" || typeof p.username !== "string" || !ROLES.includes(role)) {
          return { error: "The access token is malformed" };
        }
        return { user: { id: p.sub, username: p.username, role, unitId: typeof p.unitId === "string" ? p.unitId : null } };
      } catch (e) {
        return { error: e instanceof jwt.TokenExpiredError ? "The access token has expired" : "The access token is invalid" };
      }
    },
  };
}

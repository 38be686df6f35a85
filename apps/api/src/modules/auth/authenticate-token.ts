import type { DataSource } from "typeorm";
import type { AuthUser } from "../../kit/caller";
import { isUuid } from "../../kit/ids";
import type { TokenService } from "./token";
import { userState } from "./user-state.sql";

/** Why a presented token was refused: `UNAUTHENTICATED` (bad, expired, malformed) or `TOKEN_REVOKED` (logged out, password changed, user deactivated). */
export interface AuthFailure {
  readonly domainCode: "UNAUTHENTICATED" | "TOKEN_REVOKED";
  readonly message: string;
}

export type AuthOutcome = { readonly user: AuthUser } | { readonly failure: AuthFailure };

const revoked = (message: string): AuthOutcome => ({ failure: { domainCode: "TOKEN_REVOKED", message } });

/**
 * Checks a bearer token against the user's current state: one lookup by primary key per request. The role and unit
 * come from the database, not the token, so a demotion or a move applies at once; a deactivated user or a token
 * version bumped by logout or a password change refuses the token.
 */
export async function authenticateToken({ ds, tokens, token }: { ds: DataSource; tokens: TokenService; token: string }): Promise<AuthOutcome> {
  const verified = tokens.verify(token);
  if ("error" in verified) return { failure: { domainCode: "UNAUTHENTICATED", message: verified.error } };
  const { userId, version } = verified.claims;
  if (!isUuid(userId)) return { failure: { domainCode: "UNAUTHENTICATED", message: "The access token is malformed; log in again" } };
  const user = await userState(ds, userId);
  if (!user || !user.active) return revoked("This account is no longer active");
  if (user.tokenVersion !== version) return revoked("This token was revoked (logged out or password changed); log in again");
  return { user: { id: user.id, username: user.username, role: user.role, unitId: user.unitId } };
}

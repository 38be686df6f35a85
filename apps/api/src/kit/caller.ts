import type { Role } from "./role";

/** The caller, as carried by a verified access token. */
export interface AuthUser {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  /** The unit a UNIT_OPERATOR is bound to; null for other roles. */
  readonly unitId: string | null;
}

/** What the caller may see: everything, or one unit's subtree (by path prefix). */
export type Scope = { readonly kind: "ALL" } | { readonly kind: "SUBTREE"; readonly unitId: string; readonly path: string };

/** Who is asking, as services see it: the user (already authenticated) and their scope, computed once per request. */
export interface Caller {
  readonly user: AuthUser;
  scope(): Promise<Scope>;
}

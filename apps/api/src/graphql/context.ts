import type { AuthUser, Caller, Scope } from "../kit/caller";
import type { Loaders } from "./loaders";
import type { Services } from "../services";

/** Built once per request. Loaders are per request, so batching never leaks data between callers. */
export interface Context {
  readonly user: AuthUser | null;
  /** Why the presented token was refused, when it was. */
  readonly authError: string | null;
  readonly loaders: Loaders;
  readonly services: Services;
  /** What the caller may see; computed at most once per request. */
  scope(): Promise<Scope>;
}

/** The authenticated caller; resolvers guarded by @Authorized can rely on it. */
export const caller = (ctx: Context): Caller => {
  const user = ctx.user;
  if (!user) throw new Error("caller() used on an unauthenticated request: add @Authorized to the resolver");
  return { user, scope: ctx.scope };
};

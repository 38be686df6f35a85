import { createParameterDecorator } from "type-graphql";
import type { AuthUser, Caller, Scope } from "./caller";

/** What the decorator needs of the request context (the schema assembly's Context has it). */
interface CallerContext {
  readonly user: AuthUser | null;
  scope(): Promise<Scope>;
}

/**
 * The authenticated caller as a resolver parameter: `createEmployee(@Arg(...) input, @CurrentCaller() caller: Caller)`.
 * Use it only on @Authorized resolvers (the auth checker has already refused anonymous requests).
 */
export function CurrentCaller() {
  return createParameterDecorator<CallerContext>(({ context }) => {
    const user = context.user;
    if (!user) throw new Error("@CurrentCaller() on an unauthenticated request: add @Authorized to the resolver");
    return { user, scope: context.scope } satisfies Caller;
  });
}

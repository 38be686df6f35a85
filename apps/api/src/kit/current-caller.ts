import { createParameterDecorator } from "type-graphql";
import type { Context } from "../graphql/context";
import type { Caller } from "./caller";

/**
 * The authenticated caller as a resolver parameter: `createEmployee(@Arg(...) input, @CurrentCaller() caller: Caller)`.
 * Use it only on @Authorized resolvers (the auth checker has already refused anonymous requests).
 */
export function CurrentCaller() {
  return createParameterDecorator<Context>(({ context }) => {
    const user = context.user;
    if (!user) throw new Error("@CurrentCaller() on an unauthenticated request: add @Authorized to the resolver");
    return { user, scope: context.scope } satisfies Caller;
  });
}

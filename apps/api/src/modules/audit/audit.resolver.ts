import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import { ConnectionArgs, toConnection } from "../../kit/connection";
import { asksFor } from "../../kit/selection";
import { UserType } from "../auth/user.type";
import { toUserType } from "../auth/user.mapper";
import { AuditEntryConnection, AuditEntryType, AuditFilter } from "./audit.type";
import { pagedCost } from "../../kit/cost";

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Authorized("ADMIN")
  @Query(() => AuditEntryConnection, {
    description: "Every change, newest first (administrators only).",
    complexity: pagedCost(1),
  })
  async auditLog(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => AuditFilter, { nullable: true, description: "Which entries; all when omitted." }) filter?: AuditFilter | null,
  ): Promise<AuditEntryConnection> {
    const rows = await ctx.services.audit.list({ ...page, filter, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, (entity) => Object.assign(new AuditEntryType(), entity));
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who made the change; null for system changes (seed, migrations)." })
  async actor(@Root() entry: AuditEntryType, @Ctx() ctx: Context): Promise<UserType | null> {
    if (!entry.actorId) return null;
    const user = await ctx.loaders.userById.load(entry.actorId);
    return user ? toUserType(user) : null;
  }
}

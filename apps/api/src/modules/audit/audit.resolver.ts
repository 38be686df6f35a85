import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { UserType } from "../auth/user.type";
import { toUserType } from "../auth/user.mapper";
import { AuditEntryConnection, AuditEntryType, AuditFilter } from "./audit.type";

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Authorized("ADMIN")
  @Query(() => AuditEntryConnection, {
    description: "Every change, newest first (administrators only).",
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Number(args.first ?? 20),
  })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "Page size, 1..100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "`endCursor` of the previous page." }) after?: string | null,
    @Arg("filter", () => AuditFilter, { nullable: true, description: "Which entries; all when omitted." }) filter?: AuditFilter | null,
  ): Promise<AuditEntryConnection> {
    const page = await ctx.services.audit.list({ first, after, filter });
    return {
      edges: page.rows.map((r) => ({ cursor: r.cursor, node: Object.assign(new AuditEntryType(), r.entity) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who made the change; null for system changes (seed, migrations)." })
  async actor(@Root() entry: AuditEntryType, @Ctx() ctx: Context): Promise<UserType | null> {
    if (!entry.actorId) return null;
    const user = await ctx.loaders.userById.load(entry.actorId);
    return user ? toUserType(user) : null;
  }
}

import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { caller, type Context } from "../../graphql/context";
import { UnitType } from "../organization/unit.type";
import { toUnitType } from "../organization/unit.mapper";
import { AuthPayload, UserType } from "./user.type";
import { toUserType } from "./user.mapper";

@Resolver(() => UserType)
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Signs in; send the returned token as `Authorization: Bearer <token>`." })
  async login(
    @Arg("username", { description: "Sign-in name (case-insensitive)." }) username: string,
    @Arg("password", { description: "The user's password." }) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const { token, expiresAt, user } = await ctx.services.auth.login(username, password);
    return { token, expiresAt, user: toUserType(user) };
  }

  @Authorized()
  @Query(() => UserType, { description: "The signed-in user." })
  async me(@Ctx() ctx: Context): Promise<UserType> {
    return toUserType(await ctx.services.auth.me(caller(ctx)));
  }

  @FieldResolver(() => UnitType, { nullable: true, description: "The unit a UNIT_OPERATOR is bound to." })
  async unit(@Root() user: UserType, @Ctx() ctx: Context): Promise<UnitType | null> {
    if (!user.unitId) return null;
    const unit = await ctx.loaders.unitById.load(user.unitId);
    return unit ? toUnitType(unit) : null;
  }
}

import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { CurrentCaller } from "../../kit/current-caller";
import { UnitType } from "../organization/unit.type";
import { toUnitType } from "../organization/unit.mapper";
import { AuthPayload, UserType } from "./user.type";
import { toUserType } from "./user.mapper";

@Resolver(() => UserType)
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      "Signs in; send the returned token as `Authorization: Bearer <token>`. After too many failures for a username or from one client: TOO_MANY_REQUESTS (domainCode LOGIN_RATE_LIMITED) with `retryAfterSeconds`.",
  })
  async login(
    @Arg("username", { description: "Sign-in name (case-insensitive)." }) username: string,
    @Arg("password", { description: "The user's password." }) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const { token, expiresAt, user } = await ctx.services.auth.login(username, password, ctx.clientIp);
    return { token, expiresAt, user: toUserType(user) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Signs out everywhere: every token of the caller stops working at once (TOKEN_REVOKED)." })
  logout(@Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<boolean> {
    return ctx.services.auth.logout(caller);
  }

  @Authorized()
  @Mutation(() => AuthPayload, {
    description:
      "Changes the caller's password (at least 10 characters, not the username) and revokes every older token; returns a new token. BAD_USER_INPUT WRONG_PASSWORD (field currentPassword) or INVALID_PASSWORD (field newPassword); wrong current passwords count as failed logins (TOO_MANY_REQUESTS LOGIN_RATE_LIMITED past the limit).",
  })
  async changePassword(
    @Arg("currentPassword", { description: "The password in use now." }) currentPassword: string,
    @Arg("newPassword", { description: "The new password: at least 10 characters, not the username." }) newPassword: string,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<AuthPayload> {
    const { token, expiresAt, user } = await ctx.services.auth.changePassword(caller, currentPassword, newPassword, ctx.clientIp);
    return { token, expiresAt, user: toUserType(user) };
  }

  @Authorized()
  @Query(() => UserType, { description: "The signed-in user." })
  async me(@Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<UserType> {
    return toUserType(await ctx.services.auth.me(caller));
  }

  @FieldResolver(() => UnitType, { nullable: true, description: "The unit a UNIT_OPERATOR is bound to." })
  async unit(@Root() user: UserType, @Ctx() ctx: Context): Promise<UnitType | null> {
    if (!user.unitId) return null;
    const unit = await ctx.loaders.unitById.load(user.unitId);
    return unit ? toUnitType(unit) : null;
  }
}

import { Field, ID, ObjectType } from "type-graphql";
import { describedEnum } from "../../kit/enum-of";
import { ROLES, type Role } from "../../kit/role";

const RoleEnum = describedEnum("Role", "What a user may do.", ROLES, {
  ADMIN: "Reads and changes everything, including users' work and the audit log.",
  UNIT_OPERATOR: "Reads and changes only its own unit and that unit's sub-units.",
  ANALYST: "Reads everything, changes nothing.",
});

@ObjectType("User", { description: "A person who signs in to Bina." })
export class UserType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field({ description: "Sign-in name." })
  username: string;

  @Field({ description: "Name shown in the app." })
  displayName: string;

  @Field(() => RoleEnum, { description: "What the user may do." })
  role: Role;

  /** Resolved by a field resolver (unit of a UNIT_OPERATOR). */
  unitId: string | null;
}

@ObjectType("AuthPayload", { description: "The result of a successful login." })
export class AuthPayload {
  @Field({ description: "Send as `Authorization: Bearer <token>` on every request." })
  token: string;

  @Field({ description: "When the token stops being accepted; log in again after." })
  expiresAt: Date;

  @Field(() => UserType, { description: "The user who logged in." })
  user: UserType;
}

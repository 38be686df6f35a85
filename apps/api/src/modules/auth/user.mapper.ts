import type { UserEntity } from "./user.entity";
import { UserType } from "./user.type";

export const toUserType = (u: UserEntity): UserType =>
  Object.assign(new UserType(), { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitId: u.unitId });

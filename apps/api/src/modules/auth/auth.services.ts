import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { notFound } from "../../kit/errors";
import { changePassword } from "./change-password";
import { login } from "./login";
import { logout } from "./logout";
import type { TokenService } from "./token";
import { UserEntity } from "./user.entity";

/** The auth use cases bound to the database and the token service. */
export function authServices(ds: DataSource, tokens: TokenService) {
  return {
    login: (username: string, password: string) => login({ ds, tokens, username, password }),
    logout: (caller: Caller) => logout({ ds, caller }),
    changePassword: (caller: Caller, currentPassword: string, newPassword: string) => changePassword({ ds, tokens, caller, currentPassword, newPassword }),
    me: async (c: Caller) => (await ds.getRepository(UserEntity).findOneBy({ id: c.user.id })) ?? Promise.reject(notFound("User", c.user.id)),
  };
}

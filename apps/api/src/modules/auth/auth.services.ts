import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { changePassword } from "./change-password";
import { getCurrentUser } from "./get-current-user";
import { login } from "./login";
import type { LoginLimiter } from "./login-limiter";
import { logout } from "./logout";
import type { TokenService } from "./token";

/** What the auth use cases need besides the database. */
export interface AuthDeps {
  readonly tokens: TokenService;
  readonly limiter: LoginLimiter;
}

/** The auth use cases bound to the database, the token service and the login limiter. */
export function authServices(ds: DataSource, { tokens, limiter }: AuthDeps) {
  return {
    login: (username: string, password: string, clientIp: string) => login({ ds, tokens, limiter, username, password, clientIp }),
    logout: (caller: Caller) => logout({ ds, caller }),
    changePassword: (caller: Caller, currentPassword: string, newPassword: string, clientIp: string) =>
      changePassword({ ds, tokens, limiter, caller, currentPassword, newPassword, clientIp }),
    me: (caller: Caller) => getCurrentUser({ ds, caller }),
  };
}

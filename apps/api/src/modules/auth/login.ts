import type { DataSource } from "typeorm";
import { AppError } from "../../kit/errors";
import type { LoginLimiter } from "./login-limiter";
import { hashPassword, verifyPassword } from "./password";
import type { TokenService } from "./token";
import { UserEntity } from "./user.entity";

/** Verified against when the user does not exist, so the answer takes as long as for a wrong password. */
let decoyHash: Promise<string> | null = null;

/** The user a username and password name, or null; the same work whether the user is unknown or the password wrong. */
export async function checkCredentials({ ds, username, password }: { ds: DataSource; username: string; password: string }): Promise<UserEntity | null> {
  const user = await ds.getRepository(UserEntity).findOneBy({ username: username.trim().toLowerCase() });
  decoyHash ??= hashPassword("bina-decoy-password");
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  return user !== null && user.active && matches ? user : null;
}

/**
 * Checks a username and password and issues a token; the same error whether the user is unknown or the password
 * wrong. Refused without checking while the username or the client has failed too often (TOO_MANY_REQUESTS).
 */
export async function login({
  ds,
  tokens,
  limiter,
  username,
  password,
  clientIp,
}: {
  ds: DataSource;
  tokens: TokenService;
  limiter: LoginLimiter;
  username: string;
  password: string;
  clientIp: string;
}) {
  await limiter.assertAllowed(username, clientIp);
  const user = await checkCredentials({ ds, username, password });
  if (!user) {
    await limiter.failed(username, clientIp);
    throw new AppError("UNAUTHENTICATED", "Wrong username or password", { domainCode: "BAD_CREDENTIALS" });
  }
  await limiter.succeeded(username);
  return { ...tokens.sign(user), user };
}

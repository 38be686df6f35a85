import type { DataSource } from "typeorm";
import { AppError } from "../../kit/errors";
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

/** Checks a username and password and issues a token; the same error whether the user is unknown or the password wrong. */
export async function login({ ds, tokens, username, password }: { ds: DataSource; tokens: TokenService; username: string; password: string }) {
  const user = await checkCredentials({ ds, username, password });
  if (!user) throw new AppError("UNAUTHENTICATED", "Wrong username or password", { domainCode: "BAD_CREDENTIALS" });
  return { ...tokens.sign(user), user };
}

import type { DataSource } from "typeorm";
import { AppError } from "../../kit/errors";
import { hashPassword, verifyPassword } from "./password";
import type { TokenService } from "./token";
import { UserEntity } from "./user.entity";

/** Verified against when the user does not exist, so the answer takes as long as for a wrong password. */
let decoyHash: Promise<string> | null = null;

/** Checks a username and password; the same error, after the same work, whether the user is unknown or the password wrong. */
export async function login(ds: DataSource, tokens: TokenService, username: string, password: string) {
  const user = await ds.getRepository(UserEntity).findOneBy({ username: username.trim().toLowerCase() });
  decoyHash ??= hashPassword("bina-decoy-password");
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  const valid = user !== null && user.active && matches;
  if (!user || !valid) throw new AppError("UNAUTHENTICATED", "Wrong username or password", { domainCode: "BAD_CREDENTIALS" });
  const { token, expiresAt } = tokens.sign({ id: user.id, username: user.username, role: user.role, unitId: user.unitId });
  return { token, expiresAt, user };
}

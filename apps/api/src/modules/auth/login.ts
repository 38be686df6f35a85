import type { DataSource } from "typeorm";
import { AppError } from "../../graphql/errors";
import { verifyPassword } from "./password";
import type { TokenService } from "./token";
import { UserEntity } from "./user.entity";

/** Checks a username and password; the same error whether the user is unknown or the password wrong. */
export async function login(ds: DataSource, tokens: TokenService, username: string, password: string) {
  const user = await ds.getRepository(UserEntity).findOneBy({ username: username.trim().toLowerCase() });
  const valid = user !== null && user.active && (await verifyPassword(user.passwordHash, password));
  if (!user || !valid) throw new AppError("UNAUTHENTICATED", "Wrong username or password", { domainCode: "BAD_CREDENTIALS" });
  const { token, expiresAt } = tokens.sign({ id: user.id, username: user.username, role: user.role, unitId: user.unitId });
  return { token, expiresAt, user };
}

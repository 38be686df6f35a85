import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { AppError, notFound, type FieldError } from "../../kit/errors";
import type { LoginLimiter } from "./login-limiter";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblems } from "./password-policy";
import type { TokenService } from "./token";
import { UserEntity } from "./user.entity";

const fieldError = (e: FieldError) =>
  new AppError("BAD_USER_INPUT", e.message, { ...e, errors: [e] });

/**
 * Changes the caller's password after checking the current one, revokes every older token (token version + 1)
 * and returns a new token, so the device that changed it stays signed in. A wrong current password is a failed
 * login for the limiter (the same counters as `login`): a stolen token must not allow unlimited password guessing.
 */
export async function changePassword({
  ds,
  tokens,
  limiter,
  caller,
  currentPassword,
  newPassword,
  clientIp,
}: {
  ds: DataSource;
  tokens: TokenService;
  limiter: LoginLimiter;
  caller: Caller;
  currentPassword: string;
  newPassword: string;
  clientIp: string;
}) {
  const repo = ds.getRepository(UserEntity);
  const user = await repo.findOneBy({ id: caller.user.id });
  if (!user) throw notFound("User", caller.user.id);
  await limiter.assertAllowed(user.username, clientIp);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await limiter.failed(user.username, clientIp);
    throw fieldError({ field: "currentPassword", domainCode: "WRONG_PASSWORD", reason: null, message: "currentPassword: this is not your current password" });
  }
  const problems = passwordProblems(newPassword, user.username);
  if (problems[0]) throw new AppError("BAD_USER_INPUT", problems[0].message, { ...problems[0], errors: problems });
  const passwordHash = await hashPassword(newPassword);
  // One statement, so two changes at once each revoke the other's token: the returned version is the one stored.
  const [rows] = (await ds.query(`UPDATE users SET password_hash = $2, token_version = token_version + 1 WHERE id = $1 RETURNING token_version`, [
    user.id,
    passwordHash,
  ])) as [{ token_version: number }[], number];
  const tokenVersion = Number(rows[0]?.token_version);
  const signed = tokens.sign({ ...user, tokenVersion });
  return { ...signed, user: Object.assign(user, { passwordHash, tokenVersion }) };
}

import type { FieldError } from "../../kit/errors";

export const MIN_PASSWORD_LENGTH = 10;
/** argon2 hashes any length; a cap keeps a request from hashing megabytes. */
export const MAX_PASSWORD_LENGTH = 256;

/** The problems of a new password (empty when acceptable): at least 10 characters, at most 256, not the username. */
export function passwordProblems(password: string, username: string, field = "newPassword"): FieldError[] {
  const length = [...password].length;
  const problem = (reason: string, message: string): FieldError => ({ field, domainCode: "INVALID_PASSWORD", reason, message: `${field}: ${message}` });
  if (length < MIN_PASSWORD_LENGTH) return [problem("TOO_SHORT", `at least ${MIN_PASSWORD_LENGTH} characters`)];
  if (length > MAX_PASSWORD_LENGTH) return [problem("TOO_LONG", `at most ${MAX_PASSWORD_LENGTH} characters`)];
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return [problem("SAME_AS_USERNAME", "must not be the username")];
  return [];
}

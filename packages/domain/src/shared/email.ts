import { domainError, err, ok, type DomainError, type Result } from "./result.js";
import { EMAIL_MAX_LENGTH } from "./text-limits.js";

/**
 * The WHATWG `input[type=email]` grammar (what browsers accept), plus a dot in the domain:
 * an intranet-only `user@host` is not a usable address for a city's employees.
 */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/**
 * Check an e-mail address and normalise it: trimmed and lower-cased (mail systems of
 * Indonesian government domains treat addresses case-insensitively; one spelling keeps
 * uniqueness checks simple). At most `EMAIL_MAX_LENGTH` (254, RFC 5321) characters.
 */
export const parseEmail = (input: string): Result<string, DomainError<"INVALID_EMAIL">> => {
  const email = (typeof input === "string" ? input : "").trim().toLowerCase();
  if (email.length === 0) return err(domainError("INVALID_EMAIL", "E-mail address is empty", { field: "email" }));
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL.test(email)) {
    return err(domainError("INVALID_EMAIL", "E-mail address is not valid, e.g. nama@salatiga.go.id", { field: "email" }));
  }
  return ok(email);
};

import { domainError, err, ok, type DomainError, type Result } from "./result.js";
import { PHONE_MAX_LENGTH } from "./text-limits.js";

/** Spaces, dots, hyphens and parentheses people write inside phone numbers: `(0298) 321-234`. */
const SEPARATORS = /[\s.()-]/g;

/** Indonesian national significant number: no leading 0, 8..13 digits (E.164 allows 15 with the 62). */
const NATIONAL = /^[1-9][0-9]{7,12}$/;

/**
 * Check an Indonesian phone number and normalise it to E.164 (`+62812...`).
 *
 * Accepted: `+62…`, `62…` (spreadsheets drop the `+`) or `0…` followed by the national
 * number, with optional spaces, dots, hyphens or parentheses between digits. Written in the
 * domestic `0…` form that is 9..14 digits; anything else (letters, a missing prefix, `+620…`)
 * is INVALID_PHONE, and so is typed text longer than `PHONE_MAX_LENGTH` (20) characters.
 */
export const parsePhone = (input: string): Result<string, DomainError<"INVALID_PHONE">> => {
  const typed = typeof input === "string" ? input.trim() : "";
  if (typed.length > PHONE_MAX_LENGTH) {
    return err(domainError("INVALID_PHONE", `Phone number must have at most ${PHONE_MAX_LENGTH} characters`, { field: "phone" }));
  }
  const compact = typed.replace(SEPARATORS, "");
  const national = compact.startsWith("+62")
    ? compact.slice(3)
    : compact.startsWith("62")
      ? compact.slice(2)
      : compact.startsWith("0")
        ? compact.slice(1)
        : null;
  if (national === null || !NATIONAL.test(national)) {
    return err(
      domainError(
        "INVALID_PHONE",
        "Phone number must start with +62 or 0 and have 9 to 14 digits in the 0… form, e.g. 0812 3456 7890",
        { field: "phone" },
      ),
    );
  }
  return ok(`+62${national}`);
};

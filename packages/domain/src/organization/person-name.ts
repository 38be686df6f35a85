import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { checkText } from "../shared/text-check.js";
import { PERSON_NAME_MAX_LENGTH, PERSON_NAME_MIN_LENGTH } from "../shared/text-limits.js";

export const PERSON_NAME_INVALID_REASONS = ["EMPTY", "TOO_SHORT", "TOO_LONG", "INVALID_CHARACTERS"] as const;
export type PersonNameInvalidReason = (typeof PERSON_NAME_INVALID_REASONS)[number];

/**
 * Letters of any script (with their combining marks), spaces, and `. , ' ’ -`, which is enough
 * for names with academic and religious titles as written on an SK: `Dr. Hj. Siti Nur'aini,
 * S.Kep., M.Kes.`. At least one letter.
 */
const NAME_CHARACTERS = /^[\p{L}\p{M} .,'’-]+$/u;
const LETTER = /\p{L}/u;

const MESSAGES: Readonly<Record<PersonNameInvalidReason, string>> = {
  EMPTY: "Name is required",
  TOO_SHORT: `Name must have at least ${PERSON_NAME_MIN_LENGTH} characters`,
  TOO_LONG: `Name must have at most ${PERSON_NAME_MAX_LENGTH} characters`,
  INVALID_CHARACTERS: "Name may contain only letters, spaces, academic titles and . , ' -",
};

/**
 * Check a person's full name and normalise it (NFC, trimmed, single spaces). Length
 * 2..100 code points after normalisation. The case is kept as written. Goes through `checkText`
 * first: a control or bidi character, a lone surrogate or a formula prefix is INVALID_CHARACTERS
 * like any other character a name cannot hold.
 */
export const parsePersonName = (input: string): Result<string, DomainError<"INVALID_NAME">> => {
  const checked = checkText(input, { field: "name", min: PERSON_NAME_MIN_LENGTH, max: PERSON_NAME_MAX_LENGTH });
  const name = checked.ok ? checked.value : "";
  const textReason = checked.ok ? null : checked.error.reason;
  const reason: PersonNameInvalidReason | null =
    textReason === "EMPTY" || textReason === "TOO_SHORT" || textReason === "TOO_LONG"
      ? textReason
      : textReason !== null || !NAME_CHARACTERS.test(name) || !LETTER.test(name)
        ? "INVALID_CHARACTERS"
        : null;
  return reason === null ? ok(name) : err(domainError("INVALID_NAME", MESSAGES[reason], { field: "name", reason }));
};

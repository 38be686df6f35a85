const WHITESPACE = /\s+/g;
const HAS_WHITESPACE = /\s/;
const EIGHTEEN_DIGITS = /^[0-9]{18}$/;

/**
 * Remove all whitespace (spaces, tabs, non-breaking spaces from spreadsheets) from a typed
 * NIP or NI PPPK. Nothing else is changed: dots, dashes and letters stay so that the parser
 * can reject them.
 */
export const normalizeNipInput = (input: string): string => {
  if (typeof input !== "string") throw new RangeError(`normalizeNipInput: expected text, got ${typeof input} (a spreadsheet number cell must be refused before)`);
  return HAS_WHITESPACE.test(input) ? input.replace(WHITESPACE, "") : input;
};

/**
 * The customary printed grouping of an 18-digit NIP: `19860926 201505 1 001`
 * (birth date, appointment year+month, gender, sequence). Whitespace in the input is ignored;
 * input that is not 18 digits is returned normalised but otherwise unchanged (display only: it
 * does not validate). A non-string is a RangeError.
 */
export const formatNip = (nip: string): string => {
  const digits = normalizeNipInput(nip);
  if (!EIGHTEEN_DIGITS.test(digits)) return digits;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
};

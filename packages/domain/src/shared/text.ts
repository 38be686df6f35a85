const NON_ASCII = /[\u0080-\uffff]/;
const UNUSUAL_WHITESPACE = /\s{2,}|[^\S ]/;

const requireString = (name: string, value: unknown): void => {
  if (typeof value !== "string") throw new RangeError(`${name}: expected a string, got ${typeof value}`);
};

/**
 * Unicode-normalised (NFC), trimmed, inner whitespace runs collapsed to one space. Only
 * normalises: use `checkText` to validate free text. A non-string is a RangeError.
 */
export const normalizeText = (input: string): string => {
  requireString("normalizeText", input);
  const raw = input;
  const nfc = NON_ASCII.test(raw) ? raw.normalize("NFC") : raw; // ASCII is already NFC
  const trimmed = nfc.trim();
  return UNUSUAL_WHITESPACE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
};

/** Length in code points (what a user counts and what PostgreSQL `varchar(n)` counts), not UTF-16 units. */
export const textLength = (text: string): number => {
  requireString("textLength", text);
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--; // a surrogate pair is one code point
        i++;
      }
    }
  }
  return length;
};

/** Length problems of a required text field, or null when `min <= length <= max`. */
export type TextLengthProblem = "EMPTY" | "TOO_SHORT" | "TOO_LONG";

export const checkTextLength = (text: string, min: number, max: number): TextLengthProblem | null => {
  const n = textLength(text);
  if (n === 0) return "EMPTY";
  if (n < min) return "TOO_SHORT";
  if (n > max) return "TOO_LONG";
  return null;
};

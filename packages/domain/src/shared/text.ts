/** Unicode-normalised (NFC), trimmed, inner whitespace runs collapsed to one space. */
export const normalizeText = (input: string): string =>
  (typeof input === "string" ? input : "").normalize("NFC").trim().replace(/\s+/g, " ");

/** Length in code points (what a user counts and what PostgreSQL `varchar(n)` counts), not UTF-16 units. */
export const textLength = (text: string): number => Array.from(text).length;

/** Length problems of a required text field, or null when `min <= length <= max`. */
export type TextLengthProblem = "EMPTY" | "TOO_SHORT" | "TOO_LONG";

export const checkTextLength = (text: string, min: number, max: number): TextLengthProblem | null => {
  const n = textLength(text);
  if (n === 0) return "EMPTY";
  if (n < min) return "TOO_SHORT";
  if (n > max) return "TOO_LONG";
  return null;
};

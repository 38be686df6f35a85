/**
 * Read an enum value as people type it in forms and spreadsheets: case-insensitive, with spaces
 * or hyphens for underscores (`Ahli Pertama`, `jpt-pratama`). Returns the canonical value or null.
 */
export const parseEnumKey = <T extends string>(values: readonly T[], input: string | null | undefined): T | null => {
  if (typeof input !== "string") return null;
  const key = input.trim().toUpperCase().replace(/[\s-]+/g, "_");
  return values.find((v) => v === key) ?? null;
};

import { en } from "./en";
import { id, type Messages } from "./id";

/** Indonesian first: it is the default language of Bina. */
export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "id";

export const CATALOGUES: Readonly<Record<Language, Messages>> = { id, en };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);

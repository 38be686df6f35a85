import { id, type Messages } from "./id";

/** Indonesian first: it is the default language of Bina. */
export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "id";

/**
 * The messages of a language. Indonesian, the default, comes with the first page; English is a chunk of its own, loaded
 * when it is chosen (or remembered), so nobody downloads a catalogue they do not read.
 */
export const loadCatalogue = (language: Language): Promise<Messages> =>
  language === "id" ? Promise.resolve(id) : import("./en").then((m) => m.en);

/** The catalogue every session starts with. */
export const BUNDLED_CATALOGUES: Readonly<Partial<Record<Language, Messages>>> = { id };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);

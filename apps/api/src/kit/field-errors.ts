import { checkDateInYear, checkText, parseEmail, parsePhone, type DomainError, type Result } from "@bina/domain";
import { badInput } from "./errors";

/** A text column's limits as the domain's checkText takes them (code points after normalising). */
export interface TextLimits {
  readonly min: number;
  readonly max: number;
  readonly multiline?: boolean;
}

/**
 * Collects field errors so a form learns every problem at once; `done()` throws them together as BAD_USER_INPUT. A
 * module binds its columns' text limits once (`new FieldErrors(DELIVERY_TEXT)`, or a subclass whose constructor passes
 * them), then names a text by its key.
 */
export class FieldErrors<K extends string = never> {
  private readonly errors: DomainError[] = [];

  constructor(private readonly texts: Readonly<Record<K, TextLimits>> = {} as Record<K, TextLimits>) {}

  /** The value of a domain check, or undefined with its error kept. */
  take<T>(r: Result<T, DomainError>): T | undefined {
    if (r.ok) return r.value;
    this.errors.push(r.error);
    return undefined;
  }

  add(e: DomainError): void {
    this.errors.push(e);
  }

  /** A required text through the domain's checkText (no control characters, NUL bytes, formulas; the column's limits). */
  text(value: unknown, field: string, key: K, code?: "INVALID_TITLE"): string {
    return this.take(checkText(value, { field, ...this.texts[key], ...(code ? { code } : {}) })) ?? "";
  }

  /** An optional text: null/undefined keep `current`; an empty text clears it (null). */
  optionalText(value: string | null | undefined, field: string, key: K, current: string | null = null): string | null {
    if (value === undefined || value === null) return current;
    if (value.trim() === "") return null;
    return this.take(checkText(value, { field, ...this.texts[key] })) ?? null;
  }

  email(value: string | null | undefined, current: string | null = null): string | null {
    if (value === undefined || value === null) return current;
    if (value.trim() === "") return null;
    const r = parseEmail(value);
    return this.take(r.ok ? r : { ok: false, error: { ...r.error, field: "email" } }) ?? null;
  }

  phone(value: string | null | undefined, current: string | null = null): string | null {
    if (value === undefined || value === null) return current;
    if (value.trim() === "") return null;
    const r = parsePhone(value);
    return this.take(r.ok ? r : { ok: false, error: { ...r.error, field: "phone" } }) ?? null;
  }

  /** A date of record (YYYY-MM-DD) inside `year`: INVALID_DATE or DATE_OUTSIDE_YEAR naming `field`. */
  date(value: unknown, year: number, field: string): string {
    return this.take(checkDateInYear(value, year, field)) ?? "";
  }

  done(): void {
    if (this.errors.length > 0) throw badInput(this.errors);
  }
}

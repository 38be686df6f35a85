import { In, type EntityManager } from "typeorm";
import { checkText, domainError, parseEmail, parsePhone, type DomainError, type Result } from "@bina/domain";
import { badInput } from "../../kit/errors";
import { CompetencyEntity } from "../competency/competency.entity";
import { DELIVERY_TEXT } from "./delivery-limits";

type TextKey = keyof typeof DELIVERY_TEXT;

/** Collects field errors so a form learns every problem at once; `done()` throws them together as BAD_USER_INPUT. */
export class FieldErrors {
  private readonly errors: DomainError[] = [];

  take<T>(r: Result<T, DomainError>): T | undefined {
    if (r.ok) return r.value;
    this.errors.push(r.error);
    return undefined;
  }

  add(e: DomainError): void {
    this.errors.push(e);
  }

  /** A required text through the domain's checkText, with the column's limits. */
  text(value: string, field: string, key: TextKey, code?: "INVALID_TITLE"): string {
    return this.take(checkText(value, { field, ...DELIVERY_TEXT[key], ...(code ? { code } : {}) })) ?? "";
  }

  /** An optional text: null/undefined keep `current`; an empty text clears it (null). */
  optionalText(value: string | null | undefined, field: string, key: TextKey, current: string | null = null): string | null {
    if (value === undefined || value === null) return current;
    if (value.trim() === "") return null;
    return this.take(checkText(value, { field, ...DELIVERY_TEXT[key] })) ?? null;
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

  done(): void {
    if (this.errors.length > 0) throw badInput(this.errors);
  }
}

/** Competency ids each once and every one existing (UNKNOWN_COMPETENCY / DUPLICATE_COMPETENCY naming `field`). */
export async function checkCompetencies(m: EntityManager, ids: readonly string[], field: string): Promise<string[]> {
  if (new Set(ids).size !== ids.length) throw badInput(domainError("DUPLICATE_COMPETENCY", `${field}: a competency is listed twice`, { field }));
  if (ids.length > 0 && (await m.countBy(CompetencyEntity, { id: In([...ids]) })) !== ids.length) {
    throw badInput(domainError("UNKNOWN_COMPETENCY", `${field}: a competency does not exist`, { field }));
  }
  return [...ids];
}

/** An https (or http) link without spaces or control characters. */
export function checkUrl(errors: FieldErrors, value: string | null | undefined, current: string | null = null): string | null {
  const text = errors.optionalText(value, "onlineUrl", "onlineUrl", current);
  if (text === null || text === current) return text;
  let ok = false;
  try {
    const u = new URL(text);
    ok = (u.protocol === "https:" || u.protocol === "http:") && !/\s/.test(text) && u.hostname.length > 0;
  } catch {
    ok = false;
  }
  if (!ok) errors.add(domainError("INVALID_URL", "onlineUrl: an http(s) link such as https://zoom.us/j/123", { field: "onlineUrl" }));
  return text;
}

import { In, type EntityManager } from "typeorm";
import { domainError } from "@bina/domain";
import { badInput } from "../../kit/errors";
import { FieldErrors as KitFieldErrors } from "../../kit/field-errors";
import { CompetencyEntity } from "../competency/competency.entity";
import { DELIVERY_TEXT } from "./delivery-limits";

type TextKey = keyof typeof DELIVERY_TEXT;

/** The kit's field-error collector with the delivery columns' text limits (`errors.text(value, field, "venue")`). */
export class FieldErrors extends KitFieldErrors<TextKey> {
  constructor() {
    super(DELIVERY_TEXT);
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

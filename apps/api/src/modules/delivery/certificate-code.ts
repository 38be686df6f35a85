import { randomBytes } from "node:crypto";

/** Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or typed from paper is not mistaken. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 20 characters × 5 bits = 100 random bits: not enumerable (the verification page is also rate-limited). */
export const CERTIFICATE_CODE_LENGTH = 20;

/** A fresh verification code: each character from one random byte's low 5 bits (256 is a multiple of 32: uniform). */
export function newCertificateCode(): string {
  const bytes = randomBytes(CERTIFICATE_CODE_LENGTH);
  let code = "";
  for (const b of bytes) code += ALPHABET[b & 31];
  return code;
}

/**
 * A code as typed or scanned, in its stored form (upper case; O read as 0, I and L as 1; spaces and dashes dropped),
 * or null when it cannot be one: no lookup is made for it.
 */
export function normalizeCertificateCode(text: string): string | null {
  if (text.length > 64) return null;
  const t = text.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return t.length === CERTIFICATE_CODE_LENGTH && [...t].every((c) => ALPHABET.includes(c)) ? t : null;
}

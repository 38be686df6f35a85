import { createHmac, timingSafeEqual } from "node:crypto";
import { isUuid } from "../../kit/ids";

/** How long a check-in code shown by the organiser stays valid. The organiser's screen asks for a fresh one before then. */
export const CHECK_IN_CODE_TTL_SECONDS = 120;

/** Bytes of the HMAC kept in a code: 128 bits, beyond any guessing. */
const MAC_BYTES = 16;
/** Session id (16 bytes) + expiry (uint32 seconds since the epoch) + MAC. */
const CODE_BYTES = 16 + 4 + MAC_BYTES;
/** Base64url of CODE_BYTES (48 characters, no padding). */
const CODE_CHARS = Math.ceil((CODE_BYTES * 8) / 6);

export type CheckInCodeProblem = "MALFORMED" | "FORGED" | "EXPIRED";

export interface CheckInCodes {
  /** A code for this batch session, valid for `CHECK_IN_CODE_TTL_SECONDS` from `now`. */
  issue(sessionId: string, now?: Date): { readonly code: string; readonly expiresAt: Date };
  /** The session a code was issued for, or why it is refused (the MAC is compared in constant time, before the expiry). */
  verify(code: string, now?: Date): { readonly sessionId: string } | { readonly problem: CheckInCodeProblem };
}

/**
 * Short-lived, signed check-in codes: `base64url(session id ‖ expiry ‖ HMAC-SHA256(key, session id ‖ expiry)[0..16])`.
 * The key is derived from the server's token secret for this one purpose, so a code can never pass as anything else
 * (and a token signature never as a code). Nothing is stored: a code proves itself until it expires.
 */
export function createCheckInCodes(serverSecret: string, ttlSeconds = CHECK_IN_CODE_TTL_SECONDS): CheckInCodes {
  const key = createHmac("sha256", serverSecret).update("bina/check-in-code/v1").digest();
  const mac = (body: Buffer): Buffer => createHmac("sha256", key).update(body).digest().subarray(0, MAC_BYTES);
  return {
    issue(sessionId, now = new Date()) {
      if (!isUuid(sessionId)) throw new RangeError("sessionId must be a UUID");
      const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
      const body = Buffer.alloc(20);
      Buffer.from(sessionId.replace(/-/g, ""), "hex").copy(body, 0);
      body.writeUInt32BE(expires, 16);
      return { code: Buffer.concat([body, mac(body)]).toString("base64url"), expiresAt: new Date(expires * 1000) };
    },
    verify(code, now = new Date()) {
      if (typeof code !== "string" || code.length !== CODE_CHARS || !/^[A-Za-z0-9_-]+$/.test(code)) return { problem: "MALFORMED" };
      const raw = Buffer.from(code, "base64url");
      if (raw.length !== CODE_BYTES) return { problem: "MALFORMED" };
      const body = raw.subarray(0, 20);
      if (!timingSafeEqual(raw.subarray(20), mac(body))) return { problem: "FORGED" };
      if (Math.floor(now.getTime() / 1000) >= body.readUInt32BE(16)) return { problem: "EXPIRED" };
      const hex = body.subarray(0, 16).toString("hex");
      return { sessionId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` };
    },
  };
}

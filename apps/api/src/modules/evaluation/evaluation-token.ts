import { createHmac, timingSafeEqual } from "node:crypto";
import { isUuid } from "../../kit/ids";

/** Bytes of the HMAC kept in a link: 128 bits, beyond any guessing. */
const MAC_BYTES = 16;
/** base64url of 16 bytes: 22 characters, no padding. */
const PART_CHARS = 22;
const TOKEN = new RegExp(`^[A-Za-z0-9_-]{${PART_CHARS}}\\.[A-Za-z0-9_-]{${PART_CHARS}}$`);

export interface EvaluationTokens {
  /** The token of an invitation: `base64url(id bytes) + "." + base64url(HMAC-SHA256(secret, "evaluation:" + id)[0..16])`. */
  issue(invitationId: string): string;
  /** The invitation id a token carries when its MAC is right (compared in constant time), else null: forged and unknown look the same. */
  verify(token: string): string | null;
}

const idOf = (bytes: Buffer): string => {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * Personal evaluation links. Nothing secret is stored: the token proves itself with the server's token secret, so a
 * leaked database does not leak the links, and a changed secret invalidates every link at once.
 */
export function createEvaluationTokens(serverSecret: string): EvaluationTokens {
  const mac = (id: string): Buffer => createHmac("sha256", serverSecret).update(`evaluation:${id}`).digest().subarray(0, MAC_BYTES);
  return {
    issue(invitationId) {
      if (!isUuid(invitationId)) throw new RangeError("invitationId must be a UUID");
      const id = invitationId.toLowerCase();
      return `${Buffer.from(id.replace(/-/g, ""), "hex").toString("base64url")}.${mac(id).toString("base64url")}`;
    },
    verify(token) {
      if (typeof token !== "string" || !TOKEN.test(token)) return null;
      const [idPart, macPart] = token.split(".") as [string, string];
      const raw = Buffer.from(idPart, "base64url");
      const given = Buffer.from(macPart, "base64url");
      if (raw.length !== 16 || given.length !== MAC_BYTES) return null;
      // base64url decoding ignores stray low bits: only the canonical spelling of the bytes is accepted.
      if (raw.toString("base64url") !== idPart || given.toString("base64url") !== macPart) return null;
      const id = idOf(raw);
      return timingSafeEqual(given, mac(id)) ? id : null;
    },
  };
}

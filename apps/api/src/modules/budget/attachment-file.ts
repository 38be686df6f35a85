import { failure } from "../../kit/errors";
import { sniffMediaType, type EvidenceMediaType } from "../compliance/evidence-file";

/**
 * A document attached to a spending (a receipt, an invoice, a signed list of recipients): PDF, PNG or JPEG, recognised
 * by its first bytes, never by its name. The size is computed from the base64 text before anything is decoded, so an
 * oversized upload costs no buffer.
 */
export const ATTACHMENT_LIMITS = {
  /** One file, decoded (a scanned receipt as PDF or JPEG is a few hundred KB). */
  maxFileBytes: 2 * 1024 * 1024,
  /** Files per spending. */
  maxPerSpending: 5,
  /** Characters of a stored file name (budget_attachments.file_name). */
  maxFileNameChars: 200,
} as const;

export type AttachmentMediaType = EvidenceMediaType;

const EXTENSION: Readonly<Record<AttachmentMediaType, string>> = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg" };
const KNOWN_EXTENSIONS: Readonly<Record<string, AttachmentMediaType>> = { pdf: "application/pdf", png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg" };

/** The extension a download of this type is named with. */
export const extensionOf = (mediaType: AttachmentMediaType): string => EXTENSION[mediaType];

/** Why an attachment is refused (`extensions.reason` of INVALID_ATTACHMENT). */
export type AttachmentProblem = "TOO_LARGE" | "EMPTY" | "NOT_BASE64" | "UNSUPPORTED_TYPE" | "EXTENSION_MISMATCH" | "TOO_MANY";

export const invalidAttachment = (field: string, reason: AttachmentProblem, message: string) =>
  failure("INVALID_ATTACHMENT", `${field}: ${message}`, { field, reason });

// eslint-disable-next-line no-control-regex -- removing control characters from a file name is the point
const UNSAFE_CHARS = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF<>:"|?*]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A file name safe to store and to offer back as a download name: the last path segment only (no `../`, no drive or
 * folder), NFC, without control, bidi-override or zero-width characters and without the characters Windows refuses;
 * spaces collapsed, leading dots removed (no hidden files), at most 200 characters keeping the extension. An empty
 * result becomes `lampiran`.
 */
export function cleanFileName(raw: string): string {
  const base = String(raw).normalize("NFC").split(/[/\\]/).pop() ?? "";
  let name = base.replace(LONE_SURROGATE, "").replace(UNSAFE_CHARS, "").replace(/\s+/g, " ").trim().replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  const chars = [...name];
  if (chars.length > ATTACHMENT_LIMITS.maxFileNameChars) {
    const ext = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? "";
    name = chars.slice(0, ATTACHMENT_LIMITS.maxFileNameChars - ext.length).join("").trimEnd() + ext;
  }
  return name || "lampiran";
}

/** Standard base64 (line breaks allowed), at most two padding characters at the end. */
const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;

/**
 * The decoded size of a base64 text, computed without decoding: its base64 characters × 3 / 4 less the padding.
 * Null when the text is not standard base64.
 */
export function decodedSize(base64: string): number | null {
  if (!BASE64.test(base64)) return null;
  let chars = 0;
  let padding = 0;
  for (let i = 0; i < base64.length; i++) {
    const c = base64.charCodeAt(i);
    if (c === 10 || c === 13) continue;
    if (c === 61) padding++;
    chars++;
  }
  if (chars % 4 === 1) return null;
  return Math.floor((chars * 3) / 4) - padding;
}

export interface CheckedAttachment {
  readonly fileName: string;
  readonly mediaType: AttachmentMediaType;
  readonly content: Buffer;
}

/**
 * Checks one uploaded document: the size bound on the base64 text first (its length, then its exact decoded size, both
 * before decoding), then the bytes' type (PDF, PNG or JPEG by magic bytes). The cleaned name gets the content's
 * extension when it has none or an unknown one; a name claiming another of the three types is refused
 * (EXTENSION_MISMATCH), so `foto.png` holding a PDF is not stored under a misleading name. Every refusal is
 * INVALID_ATTACHMENT naming the field (`contentBase64` or `fileName`) with a reason.
 */
export function checkAttachment(file: { fileName: string; contentBase64: string }): CheckedAttachment {
  const max = ATTACHMENT_LIMITS.maxFileBytes;
  const mb = `${max / 1024 / 1024} MB`;
  const base64 = file.contentBase64;
  // Line breaks every 76 characters (MIME) add at most 2 in 76; anything longer cannot be a file within the limit.
  if (typeof base64 !== "string" || base64.length > Math.ceil((Math.ceil(max / 3) * 4 * 78) / 76) + 4) {
    throw invalidAttachment("contentBase64", "TOO_LARGE", `a document is at most ${mb}`);
  }
  const size = decodedSize(base64);
  if (size === null) throw invalidAttachment("contentBase64", "NOT_BASE64", "not base64 (encode the file's bytes as standard base64)");
  if (size > max) throw invalidAttachment("contentBase64", "TOO_LARGE", `a document is at most ${mb} (this one is ${size} bytes)`);
  if (size === 0) throw invalidAttachment("contentBase64", "EMPTY", "the file is empty");
  const content = Buffer.from(base64, "base64");
  const mediaType = sniffMediaType(content);
  if (!mediaType) throw invalidAttachment("contentBase64", "UNSUPPORTED_TYPE", "only PDF, PNG and JPEG documents are accepted (recognised by their content)");
  let fileName = cleanFileName(typeof file.fileName === "string" ? file.fileName : "");
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const claimed = KNOWN_EXTENSIONS[ext];
  if (claimed && claimed !== mediaType) {
    throw invalidAttachment("fileName", "EXTENSION_MISMATCH", `the name says .${ext} but the content is ${mediaType}`);
  }
  if (!claimed) {
    const suffix = `.${EXTENSION[mediaType]}`;
    const chars = [...fileName];
    if (chars.length + suffix.length > ATTACHMENT_LIMITS.maxFileNameChars) fileName = chars.slice(0, ATTACHMENT_LIMITS.maxFileNameChars - suffix.length).join("");
    fileName += suffix;
  }
  return { fileName, mediaType, content };
}

import { AppError } from "../../kit/errors";

/**
 * Evidence of a learning record (a certificate, a letter, a photo of the activity): small files of three types,
 * each recognised by its first bytes, never by its name alone. A name whose extension does not match the content is
 * refused too, so a renamed executable or an HTML page called `sertifikat.pdf` never reaches a reviewer's browser.
 */
export const EVIDENCE_LIMITS = {
  /** One file, decoded (a scanned certificate as PDF or JPEG is a few hundred KB). */
  maxFileBytes: 2 * 1024 * 1024,
  /** Files per record. */
  maxFiles: 3,
  /** Characters of a file name. */
  maxFileNameChars: 200,
} as const;

export const EVIDENCE_MEDIA_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

const SIGNATURES: readonly { type: EvidenceMediaType; bytes: readonly number[]; extensions: readonly string[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ["pdf"] }, // %PDF-
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extensions: ["png"] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff], extensions: ["jpg", "jpeg"] },
];

/** The media type the content's first bytes announce, or null for anything else. */
export const sniffMediaType = (content: Buffer): EvidenceMediaType | null =>
  SIGNATURES.find((s) => content.length >= s.bytes.length && s.bytes.every((b, i) => content[i] === b))?.type ?? null;

/** Standard base64 (line breaks allowed), with at most two padding characters. */
const BASE64 = /^(?:[A-Za-z0-9+/]|\r?\n)*={0,2}\s*$/;
// eslint-disable-next-line no-control-regex -- refusing control characters in a file name is the point
const BAD_NAME = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069/\\]/;

const fieldError = (field: string, domainCode: "FILE_TOO_LARGE" | "EMPTY_FILE" | "UNREADABLE_FILE" | "UNSUPPORTED_FILE_TYPE" | "INVALID_TEXT", message: string) =>
  new AppError("BAD_USER_INPUT", `${field}: ${message}`, { field, domainCode });

export interface CheckedEvidence {
  readonly fileName: string;
  readonly mediaType: EvidenceMediaType;
  readonly content: Buffer;
}

/** Checks one uploaded file (`evidence[i]`): its name, size (before and after decoding) and type by magic bytes. */
export function checkEvidence(file: { fileName: string; contentBase64: string }, index: number): CheckedEvidence {
  const at = `evidence[${index}]`;
  const fileName = typeof file.fileName === "string" ? file.fileName.trim().normalize("NFC") : "";
  if (!fileName || [...fileName].length > EVIDENCE_LIMITS.maxFileNameChars || BAD_NAME.test(fileName) || /[\uD800-\uDFFF]/.test(fileName)) {
    throw fieldError(`${at}.fileName`, "INVALID_TEXT", `a file name of 1..${EVIDENCE_LIMITS.maxFileNameChars} characters without slashes or control characters`);
  }
  const base64 = file.contentBase64;
  if (typeof base64 !== "string" || base64.length > Math.ceil(EVIDENCE_LIMITS.maxFileBytes / 3) * 4 + 4) {
    throw fieldError(`${at}.contentBase64`, "FILE_TOO_LARGE", `a file is at most ${EVIDENCE_LIMITS.maxFileBytes / 1024 / 1024} MB`);
  }
  if (!BASE64.test(base64)) throw fieldError(`${at}.contentBase64`, "UNREADABLE_FILE", "not base64 (encode the file's bytes as standard base64)");
  const content = Buffer.from(base64, "base64");
  if (content.length === 0) throw fieldError(`${at}.contentBase64`, "EMPTY_FILE", "the file is empty");
  if (content.length > EVIDENCE_LIMITS.maxFileBytes) {
    throw fieldError(`${at}.contentBase64`, "FILE_TOO_LARGE", `a file is at most ${EVIDENCE_LIMITS.maxFileBytes / 1024 / 1024} MB`);
  }
  const mediaType = sniffMediaType(content);
  if (!mediaType) throw fieldError(`${at}.contentBase64`, "UNSUPPORTED_FILE_TYPE", "only PDF, JPEG and PNG files are accepted (checked by their content)");
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (!SIGNATURES.find((s) => s.type === mediaType)!.extensions.includes(extension)) {
    throw fieldError(`${at}.fileName`, "UNSUPPORTED_FILE_TYPE", `the name's extension does not match the content (${mediaType})`);
  }
  return { fileName, mediaType, content };
}

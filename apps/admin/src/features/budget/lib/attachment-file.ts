/** A spending's supporting documents: the API's limits (budget_attachments), checked here before the upload. */
export const ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024;
export const ATTACHMENT_MAX_FILES = 5;
export const ATTACHMENT_ACCEPT = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

export type AttachmentKind = "PDF" | "PNG" | "JPEG";
export type AttachmentProblem = "TYPE" | "SIZE" | "EMPTY" | "TOO_MANY";

/** The kind of a file by its first bytes (as the API recognises it): `%PDF-`, the PNG signature, or a JPEG's SOI marker. */
export const attachmentKindOf = (head: Uint8Array): AttachmentKind | null => {
  const starts = (bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "PDF";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "PNG";
  if (starts([0xff, 0xd8, 0xff])) return "JPEG";
  return null;
};

/** Why a picked file cannot be attached (its first bytes, its size, how many the entry already has), or null. */
export const attachmentProblem = (file: { readonly size: number; readonly head: Uint8Array }, attached: number): AttachmentProblem | null => {
  if (attached >= ATTACHMENT_MAX_FILES) return "TOO_MANY";
  if (file.size <= 0) return "EMPTY";
  if (file.size > ATTACHMENT_MAX_BYTES) return "SIZE";
  return attachmentKindOf(file.head) ? null : "TYPE";
};

/** A file's size for people: `850 KB`, `1,4 MB` (the number in the reader's format). */
export const fileSizeParts = (bytes: number): { readonly value: number; readonly unit: "B" | "KB" | "MB"; readonly digits: number } => {
  if (bytes < 1024) return { value: bytes, unit: "B", digits: 0 };
  if (bytes < 1024 * 1024) return { value: Math.round(bytes / 1024), unit: "KB", digits: 0 };
  return { value: Math.round((bytes / (1024 * 1024)) * 10) / 10, unit: "MB", digits: 1 };
};

/**
 * Files the API sends as base64 text (the budget's FileExport: the realisation XLSX, a spending's attachment), turned
 * into bytes and offered as a download in the browser.
 */

/** The bytes of a base64 text (standard alphabet, padding optional, whitespace ignored); a RangeError for anything else. */
export const base64ToBytes = (base64: string): Uint8Array<ArrayBuffer> => {
  const clean = base64.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.replace(/=+$/, "").length % 4 === 1) throw new RangeError("not base64");
  const binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, "="));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** A download name without path separators or control characters (the API's name, kept as it is otherwise). */
export const safeFileName = (name: string, fallback: string): string => {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\]/g, "_").trim();
  return cleaned === "" || /^\.+$/.test(cleaned) ? fallback : cleaned;
};

/** The file the API sent, as the API describes it. */
export interface Base64File {
  readonly fileName: string;
  readonly mediaType: string;
  readonly contentBase64: string;
}

/** Offers a file the API sent as base64 as a download (a Blob link clicked once, then released). */
export const downloadBase64File = (file: Base64File, fallbackName = "download"): void => {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: file.mediaType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = safeFileName(file.fileName, fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
};

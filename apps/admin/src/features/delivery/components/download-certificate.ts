import { sessionStore } from "../../../session/session-store";

/**
 * Downloads a certificate's PDF (`GET /certificates/<id>.pdf` with the bearer token: a plain link cannot send it) and
 * offers it as a file. Rejects with an Error naming the HTTP status when the server refuses.
 */
export async function downloadCertificate(pdfPath: string, fileName: string): Promise<void> {
  const token = sessionStore.get()?.token;
  const res = await fetch(pdfPath, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

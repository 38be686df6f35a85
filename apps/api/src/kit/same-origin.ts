import type { Request } from "express";

/**
 * Whether a state-changing request to a public page (a form POST) comes from another site, and must be refused:
 * - `Sec-Fetch-Site` is `cross-site` or `same-site` (a sibling subdomain is another site's page, too);
 * - or an `Origin` header is present and is not this request's own origin: its protocol (`req.protocol`) and host
 *   (`req.host`, both honour TRUST_PROXY as Express does) — `Origin: null` (a sandboxed or privacy-redirected page) too,
 *   unless Sec-Fetch-Site says same-origin (Chromium sends null for a same-origin form post under no-referrer). The
 *   public form pages send `Referrer-Policy: same-origin`, so even a browser without Sec-Fetch-Site sends its origin.
 * A request with neither header (an old browser, curl, a server-side client) is accepted. Used by every public form POST
 * (/survey/<code>, /evaluate/<token>, /check-in).
 */
export function isCrossSiteRequest(req: Request): boolean {
  const site = req.get("sec-fetch-site")?.trim().toLowerCase();
  if (site === "cross-site" || site === "same-site") return true;
  const origin = req.get("origin");
  if (origin === undefined) return false;
  // A browser sends `Origin: null` on its own page's form post when the page's referrer policy is no-referrer; its
  // Sec-Fetch-Site says where the post came from (a sandboxed frame elsewhere is cross-site).
  if (origin.trim() === "null" && site === "same-origin") return false;
  const host = req.host;
  if (!host) return true;
  try {
    return new URL(origin.trim()).origin !== new URL(`${req.protocol}://${host}`).origin;
  } catch {
    return true;
  }
}

/** The page a refused cross-site form submission gets (403, in Indonesian like the public pages, no script). */
export const CROSS_SITE_MESSAGE = "Formulir ini hanya dapat dikirim dari halamannya sendiri. Buka kembali tautannya dan kirim dari sana.";
export const crossSitePage = (): string =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Permintaan ditolak</title></head><body><h1>Permintaan ditolak</h1><p>${CROSS_SITE_MESSAGE}</p></body></html>`;

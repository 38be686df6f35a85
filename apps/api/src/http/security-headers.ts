import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Security headers for the app and the API. The CSP fits the admin app: a Vite build served from this origin, antd's
 * CSS-in-JS (inline styles, hence style-src 'unsafe-inline'), the bundled GraphiQL explorer (its editor runs in web
 * workers from this origin or blob: URLs). Nothing may frame the app, MIME types are not sniffed and no referrer leaves.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          baseUri: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "blob:"],
          fontSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", "blob:"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
        },
      },
      referrerPolicy: { policy: "no-referrer" },
      // Sent below, and only over TLS: HSTS on plain HTTP would lock a LAN deployment out of its own server.
      strictTransportSecurity: false,
    }),
    hstsWhenSecure,
  ];
}

/** HSTS when the request arrived over TLS (directly, or per X-Forwarded-Proto from a proxy that TRUST_PROXY trusts). */
const hstsWhenSecure: RequestHandler = (req, res, next) => {
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
};

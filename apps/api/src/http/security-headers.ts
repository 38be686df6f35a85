import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Security headers for the app and the API. The CSP fits the admin app: a Vite build served from this origin, antd's
 * CSS-in-JS (inline styles, hence style-src 'unsafe-inline'), the bundled GraphiQL explorer (its editor runs in web
 * workers from this origin or blob: URLs). Nothing may frame the app, MIME types are not sniffed and no referrer leaves.
 */
export function securityHeaders(): RequestHandler[] {
  return [fixedHeaders(helmetHeaders()), hstsWhenSecure];
}

/** Helmet's configuration: its middleware is run once (below) to learn the headers it sets. */
const configuredHelmet = () =>
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
  });

/**
 * The headers helmet sets and removes with this configuration, learnt by running its middleware once on a stand-in
 * response. Helmet's headers do not depend on the request (HSTS, which does, is left out of it), so every response gets
 * the same ones: one loop over a fixed list instead of a dozen nested middlewares per request.
 */
export function helmetHeaders(): { set: readonly (readonly [string, string])[]; removed: readonly string[] } {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
      return res;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  let called = false;
  configuredHelmet()({} as IncomingMessage, res as unknown as ServerResponse, () => {
    called = true;
  });
  if (!called || set.length === 0) throw new Error("helmet did not run synchronously; its headers cannot be computed ahead");
  return { set, removed };
}

const fixedHeaders =
  ({ set, removed }: ReturnType<typeof helmetHeaders>): RequestHandler =>
  (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };

/** HSTS when the request arrived over TLS (directly, or per X-Forwarded-Proto from a proxy that TRUST_PROXY trusts). */
const hstsWhenSecure: RequestHandler = (req, res, next) => {
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
};

import fs from "node:fs";
import path from "node:path";
import express, { type NextFunction, type Request, type Response, type Router } from "express";

const YEAR = 365 * 24 * 3600;

/**
 * Serves the built admin app: hashed files under /assets/ are cached for a year as immutable, index.html is
 * revalidated on every load (so a deployment shows at once), and every other path without a file extension gets the
 * app (client-side routes). A missing file with an extension is a 404, and /robots.txt asks crawlers to stay out,
 * instead of answering the app's HTML.
 */
/** The encodings the build writes beside each text file (`x.js.br`, `x.js.gz`), best first. */
const PRECOMPRESSED = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

/**
 * Serves a hashed asset from the copy the build compressed ahead (brotli, else gzip) when the client accepts it,
 * so the server spends no CPU compressing the app on every first load.
 */
function precompressedAssets(dist: string) {
  const assets = path.join(dist, "assets");
  return (req: Request, res: Response, next: NextFunction): void => {
    const name = path.basename(req.path);
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    // Only a file directly under /assets/ with a plain name (Vite writes them flat).
    if (req.path !== `/${name}` || !/^[\w.-]+$/.test(name)) return next();
    const accepted = String(req.headers["accept-encoding"] ?? "");
    for (const { encoding, suffix } of PRECOMPRESSED) {
      if (!new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
      const file = path.join(assets, name + suffix);
      if (!fs.existsSync(file)) continue;
      res.set({
        "Content-Encoding": encoding,
        "Cache-Control": `public, max-age=${YEAR}, immutable`,
        Vary: "Accept-Encoding",
      });
      res.type(path.extname(name));
      res.sendFile(file);
      return;
    }
    next();
  };
}

export function adminApp(dist: string): Router {
  const router = express.Router();
  const index = path.join(dist, "index.html");
  router.use("/assets", precompressedAssets(dist));
  router.get("/robots.txt", (_req, res) => {
    res.type("text/plain").set("Cache-Control", "public, max-age=86400").send("User-agent: *\nDisallow: /\n");
  });
  router.use(
    express.static(dist, {
      index: false,
      setHeaders: (res, file) => {
        const rel = path.relative(dist, file).split(path.sep).join("/");
        if (rel.startsWith("assets/")) res.setHeader("Cache-Control", `public, max-age=${YEAR}, immutable`);
        else if (rel === "index.html") res.setHeader("Cache-Control", "no-cache");
        else res.setHeader("Cache-Control", "public, max-age=3600");
      },
    }),
  );
  router.get("/{*path}", (req, res, next) => {
    if (path.extname(req.path) !== "" || req.path.startsWith("/assets/")) {
      next();
      return;
    }
    res.set("Cache-Control", "no-cache").sendFile(index);
  });
  return router;
}

import path from "node:path";
import express, { type Router } from "express";

const YEAR = 365 * 24 * 3600;

/**
 * Serves the built admin app: hashed files under /assets/ are cached for a year as immutable, index.html is
 * revalidated on every load (so a deployment shows at once), and every other path without a file extension gets the
 * app (client-side routes). A missing file with an extension is a 404, and /robots.txt asks crawlers to stay out,
 * instead of answering the app's HTML.
 */
export function adminApp(dist: string): Router {
  const router = express.Router();
  const index = path.join(dist, "index.html");
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

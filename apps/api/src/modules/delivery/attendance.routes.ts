import express, { type Request, type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import { AppError } from "../../kit/errors";
import { authenticateToken } from "../auth/authenticate-token";
import { resolveScope } from "../auth/resolve-scope";
import type { TokenService } from "../auth/token";
import type { AttendanceServices } from "./attendance.services";
import { createPublicRateLimit } from "./public-rate-limit";
import { checkedInPage, checkInFormPage, checkInRefusedPage, tooManyRequestsPage, unknownCertificatePage, verifiedPage } from "./public-pages";

/** Public verification lookups per client address and minute (a code has 100 random bits: this only keeps load down). */
export const VERIFY_PER_MINUTE = 60;
/** Failed check-ins per client address per ten minutes (a class on one Wi-Fi shares an address: successes do not count). */
export const CHECK_IN_FAILURES_PER_WINDOW = 30;

/** Indonesian words for the refusals a participant's phone may show. */
const CHECK_IN_MESSAGES: Record<string, string> = {
  CHECK_IN_EXPIRED: "Kode presensi sudah kedaluwarsa. Pindai ulang kode di layar panitia.",
  CHECK_IN_INVALID: "Kode presensi tidak valid. Pindai kode di layar panitia.",
  NOT_A_PARTICIPANT: "NIP ini tidak terdaftar sebagai peserta kegiatan ini.",
  BATCH_NOT_RUNNING: "Kegiatan ini sedang tidak berlangsung.",
  NOT_FOUND: "Sesi kegiatan tidak ditemukan.",
};

const noStore = (res: Response): void => {
  res.set("Cache-Control", "no-store");
  res.set("X-Robots-Tag", "noindex, nofollow");
};

const wantsJson = (req: Request): boolean => req.is("application/json") === "application/json" || /application\/json/.test(String(req.headers.accept ?? ""));

/**
 * The attendance module's plain HTTP routes, outside GraphQL and the admin app:
 * - `GET /verify/<code>`: the public verification page (server-rendered HTML, no script, not indexed, rate-limited);
 *   only name, programme, JP, dates and status; 404 page for an unknown code.
 * - `GET /check-in?code=...`: the form a participant's phone opens from the organiser's QR code; `POST /check-in`
 *   (form or JSON: `code`, `nip`) marks the participant present; failures are rate-limited per client address.
 * - `GET /certificates/<id>.pdf` with `Authorization: Bearer <token>`: the STTPP as PDF (ADMIN and ANALYST any,
 *   a unit operator its subtree's; 404 otherwise).
 */
export function attendanceRoutes({ ds, tokens, services }: { ds: DataSource; tokens: TokenService; services: { attendance: AttendanceServices } }): Router {
  const router = express.Router();
  const verifyLimit = createPublicRateLimit({ limit: VERIFY_PER_MINUTE, windowSeconds: 60 });
  const checkInLimit = createPublicRateLimit({ limit: CHECK_IN_FAILURES_PER_WINDOW, windowSeconds: 600 });
  const client = (req: Request) => req.ip ?? req.socket.remoteAddress ?? "unknown";

  router.get("/verify/:code", async (req, res, next) => {
    try {
      noStore(res);
      const wait = verifyLimit.retryAfter(client(req));
      if (wait > 0) {
        res.status(429).set("Retry-After", String(wait)).type("html").send(tooManyRequestsPage(wait));
        return;
      }
      verifyLimit.hit(client(req));
      const found = await services.attendance.verifyCertificate(String(req.params.code));
      if (!found) {
        res.status(404).type("html").send(unknownCertificatePage());
        return;
      }
      // A revocation must show at once: a short private cache at most.
      res.set("Cache-Control", "no-cache");
      res.type("html").send(verifiedPage(found));
    } catch (e) {
      next(e);
    }
  });

  router.get("/check-in", (req, res) => {
    noStore(res);
    res.type("html").send(checkInFormPage(typeof req.query.code === "string" ? req.query.code : ""));
  });

  router.post("/check-in", express.urlencoded({ extended: false, limit: "4kb" }), express.json({ limit: "4kb" }), async (req, res, next) => {
    noStore(res);
    const json = wantsJson(req);
    const refuse = (status: number, code: string, message: string, extra: Record<string, string> = {}) => {
      if (json) res.status(status).set(extra).json({ errors: [{ message, extensions: { code: status === 429 ? "TOO_MANY_REQUESTS" : "BAD_USER_INPUT", domainCode: code } }] });
      else res.status(status).set(extra).type("html").send(checkInRefusedPage(CHECK_IN_MESSAGES[code] ?? message));
    };
    try {
      const wait = checkInLimit.retryAfter(client(req));
      if (wait > 0) {
        refuse(429, "CHECK_IN_RATE_LIMITED", `Too many failed check-ins; try again in ${wait} seconds`, { "Retry-After": String(wait) });
        return;
      }
      const body = (req.body ?? {}) as Record<string, unknown>;
      const code = typeof body.code === "string" ? body.code : "";
      const nip = typeof body.nip === "string" ? body.nip : "";
      try {
        const done = await services.attendance.checkIn(code, nip);
        if (json) res.json({ data: { checkIn: { sessionId: done.sessionId, topic: done.topic, date: done.date } } });
        else res.type("html").send(checkedInPage(done.topic, done.date));
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        checkInLimit.hit(client(req));
        const domainCode = String(e.extensions.domainCode ?? e.extensions.code);
        refuse(e.extensions.code === "NOT_FOUND" ? 404 : e.extensions.code === "CONFLICT" ? 409 : 400, domainCode, e.message);
      }
    } catch (e) {
      next(e);
    }
  });

  router.get("/certificates/:file", async (req, res, next) => {
    try {
      res.set("Cache-Control", "private, no-store");
      const m = /^([0-9a-fA-F-]{36})\.pdf$/.exec(String(req.params.file));
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "")?.[1];
      const outcome = bearer ? await authenticateToken({ ds, tokens, token: bearer }) : null;
      if (!outcome || "failure" in outcome) {
        res.status(401).json({ errors: [{ message: "Log in first: send `Authorization: Bearer <token>`", extensions: { code: "UNAUTHENTICATED" } }] });
        return;
      }
      const user = outcome.user;
      const found = m ? await services.attendance.certificatePdf(user, () => resolveScope(ds, user), m[1]!.toLowerCase()) : null;
      if (!found) {
        res.status(404).json({ errors: [{ message: "There is no such certificate", extensions: { code: "NOT_FOUND" } }] });
        return;
      }
      const fileName = `STTPP-${found.number.replace(/[^A-Za-z0-9]+/g, "-")}.pdf`;
      res.type("application/pdf").set("Content-Disposition", `attachment; filename="${fileName}"`).send(Buffer.from(found.pdf));
    } catch (e) {
      next(e);
    }
  });

  return router;
}

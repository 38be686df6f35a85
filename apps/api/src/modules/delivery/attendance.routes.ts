import express, { type Request, type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import { AppError } from "../../kit/errors";
import { authenticateToken } from "../auth/authenticate-token";
import { resolveScope } from "../auth/resolve-scope";
import type { TokenService } from "../auth/token";
import type { AttendanceServices } from "./attendance.services";
import { createPublicRateLimit } from "./public-rate-limit";
import { CROSS_SITE_MESSAGE, isCrossSiteRequest } from "../../kit/same-origin";
import { checkedInPage, checkInFormPage, checkInRefusedPage, tooManyRequestsPage, unknownCertificatePage, verifiedPage } from "./public-pages";

/** Public verification lookups per client address and minute (a code has 100 random bits: this only keeps load down). */
export const VERIFY_PER_MINUTE = 60;
/**
 * Failed check-ins per check-in code and client address per ten minutes. Only a wrong NIP with a valid code counts (a
 * NIP guess); an expired, forged or malformed code costs no SQL and does not count, so a class on one Wi-Fi (one
 * address) scanning a stale code is not locked out; and the count is per code, so the next code starts afresh.
 */
export const CHECK_IN_FAILURES_PER_WINDOW = 30;
/**
 * Successful check-ins per check-in code and client address (the code lives two minutes; the window covers it). A
 * phone checks in its owner, perhaps a neighbour without a phone; five keeps one device holding a code from marking a
 * whole list of NIPs present, while a class behind one address rescans the organiser's next code.
 */
export const CHECK_INS_PER_CODE_AND_CLIENT = 5;
/** Certificate PDFs per client address and minute (each is rendered on request: this keeps the CPU for everyone). */
export const CERTIFICATE_PDFS_PER_MINUTE = 60;
/** Refusals of a check-in that are about the code, not the NIP: they do not count as failures. */
const CODE_REFUSALS = new Set(["CHECK_IN_EXPIRED", "CHECK_IN_INVALID"]);

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
 *   (form or JSON: `code`, `nip`) marks the participant present; wrong NIPs and successes are limited per code and
 *   client address.
 * - `GET /certificates/<id>.pdf` with `Authorization: Bearer <token>`: the STTPP as PDF (ADMIN and ANALYST any,
 *   a unit operator its subtree's; 404 otherwise), at most CERTIFICATE_PDFS_PER_MINUTE per client address.
 */
export function attendanceRoutes({ ds, tokens, services }: { ds: DataSource; tokens: TokenService; services: { attendance: AttendanceServices } }): Router {
  const router = express.Router();
  const verifyLimit = createPublicRateLimit({ limit: VERIFY_PER_MINUTE, windowSeconds: 60 });
  const checkInLimit = createPublicRateLimit({ limit: CHECK_IN_FAILURES_PER_WINDOW, windowSeconds: 600 });
  const checkInSuccessLimit = createPublicRateLimit({ limit: CHECK_INS_PER_CODE_AND_CLIENT, windowSeconds: 600 });
  const pdfLimit = createPublicRateLimit({ limit: CERTIFICATE_PDFS_PER_MINUTE, windowSeconds: 60 });
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
    // Same-origin only: the form's own post then carries its Origin (no-referrer makes browsers send "null").
    res.set("Referrer-Policy", "same-origin");
    res.type("html").send(checkInFormPage(typeof req.query.code === "string" ? req.query.code : ""));
  });

  router.post("/check-in", express.urlencoded({ extended: false, limit: "4kb" }), express.json({ limit: "4kb" }), async (req, res, next) => {
    noStore(res);
    const json = wantsJson(req);
    const refuse = (status: number, code: string, message: string, extra: Record<string, string> = {}) => {
      if (json) res.status(status).set(extra).json({ errors: [{ message, extensions: { code: status === 429 ? "TOO_MANY_REQUESTS" : "BAD_USER_INPUT", domainCode: code } }] });
      else res.status(status).set(extra).type("html").send(checkInRefusedPage(CHECK_IN_MESSAGES[code] ?? message));
    };
    // Another site's page may not check its visitors in (403, nothing recorded).
    if (isCrossSiteRequest(req)) {
      if (json) res.status(403).json({ errors: [{ message: CROSS_SITE_MESSAGE, extensions: { code: "FORBIDDEN" } }] });
      else res.status(403).type("html").send(checkInRefusedPage(CROSS_SITE_MESSAGE));
      return;
    }
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const code = typeof body.code === "string" ? body.code : "";
      const nip = typeof body.nip === "string" ? body.nip : "";
      // Keyed by the code (its first 100 characters: a real one is shorter) and the client address.
      const key = `${code.trim().slice(0, 100)}|${client(req)}`;
      const failing = checkInLimit.retryAfter(key);
      if (failing > 0) {
        refuse(429, "CHECK_IN_RATE_LIMITED", `Too many failed check-ins; try again in ${failing} seconds`, { "Retry-After": String(failing) });
        return;
      }
      const full = checkInSuccessLimit.retryAfter(key);
      if (full > 0) {
        refuse(429, "CHECK_IN_RATE_LIMITED", `This device has checked in ${CHECK_INS_PER_CODE_AND_CLIENT} participants with this code; scan the organiser's next code`, {
          "Retry-After": String(full),
        });
        return;
      }
      try {
        const done = await services.attendance.checkIn(code, nip);
        checkInSuccessLimit.hit(key);
        if (json) res.json({ data: { checkIn: { sessionId: done.sessionId, topic: done.topic, date: done.date } } });
        else res.type("html").send(checkedInPage(done.topic, done.date));
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        const domainCode = String(e.extensions.domainCode ?? e.extensions.code);
        if (!CODE_REFUSALS.has(domainCode)) checkInLimit.hit(key);
        refuse(e.extensions.code === "NOT_FOUND" ? 404 : e.extensions.code === "CONFLICT" ? 409 : 400, domainCode, e.message);
      }
    } catch (e) {
      next(e);
    }
  });

  router.get("/certificates/:file", async (req, res, next) => {
    try {
      res.set("Cache-Control", "private, no-store");
      const wait = pdfLimit.retryAfter(client(req));
      if (wait > 0) {
        res
          .status(429)
          .set("Retry-After", String(wait))
          .json({ errors: [{ message: `Too many certificate downloads; try again in ${wait} seconds`, extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds: wait } }] });
        return;
      }
      pdfLimit.hit(client(req));
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

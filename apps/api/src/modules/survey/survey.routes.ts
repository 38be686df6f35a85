import express, { type Request, type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import { jakartaDate } from "@bina/domain";
import { createPublicRateLimit } from "../delivery/public-rate-limit";
import { tooManyRequestsPage } from "../delivery/public-pages";
import { crossSitePage, isCrossSiteRequest } from "../../kit/same-origin";
import { addressKeyOf, clientKey, DEVICE_COOKIE, deviceIdOf, findSurveyTarget, newDeviceCookie, submitSurveyResponse } from "./public-survey";
import { parseSurveyForm } from "./survey-form";
import {
  alreadyAnsweredPage,
  badRequestPage,
  noSurveyOpenPage,
  periodLabel,
  surveyFormPage,
  thankYouPage,
  tooManySubmissionsPage,
  unknownServiceUnitPage,
  type SurveyFormTarget,
} from "./survey-pages";
import { surveyPoster } from "./survey-poster";

/** Form submissions per client address and window (a waiting room behind one address still gets a few in). */
export const SURVEY_SUBMISSIONS_PER_WINDOW = 10;
export const SURVEY_SUBMISSION_WINDOW_SECONDS = 600;
/**
 * Stored responses per client address (an IPv6 one by its /64), service unit and period in 24 hours: a cap no device
 * cookie lifts (a unit's waiting-room Wi-Fi still fits a busy day's honest answers).
 */
export const SURVEY_PER_ADDRESS_PER_DAY = 20;
/** Form and thank-you page views per client address and minute (they cost one small query each). */
export const SURVEY_VIEWS_PER_MINUTE = 120;
/** Poster PDFs per client address and minute (each is rendered on request). */
export const SURVEY_POSTERS_PER_MINUTE = 30;
/** The largest form body: a 1000-character suggestion of 3-byte characters, percent-encoded, with the rest. */
export const SURVEY_BODY_LIMIT = "32kb";

export interface SurveyRouteOptions {
  /** Where the public pages are reached (the poster's QR). */
  readonly publicBaseUrl: string;
  /** The server's token secret (as the evaluation links use): signs the device cookie and keys the per-address cap. */
  readonly tokenSecret: string;
  /** Stored responses per address, unit and period in 24 hours (SURVEY_PER_ADDRESS_PER_DAY unless set, for tests). */
  readonly perAddressPerDay?: number;
  /** Today in Asia/Jakarta (a clock for tests). */
  readonly today?: () => string;
}

const noStore = (res: Response): void => {
  res.set("Cache-Control", "no-store");
  res.set("X-Robots-Tag", "noindex, nofollow");
};

/**
 * The public satisfaction survey (SKM), outside GraphQL and the admin app, no login:
 * - `GET /survey/<code>`: the form for the OPEN period containing today; a page saying no survey is open otherwise; a 404
 *   page for an unknown or inactive code.
 * - `POST /survey/<code>` (application/x-www-form-urlencoded, at most SURVEY_BODY_LIMIT): checked field by field (422 with
 *   the form and its errors, nothing stored); a filled honeypot pretends success and stores nothing; the same browser
 *   (its device cookie, signed by the server, else address and user agent) for the same unit and period within 24 hours
 *   gets the "already answered" page (409); at most SURVEY_SUBMISSIONS_PER_WINDOW per client address and window, and at
 *   most SURVEY_PER_ADDRESS_PER_DAY stored per address, unit and period in 24 hours (429). A post from another site
 *   (Sec-Fetch-Site cross-site or same-site, or an Origin not this server's) gets a 403 page and stores nothing. A response is stored, with its tally, before the
 *   303 to the thank-you page.
 * - `GET /survey/<code>/terima-kasih`, `GET /survey/<code>/poster.pdf?period=2026-2` (A4 QR poster).
 */
export function surveyRoutes({ ds, options }: { ds: DataSource; options: SurveyRouteOptions }): Router {
  const router = express.Router();
  const today = options.today ?? (() => jakartaDate(Date.now()));
  const perAddressPerDay = options.perAddressPerDay ?? SURVEY_PER_ADDRESS_PER_DAY;
  const submitLimit = createPublicRateLimit({ limit: SURVEY_SUBMISSIONS_PER_WINDOW, windowSeconds: SURVEY_SUBMISSION_WINDOW_SECONDS });
  const viewLimit = createPublicRateLimit({ limit: SURVEY_VIEWS_PER_MINUTE, windowSeconds: 60 });
  const posterLimit = createPublicRateLimit({ limit: SURVEY_POSTERS_PER_MINUTE, windowSeconds: 60 });
  const client = (req: Request) => req.ip ?? req.socket.remoteAddress ?? "unknown";
  const html = (res: Response, status: number, body: string) => res.status(status).type("html").send(body);
  const formTarget = (t: { code: string; name: string; period: { year: number; half: number } | null }): SurveyFormTarget => ({
    code: t.code,
    name: t.name,
    periodLabel: t.period ? periodLabel(t.period.year, t.period.half) : "",
  });
  /** Refuses a view over the limit (429 page); true when the request may go on. */
  const viewAllowed = (req: Request, res: Response): boolean => {
    const wait = viewLimit.retryAfter(client(req));
    if (wait > 0) {
      res.set("Retry-After", String(wait));
      html(res, 429, tooManyRequestsPage(wait));
      return false;
    }
    viewLimit.hit(client(req));
    return true;
  };

  router.get("/survey/:code", async (req, res, next) => {
    try {
      noStore(res);
      if (!viewAllowed(req, res)) return;
      const target = await findSurveyTarget(ds, String(req.params.code), today());
      if (!target) return void html(res, 404, unknownServiceUnitPage());
      if (!target.period) return void html(res, 200, noSurveyOpenPage(target.name));
      // The browser's device id for the duplicate guard (no personal data: random bits, only under /survey).
      if (!deviceIdOf(req.headers.cookie, options.tokenSecret)) {
        res.append("Set-Cookie", `${DEVICE_COOKIE}=${newDeviceCookie(options.tokenSecret)}; Path=/survey; Max-Age=31536000; HttpOnly; SameSite=Lax${req.secure ? "; Secure" : ""}`);
      }
      // Same-origin only: the form's own post then carries its Origin (no-referrer makes browsers send "null").
      res.set("Referrer-Policy", "same-origin");
      html(res, 200, surveyFormPage(formTarget(target)));
    } catch (e) {
      next(e);
    }
  });

  const body = express.urlencoded({ extended: false, limit: SURVEY_BODY_LIMIT, parameterLimit: 50 });
  router.post(
    "/survey/:code",
    (req, res, next) => {
      noStore(res);
      if (isCrossSiteRequest(req)) return void html(res, 403, crossSitePage());
      const wait = submitLimit.retryAfter(client(req));
      if (wait > 0) {
        res.set("Retry-After", String(wait));
        return void html(res, 429, tooManySubmissionsPage(wait));
      }
      submitLimit.hit(client(req));
      body(req, res, (err?: unknown) => {
        if (err) return void html(res, (err as { status?: number }).status === 413 ? 413 : 400, badRequestPage());
        next();
      });
    },
    async (req, res, next) => {
      try {
        const day = today();
        const target = await findSurveyTarget(ds, String(req.params.code), day);
        if (!target) return void html(res, 404, unknownServiceUnitPage());
        if (!target.period) return void html(res, 409, noSurveyOpenPage(target.name));
        const form = parseSurveyForm(req.is("application/x-www-form-urlencoded") ? ((req.body ?? {}) as Record<string, unknown>) : {});
        const thanks = `/survey/${target.code}/terima-kasih`;
        // A bot that filled the hidden field is told it succeeded, and nothing is stored.
        if (form.honeypot) return void res.redirect(303, thanks);
        if (!form.ok) return void html(res, 422, surveyFormPage(formTarget(target), form.values, form.errors));
        const who = { deviceId: deviceIdOf(req.headers.cookie, options.tokenSecret), address: client(req), userAgent: String(req.headers["user-agent"] ?? "") };
        const key = clientKey(who, target.serviceUnitId, target.period.id);
        const addressHash = addressKeyOf(options.tokenSecret, who.address, target.serviceUnitId, target.period.id);
        const outcome = await submitSurveyResponse(ds, { target, answers: form.value, key, addressHash, perAddressPerDay, today: day });
        if (typeof outcome === "object") {
          res.set("Retry-After", String(outcome.addressFull));
          return void html(res, 429, tooManySubmissionsPage(outcome.addressFull));
        }
        if (outcome === "DUPLICATE") return void html(res, 409, alreadyAnsweredPage(target.name));
        if (outcome === "CLOSED") return void html(res, 409, noSurveyOpenPage(target.name));
        res.redirect(303, thanks);
      } catch (e) {
        next(e);
      }
    },
  );

  router.get("/survey/:code/terima-kasih", async (req, res, next) => {
    try {
      noStore(res);
      if (!viewAllowed(req, res)) return;
      const target = await findSurveyTarget(ds, String(req.params.code), today());
      if (!target) return void html(res, 404, unknownServiceUnitPage());
      html(res, 200, thankYouPage(target.name));
    } catch (e) {
      next(e);
    }
  });

  router.get("/survey/:code/poster.pdf", async (req, res, next) => {
    try {
      res.set("Cache-Control", "no-store");
      const wait = posterLimit.retryAfter(client(req));
      if (wait > 0) {
        res.set("Retry-After", String(wait));
        return void html(res, 429, tooManyRequestsPage(wait));
      }
      posterLimit.hit(client(req));
      const period = typeof req.query.period === "string" ? req.query.period : req.query.period === undefined ? null : "";
      const poster = await surveyPoster(ds, { code: String(req.params.code), periodCode: period, today: today(), publicBaseUrl: options.publicBaseUrl });
      if (!poster) return void html(res, 404, unknownServiceUnitPage());
      res.type("application/pdf").set("Content-Disposition", `inline; filename="${poster.fileName}"`).send(Buffer.from(poster.pdf));
    } catch (e) {
      next(e);
    }
  });

  return router;
}

import express, { type Request, type Response, type Router } from "express";
import { createPublicRateLimit } from "../delivery/public-rate-limit";
import type { EvaluationServices } from "./evaluation.services";
import { evaluationFormPage, evaluationRefusedPage, evaluationThanksPage, evaluationTooManyPage } from "./evaluation-pages";
import type { FormRefusal } from "./evaluation-form";
import { crossSitePage, isCrossSiteRequest } from "../../kit/same-origin";

/** Form views per client address and minute. */
export const EVALUATION_VIEWS_PER_MINUTE = 60;
/** Form submissions (accepted or not) per client address and ten minutes: a class answering from one Wi-Fi fits. */
export const EVALUATION_POSTS_PER_WINDOW = 60;
/** Largest form body: the questions (a few per speaker) and a 1000-character comment. */
const BODY_LIMIT = "16kb";

const REFUSAL_STATUS: Record<FormRefusal, number> = { INVALID: 404, NOT_YET_OPEN: 403, EXPIRED: 410, ANSWERED: 409 };

const noStore = (res: Response): void => {
  res.set("Cache-Control", "no-store");
  res.set("X-Robots-Tag", "noindex, nofollow");
  // Same-origin only: the form's own post then carries its Origin (no-referrer makes browsers send "null").
  res.set("Referrer-Policy", "same-origin");
};

/**
 * The evaluation module's public routes (no login; the personal link is the key):
 * - `GET /evaluate/<token>`: the form (reaction or behaviour) or the page saying why not (invalid, not yet open, expired,
 *   already answered);
 * - `POST /evaluate/<token>` (application/x-www-form-urlencoded): stores the answers once, then 303 to the thank-you page;
 *   an invalid answer shows the form again (400) naming the field, with nothing stored;
 * - `GET /evaluate/terima-kasih`: the thank-you page.
 */
export function evaluationRoutes({ services }: { services: { evaluation: EvaluationServices } }): Router {
  const router = express.Router();
  const viewLimit = createPublicRateLimit({ limit: EVALUATION_VIEWS_PER_MINUTE, windowSeconds: 60 });
  const postLimit = createPublicRateLimit({ limit: EVALUATION_POSTS_PER_WINDOW, windowSeconds: 600 });
  const client = (req: Request) => req.ip ?? req.socket.remoteAddress ?? "unknown";
  const limited = (res: Response, limit: ReturnType<typeof createPublicRateLimit>, key: string): boolean => {
    const wait = limit.retryAfter(key);
    if (wait > 0) {
      res.status(429).set("Retry-After", String(wait)).type("html").send(evaluationTooManyPage(wait));
      return true;
    }
    limit.hit(key);
    return false;
  };

  router.get("/evaluate/terima-kasih", (_req, res) => {
    noStore(res);
    res.type("html").send(evaluationThanksPage());
  });

  router.get("/evaluate/:token", async (req, res, next) => {
    try {
      noStore(res);
      if (limited(res, viewLimit, client(req))) return;
      const token = String(req.params.token);
      const state = await services.evaluation.openForm(token);
      if ("refusal" in state) {
        res.status(REFUSAL_STATUS[state.refusal]).type("html").send(evaluationRefusedPage(state.refusal, state.form));
        return;
      }
      res.type("html").send(evaluationFormPage(token, state.form));
    } catch (e) {
      next(e);
    }
  });

  router.post("/evaluate/:token", express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 200 }), async (req, res, next) => {
    try {
      noStore(res);
      // Another site's page may not submit someone's personal link (403, nothing stored).
      if (isCrossSiteRequest(req)) return void res.status(403).type("html").send(crossSitePage());
      if (limited(res, postLimit, client(req))) return;
      const token = String(req.params.token);
      const body = (req.body && typeof req.body === "object" ? req.body : {}) as Record<string, unknown>;
      const outcome = await services.evaluation.submitForm(token, body);
      if ("stored" in outcome) {
        res.redirect(303, "/evaluate/terima-kasih");
        return;
      }
      if ("invalid" in outcome) {
        res.status(400).type("html").send(evaluationFormPage(token, outcome.form, { problem: outcome.invalid, values: body }));
        return;
      }
      res.status(REFUSAL_STATUS[outcome.refusal]).type("html").send(evaluationRefusedPage(outcome.refusal, outcome.form));
    } catch (e) {
      next(e);
    }
  });

  return router;
}

import type { ErrorRequestHandler } from "express";

interface HttpErrorLike {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
}

/** Messages for the request errors a client can cause before GraphQL sees the request (body-parser's `type`s). */
const CLIENT_MESSAGES: Record<string, string> = {
  "entity.parse.failed": "The request body is not valid JSON",
  "entity.too.large": "The request body is too large",
  "encoding.unsupported": "The request body's encoding is not supported",
  "charset.unsupported": "The request body's charset is not supported",
  "request.aborted": "The request was aborted",
};

/**
 * The last handler: every error Express sees ends here, answered as a GraphQL-shaped JSON error without a stack
 * trace or a file path, whatever NODE_ENV says (Express's own handler prints stacks unless NODE_ENV=production).
 */
export const errorHandler: ErrorRequestHandler = (err: HttpErrorLike, _req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  const raw = Number(err?.status ?? err?.statusCode);
  const status = Number.isInteger(raw) && raw >= 400 && raw < 600 ? raw : 500;
  const known = typeof err?.type === "string" ? CLIENT_MESSAGES[err.type] : undefined;
  const message = known ?? (status < 500 && err?.expose === true && typeof err.message === "string" ? err.message : status < 500 ? "Bad request" : "Internal server error");
  if (status >= 500) console.error("[http] unexpected error", err);
  res.status(status).json({ errors: [{ message, extensions: { code: status >= 500 ? "INTERNAL_SERVER_ERROR" : status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST" } }] });
};

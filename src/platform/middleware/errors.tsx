/**
 * The one error handler: RFC 9457 problem+json under /api/, an HTML page elsewhere. Expected
 * failures are AppErrors; anything else is logged with its stack and answered as a plain 500
 * without details, so no internals reach the client.
 */
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../env";
import { AppError, toProblem } from "../http/errors";
import { ErrorPage } from "../views/error-page";
import { log } from "./request-context";

function isApi(c: Context): boolean {
  return new URL(c.req.url).pathname.startsWith("/api/");
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new AppError("payload_too_large", "The request body is too large.");
    if (error.status === 403) return new AppError("forbidden", "The request did not come from this site.");
    if (error.status === 400) return new AppError("bad_request", error.message || undefined);
    return new AppError("bad_request", error.message || undefined);
  }
  return new AppError("internal", "An unexpected error occurred. It has been logged.");
}

export function respondWithError(c: Context<AppEnv>, appError: AppError) {
  const requestId = c.var.requestId ?? "";
  for (const [name, value] of Object.entries(appError.headers)) c.header(name, value);
  c.header("X-Request-Id", requestId);
  if (isApi(c) || !c.var.t) {
    return c.body(JSON.stringify(toProblem(appError, requestId)), appError.status, {
      "Content-Type": "application/problem+json",
    });
  }
  c.status(appError.status);
  return c.render(<ErrorPage status={appError.status} message={appError.message} requestId={requestId} />, {
    title: c.var.t(appError.status === 404 ? "errors.notFound" : "errors.title"),
    noindex: true,
  });
}

export const onError: ErrorHandler<AppEnv> = (error, c) => {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    log({
      level: "error",
      msg: "unhandled error",
      request_id: c.var.requestId,
      path: new URL(c.req.url).pathname,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
  }
  return respondWithError(c, appError);
};

export const notFound: NotFoundHandler<AppEnv> = (c) => respondWithError(c, new AppError("not_found"));

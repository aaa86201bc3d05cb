/**
 * The one error type for expected failures. Each code has a fixed HTTP status and title; the
 * error handler turns it into RFC 9457 problem+json under /api/ and an HTML page elsewhere.
 */
import type { FieldError } from "../../domain/person-document";

export const ERROR_CODES = {
  bad_request: { status: 400, title: "Bad request" },
  unauthorized: { status: 401, title: "Sign-in required" },
  forbidden: { status: 403, title: "Not allowed" },
  not_found: { status: 404, title: "Not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  gone: { status: 410, title: "Gone" },
  payload_too_large: { status: 413, title: "Payload too large" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  validation_failed: { status: 422, title: "Validation failed" },
  too_many_requests: { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[];
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = "AppError";
    this.code = code;
    this.errors = options.errors ?? [];
    this.headers = options.headers ?? {};
  }

  get status(): (typeof ERROR_CODES)[ErrorCode]["status"] {
    return ERROR_CODES[this.code].status;
  }
}

/** RFC 9457 problem details, with `errors` for field-level validation failures. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  request_id?: string;
  errors?: FieldError[];
}

export function toProblem(error: AppError, requestId?: string): ProblemDetails {
  return {
    type: `https://zeugnis.dev/problems/${error.code.replaceAll("_", "-")}`,
    title: ERROR_CODES[error.code].title,
    status: error.status,
    detail: error.message,
    ...(requestId ? { request_id: requestId } : {}),
    ...(error.errors.length ? { errors: error.errors } : {}),
  };
}

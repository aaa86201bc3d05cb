/**
 * Idempotency-Key for POST /api/v1/submissions: the first answer is stored with a hash of the
 * request; a retry with the same key and body gets that answer again, a different body 422.
 */
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { validate } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { sha256Hex } from "../../platform/ids";
import { idempotencyKeySchema } from "./submission-body";
import { findIdempotentAnswer } from "./submissions.queries";

export interface IdempotencyClaim {
  key: string;
  requestHash: string;
}

/** The key of the request (validated), or null when the client sent none. */
export async function idempotencyClaim(
  c: Context<AppEnv>,
  body: unknown,
): Promise<IdempotencyClaim | null> {
  const header = c.req.header("idempotency-key");
  if (header === undefined) return null;
  const key = validate(idempotencyKeySchema, header, ["Idempotency-Key"]);
  return { key, requestHash: await sha256Hex(JSON.stringify(body)) };
}

/** The stored answer for a repeated key, or null for a key seen for the first time. */
export async function previousAnswer(c: Context<AppEnv>, userId: string, claim: IdempotencyClaim) {
  const stored = await findIdempotentAnswer(c.var.db, userId, claim.key);
  if (!stored) return null;
  if (stored.requestHash !== claim.requestHash) {
    throw new AppError(
      "validation_failed",
      "This Idempotency-Key was already used with a different request body.",
      {
        errors: [
          { path: "Idempotency-Key", message: "was already used with a different request body" },
        ],
      },
    );
  }
  return { status: stored.statusCode, body: JSON.parse(stored.responseBody) as unknown };
}

/** True when a batch failed because a concurrent request stored the same key first. */
export function isKeyCollision(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/UNIQUE constraint failed: idempotency_keys/.test(e.message)) return true;
  }
  return false;
}

/** Inputs of the audit log's API and page: one filter set, messages in either API English or the page's language. */
import { z } from "zod";
import { decodeCursor } from "../../platform/http/cursor";
import type { AuditFilter } from "./audit.queries";

const DAY_MS = 86_400_000;

export interface AuditMessages {
  badDate: string;
  toBeforeFrom: string;
}

export const API_AUDIT_MESSAGES: AuditMessages = {
  badDate: "must be a day as YYYY-MM-DD",
  toBeforeFrom: "must not be before `from`",
};

/** Empty form fields are no filter. */
const blankIsAbsent = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function day(message: string) {
  return z.preprocess(
    blankIsAbsent,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: message })
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: message })
      .optional(),
  );
}

const text = (max: number) => z.preprocess(blankIsAbsent, z.string().trim().min(1).max(max).optional());

export function auditQuerySchema(messages: AuditMessages) {
  return z
    .object({
      subject_id: text(100),
      actor: text(60),
      action: text(60),
      from: day(messages.badDate),
      to: day(messages.badDate),
      before: z.coerce.number().int().positive().optional(),
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(100),
    })
    .superRefine((value, ctx) => {
      if (value.from && value.to && value.to < value.from) ctx.addIssue({ code: "custom", path: ["to"], message: messages.toBeforeFrom });
    });
}

/** GET /api/v1/audit: subject_id, actor, action, from, to (days, UTC), before (with subject_id alone), cursor, limit. */
export const auditQuery = auditQuerySchema(API_AUDIT_MESSAGES);
export type AuditQuery = z.infer<typeof auditQuery>;

/** Only `subject_id` (and `before`): the reading that api.md promises, unchanged. */
export function isSubjectOnly(query: AuditQuery): query is AuditQuery & { subject_id: string } {
  return !!query.subject_id && !query.actor && !query.action && !query.from && !query.to && !query.cursor;
}

export function auditFilter(query: AuditQuery): AuditFilter {
  return {
    actorId: query.actor,
    action: query.action,
    subjectId: query.subject_id,
    from: query.from ? Date.parse(`${query.from}T00:00:00Z`) : undefined,
    until: query.to ? Date.parse(`${query.to}T00:00:00Z`) + DAY_MS : undefined,
  };
}

export function auditCursor(cursor: string | undefined): [number, number] | undefined {
  return cursor ? (decodeCursor(cursor, ["number", "number"]) as [number, number]) : undefined;
}

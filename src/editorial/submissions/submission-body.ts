/**
 * What a contributor sends with a submission (api.md, "Contributors"): the person document,
 * who they are to the person, and their consent to publication.
 */
import { z } from "zod";
import { RELATIONSHIPS } from "../../platform/db/schema";
import { upgradeDocument } from "../../domain/document-upgrade";
import { personDocumentSchema } from "../../domain/person-document";
import { checkText, cleanText } from "../../domain/text-rules";
import { MAX_MESSAGE_LENGTH } from "../revisions/revision-messages";

export const submitterSchema = z.strictObject({
  relationship: z.enum(RELATIONSHIPS),
  note: z.string().trim().max(MAX_MESSAGE_LENGTH).superRefine(checkText("multiline")).optional(),
  show_name: z.boolean(),
});

export const consentSchema = z.strictObject({
  publish: z.literal(true, { error: "consent to publication is required" }),
});

export const submissionBody = z.object({
  memorial_id: z
    .string()
    .regex(/^mem_[a-z0-9]{8,40}$/, { error: "is not a memorial id" })
    .optional(),
  document: personDocumentSchema,
  submitter: submitterSchema,
  consent: consentSchema,
  /** Why dates the plausibility checks question are right (shown to the moderators). */
  warnings_explanation: z.string().trim().max(MAX_MESSAGE_LENGTH).optional(),
});

export const revisionBody = submissionBody.extend({
  version: z.number().int().positive(),
});

export const withdrawBody = z.object({ version: z.number().int().positive().optional() });

/** Reopening: optionally the version the submitter saw (409 when the revision changed since). */
export const reopenBody = withdrawBody;

export const messageBody = z.object({ body: cleanText(MAX_MESSAGE_LENGTH, "multiline") });

/**
 * The body as a client of an earlier version of the API sends it: its document, of an older shape
 * (no `schema_version`, agency as words), is read in the current one before it is checked, as
 * stored documents are (src/domain/document-upgrade.ts). The OpenAPI description shows the current shape.
 */
export function acceptingOlderDocuments<S extends z.ZodType>(schema: S) {
  return z.preprocess(
    (body) => (body && typeof body === "object" && "document" in body ? { ...body, document: upgradeDocument(body.document) } : body),
    schema,
  );
}

export type SubmissionBody = z.infer<typeof submissionBody>;
export type RevisionBody = z.infer<typeof revisionBody>;

/** Idempotency-Key: an opaque client string (a UUID in practice). */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,200}$/, {
  error: "must be 1 to 200 visible ASCII characters",
});

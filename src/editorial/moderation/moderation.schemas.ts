/** Inputs of the moderation routes, for the API (JSON) and the HTML forms (strings). */
import { z } from "zod";
import type { Translate } from "../../platform/i18n";
import { LIVING_CONFIRMATIONS } from "../../domain/possibly-living";
import { checkText, textMessages, type TextMessages } from "../../domain/text-rules";
import { MAX_MESSAGE_LENGTH } from "../revisions/revision-messages";
import { DECISION_ACTIONS } from "./decisions";
import { QUEUE_KINDS } from "./queue.queries";

/** A reason or message the submitter reads; `messages` in the moderator's language for forms. */
const optionalText = (messages?: TextMessages) =>
  z
    .string()
    .trim()
    .max(MAX_MESSAGE_LENGTH, { error: `must be at most ${MAX_MESSAGE_LENGTH} characters` })
    .superRefine(checkText("multiline", messages))
    .optional()
    .transform((s) => s || undefined);

export const queueQuery = z.strictObject({
  status: z.enum(["pending", "open", "changes_requested"]).default("pending"),
  kind: z.enum(QUEUE_KINDS).optional(),
  claimed: z.literal("me").optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  lang: z.string().optional(),
});

type Messages = { reasonReject: string; reasonChanges: string };

function requireReason<T extends { action: string; reason?: string }>(messages: Messages) {
  return (value: T, ctx: z.RefinementCtx<T>) => {
    if (value.action !== "approve" && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: value.action === "reject" ? messages.reasonReject : messages.reasonChanges });
    }
  };
}

const API_MESSAGES: Messages = {
  reasonReject: "give the reason for the rejection; the submitter will see it",
  reasonChanges: "say what should change; the submitter will see it",
};

export const decisionBody = z
  .strictObject({
    action: z.enum(DECISION_ACTIONS),
    reason: optionalText(),
    version: z.number().int().positive(),
    living_confirmation: z.enum(LIVING_CONFIRMATIONS).optional(),
    conflict_confirmed: z.boolean().optional(),
  })
  .superRefine(requireReason(API_MESSAGES));

/** The decision form, with messages in the moderator's language. */
export function decisionForm(t: Translate) {
  return z
    .object({
      action: z.enum(DECISION_ACTIONS, { error: t("moderation:errors.action") }),
      reason: optionalText(textMessages(t)),
      version: z.coerce.number().int().positive(),
      living_confirmation: z.enum(LIVING_CONFIRMATIONS).optional(),
      conflict_confirmed: z.literal("true").optional(),
    })
    .superRefine(requireReason({ reasonReject: t("moderation:errors.reasonReject"), reasonChanges: t("moderation:errors.reasonChanges") }));
}

export function messageSchema(requiredMessage: string, messages?: TextMessages) {
  return z.object({
    body: z
      .string()
      .trim()
      .min(1, { error: requiredMessage })
      .max(MAX_MESSAGE_LENGTH, { error: `must be at most ${MAX_MESSAGE_LENGTH} characters` })
      .superRefine(checkText("multiline", messages)),
  });
}

export const memorialActionBody = z.strictObject({
  version: z.number().int().positive(),
  reason: optionalText(),
  report_id: z.string().max(60).optional(),
  report_version: z.number().int().positive().optional(),
});

export const mergeBody = memorialActionBody.extend({ survivor_id: z.string().min(1).max(200) });

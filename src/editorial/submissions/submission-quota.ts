import type { Quota } from "../../platform/abuse/rate-limit";

/**
 * New revisions (drafts and API submissions) one person may start per day. Generous for a
 * family or a researcher, low enough that a runaway script cannot flood the moderators.
 */
export const SUBMISSION_QUOTA: Quota = { name: "submission", limit: 30, windowSeconds: 86_400 };

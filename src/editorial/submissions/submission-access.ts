/**
 * Who may see and change a revision. A contributor only ever learns about their own: another's
 * id answers 404, exactly like an id that does not exist. Moderators read any submitted revision
 * (drafts stay private to their author) but change only their own.
 */
import type { Context } from "hono";
import { hasRole, requireUser } from "../../platform/auth/session";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/http/errors";
import { findRevision, type RevisionRow } from "./submissions.queries";

const REVISION_ID = /^rev_[a-z0-9]{8,40}$/;

async function load(c: Context<AppEnv>, id: string): Promise<RevisionRow> {
  const row = REVISION_ID.test(id) ? await findRevision(c.var.db, id) : undefined;
  if (!row) throw notFound();
  return row;
}

function notFound() {
  return new AppError("not_found", "No submission of yours has this id.");
}

export async function readableRevision(c: Context<AppEnv>, id: string): Promise<RevisionRow> {
  const user = requireUser(c);
  const row = await load(c, id);
  if (row.submitterId === user.id) return row;
  if (hasRole(user, "moderator") && row.status !== "draft") return row;
  throw notFound();
}

export async function ownRevision(c: Context<AppEnv>, id: string): Promise<RevisionRow> {
  const user = requireUser(c);
  const row = await load(c, id);
  if (row.submitterId === user.id) return row;
  if (hasRole(user, "moderator") && row.status !== "draft") {
    throw new AppError("forbidden", "Only the submitter can change a submission.");
  }
  throw notFound();
}

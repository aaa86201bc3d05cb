/**
 * Group proposals and decisions through the same routes as memorials' (api.md): a POST to
 * /api/v1/submissions with `"kind": "group"` (or a `group_id` for a membership) proposes; a
 * decision on a `grv_…` id at /api/v1/moderation/revisions/{id}/decision decides. Anything else
 * passes on to the memorial handlers, which this router is mounted before.
 */
import { Hono, type Context } from "hono";
import { requireRole, requireUser } from "../../platform/auth/session";
import type { AppEnv } from "../../platform/env";
import { decodeCursor, encodeCursor } from "../../platform/http/cursor";
import { AppError } from "../../platform/http/errors";
import { readJson, validate } from "../../platform/http/json-body";
import { decideGroupRevision } from "./group-decisions";
import { purgePublicPages } from "../../platform/cache/purge";
import { proposeGroup, proposeMembership } from "./group-proposals";
import { groupDecisionBody, groupProposalBody, groupQueueQuery, membershipProposalBody } from "./group-proposals.schemas";
import { listGroupProposals, loadGroupProposal, proposalName, type GroupProposal } from "./group-queue.queries";

export const groupsEditorialApi = new Hono<AppEnv>();

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const isGroupRevisionId = (id: string) => id.startsWith("grv_");

/** Which kind of proposal a body is, without consuming it for the memorial handler. */
async function proposalShape(c: Context<AppEnv>): Promise<"group" | "membership" | null> {
  if (!/json/i.test(c.req.header("content-type") ?? "")) return null;
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(await c.req.arrayBuffer()));
  } catch {
    return null;
  }
  if (!body || typeof body !== "object") return null;
  if ("kind" in body && body.kind === "group") return "group";
  return "group_id" in body ? "membership" : null;
}

function proposalJson(p: GroupProposal | NonNullable<Awaited<ReturnType<typeof loadGroupProposal>>>) {
  return {
    id: p.id,
    kind: p.kind,
    group_id: p.groupId,
    name: proposalName(p),
    status: p.status,
    version: p.version,
    submitted_at: iso(p.submittedAt),
    decided_at: iso(p.decidedAt),
    reason: p.decisionReason,
    note: p.submitterNote,
    document: p.parsed,
  };
}

groupsEditorialApi.post("/api/v1/submissions", async (c, next) => {
  const shape = await proposalShape(c);
  if (!shape) return next();
  const user = requireUser(c);
  const ctx = { userId: user.id, now: Date.now(), requestId: c.var.requestId };
  if (shape === "group") {
    const body = await readJson(c, groupProposalBody);
    return c.json(await proposeGroup(c.var.db, ctx, { groupId: body.group_id, document: body.document, note: body.note }), 201);
  }
  const body = await readJson(c, membershipProposalBody);
  return c.json(await proposeMembership(c.var.db, ctx, { groupId: body.group_id, member: body.member, source: body.source, note: body.note }), 201);
});

groupsEditorialApi.get("/api/v1/submissions/:id", async (c, next) => {
  if (!isGroupRevisionId(c.req.param("id"))) return next();
  const user = requireUser(c);
  const proposal = await loadGroupProposal(c.var.db, c.req.param("id"));
  // Another contributor's proposal is not revealed (api.md).
  if (!proposal || (proposal.submitterId !== user.id && user.role === "contributor")) throw new AppError("not_found");
  return c.json(proposalJson(proposal));
});

groupsEditorialApi.post("/api/v1/moderation/revisions/:id/decision", async (c, next) => {
  if (!isGroupRevisionId(c.req.param("id"))) return next();
  const moderator = requireRole(c, "moderator");
  const body = await readJson(c, groupDecisionBody);
  const result = await decideGroupRevision(c.var.db, c.req.param("id"), body, { moderator, now: Date.now(), requestId: c.var.requestId });
  if (result.status === "approved") await purgePublicPages(c, { kind: "group", subjectId: result.group_id ?? result.id });
  return c.json(result);
});

groupsEditorialApi.get("/api/v1/moderation/group-revisions", async (c) => {
  requireRole(c, "moderator");
  const query = validate(groupQueueQuery, c.req.query());
  const after = query.cursor ? (decodeCursor(query.cursor, ["number", "string"]) as [number, string]) : undefined;
  const rows = await listGroupProposals(c.var.db, query.status, query.limit + 1, after);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return c.json({
    items: page.map(proposalJson),
    next_cursor: rows.length > query.limit && last ? encodeCursor([last.submittedAt, last.id]) : null,
  });
});

/**
 * The audit log for moderators and admins: GET /api/v1/audit (one subject's entries, as api.md
 * promises, or the whole log with filters) and the page /moderation/audit.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { validateForm, type FormValues } from "../../platform/http/forms";
import { encodeCursor } from "../../platform/http/cursor";
import { validate } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { actor } from "./actor";
import { browseAudit, displayNameOf, listAudit, listStaff, type AuditView } from "./audit.queries";
import { auditCursor, auditFilter, auditQuery, auditQuerySchema, isSubjectOnly } from "./audit.schemas";
import { AuditPage } from "./audit.pages";
import { auditSubjectHref } from "./components/audit-entry";

export const auditRoutes = new Hono<AppEnv>();

const PAGE_SIZE = 50;
const iso = (ms: number) => new Date(ms).toISOString();

function itemJson(entry: AuditView) {
  return { ...entry, at: iso(entry.at), subject_href: auditSubjectHref(entry.subject_type, entry.subject_id) };
}

auditRoutes.get("/api/v1/audit", async (c) => {
  const { moderator } = actor(c);
  const withEmails = moderator.role === "admin";
  const query = validate(auditQuery, c.req.query());
  if (isSubjectOnly(query)) {
    const items = await listAudit(c.var.db, query.subject_id, { limit: query.limit, beforeId: query.before }, { withEmails });
    return c.json({
      items: items.map(itemJson),
      next_before: items.length === query.limit ? (items.at(-1)?.id ?? null) : null,
      next_cursor: null,
    });
  }
  if (query.before) {
    throw new AppError("validation_failed", "`before` pages one subject's entries; use `cursor` when filtering.", {
      errors: [{ path: "before", message: "only with subject_id alone; use cursor" }],
    });
  }
  const { items, next } = await browseAudit(c.var.db, auditFilter(query), { limit: query.limit, after: auditCursor(query.cursor) }, { withEmails });
  return c.json({ items: items.map(itemJson), next_before: null, next_cursor: next ? encodeCursor(next) : null });
});

/** The filters as the reader typed them, to show them again. */
function filterValues(c: Context<AppEnv>): FormValues {
  const values: FormValues = {};
  for (const key of ["actor", "action", "from", "to", "subject_id"]) {
    const value = c.req.query(key);
    if (value) values[key] = value.slice(0, 100);
  }
  return values;
}

auditRoutes.get("/moderation/audit", async (c) => {
  const { moderator } = actor(c);
  const t = c.var.t;
  const values = filterValues(c);
  const form = validateForm(auditQuerySchema({ badDate: t("audit:page.badDate"), toBeforeFrom: t("audit:page.toBeforeFrom") }), {
    ...values,
    ...(c.req.query("cursor") ? { cursor: c.req.query("cursor")! } : {}),
    limit: String(PAGE_SIZE),
  });
  const staff = await listStaff(c.var.db);
  const actorName = values.actor && !staff.some((s) => s.id === values.actor) ? await displayNameOf(c.var.db, values.actor) : null;
  const page = { staff, actorName, values, withEmails: moderator.role === "admin" };
  if (!form.ok) {
    c.status(422);
    return c.render(<AuditPage {...page} errors={form.errors} entries={[]} nextHref={null} />, { title: t("audit:page.title"), noindex: true });
  }
  const { items, next } = await browseAudit(c.var.db, auditFilter(form.data), { limit: PAGE_SIZE, after: auditCursor(form.data.cursor) }, { withEmails: page.withEmails });
  let nextHref: string | null = null;
  if (next) {
    const url = new URL(c.req.url);
    url.searchParams.set("cursor", encodeCursor(next));
    nextHref = `${url.pathname}${url.search}`;
  }
  return c.render(<AuditPage {...page} errors={{}} entries={items} nextHref={nextHref} />, { title: t("audit:page.title"), noindex: true });
});

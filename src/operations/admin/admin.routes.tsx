/** /admin/users and its API: admins grant and remove the moderator role. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { requireRole } from "../../platform/auth/session";
import { ROLES } from "../../platform/db/schema";
import type { AppEnv } from "../../platform/env";
import { readFormValues } from "../../platform/http/forms";
import { readJson, validate } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { ASSIGNABLE_ROLES, changeRole, listUsers } from "./admin.queries";
import { UsersPage } from "./admin.pages";

export const adminRoutes = new Hono<AppEnv>();

export const roleBody = z.strictObject({ role: z.enum(ASSIGNABLE_ROLES), from: z.enum(ROLES).optional() });
export const usersQuery = z.object({ q: z.string().trim().max(100).optional() });

function context(c: Context<AppEnv>) {
  return { admin: requireRole(c, "admin"), now: Date.now(), requestId: c.var.requestId };
}

async function renderUsers(c: Context<AppEnv>, error?: { message: string; status: 403 | 409 | 422 }) {
  const { admin } = context(c);
  const { q } = validate(usersQuery, { q: c.req.query("q") });
  const rows = await listUsers(c.var.db, q);
  if (error) c.status(error.status);
  return c.render(<UsersPage users={rows} query={q ?? ""} selfId={admin.id} error={error?.message} />, {
    title: c.var.t("admin:users.title"),
    noindex: true,
  });
}

adminRoutes.get("/admin/users", (c) => renderUsers(c));

adminRoutes.post("/admin/users/:id/role", async (c) => {
  const ctx = context(c);
  const parsed = roleBody.safeParse(await readFormValues(c));
  if (!parsed.success) return renderUsers(c, { message: c.var.t("admin:users.invalid"), status: 422 });
  try {
    await changeRole(c.var.db, { userId: c.req.param("id"), role: parsed.data.role, from: parsed.data.from }, ctx);
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== "conflict" && error.code !== "forbidden")) throw error;
    return renderUsers(c, { message: error.message, status: error.code === "conflict" ? 409 : 403 });
  }
  return c.redirect("/admin/users", 303);
});

adminRoutes.get("/api/v1/admin/users", async (c) => {
  context(c);
  const { q } = validate(usersQuery, { q: c.req.query("q") });
  const rows = await listUsers(c.var.db, q);
  return c.json({
    items: rows.map((u) => ({ id: u.id, email: u.email, display_name: u.displayName, role: u.role, created_at: new Date(u.createdAt).toISOString() })),
  });
});

adminRoutes.post("/api/v1/admin/users/:id/role", async (c) => {
  const ctx = context(c);
  const body = await readJson(c, roleBody);
  const result = await changeRole(c.var.db, { userId: c.req.param("id"), role: body.role, from: body.from }, ctx);
  return c.json(result);
});

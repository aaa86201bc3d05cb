import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision, storedRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

type Route = [method: "GET" | "POST", path: string, body?: "json" | "form"];

function moderatorRoutes(revisionId: string, memorialId: string, reportId: string): Route[] {
  return [
    ["GET", "/api/v1/moderation/queue?status=pending"],
    ["GET", `/api/v1/moderation/revisions/${revisionId}`],
    ["POST", `/api/v1/moderation/revisions/${revisionId}/claim`, "json"],
    ["POST", `/api/v1/moderation/revisions/${revisionId}/release`, "json"],
    ["GET", `/api/v1/moderation/revisions/${revisionId}/diff`],
    ["POST", `/api/v1/moderation/revisions/${revisionId}/decision`, "json"],
    ["GET", `/api/v1/moderation/revisions/${revisionId}/messages`],
    ["POST", `/api/v1/moderation/revisions/${revisionId}/messages`, "json"],
    ["GET", `/api/v1/moderation/reports/${reportId}`],
    ["POST", `/api/v1/moderation/reports/${reportId}/claim`, "json"],
    ["POST", `/api/v1/moderation/reports/${reportId}/resolve`, "json"],
    ["GET", `/api/v1/moderation/memorials/${memorialId}`],
    ...(["withhold", "restore", "merge", "unmerge"] as const).map((a): Route => ["POST", `/api/v1/moderation/memorials/${memorialId}/${a}`, "json"]),
    ["GET", `/api/v1/audit?subject_id=${memorialId}`],
    ["GET", "/moderation"],
    ["GET", `/moderation/revisions/${revisionId}`],
    ["POST", `/moderation/revisions/${revisionId}/claim`, "form"],
    ["POST", `/moderation/revisions/${revisionId}/release`, "form"],
    ["POST", `/moderation/revisions/${revisionId}/decision`, "form"],
    ["POST", `/moderation/revisions/${revisionId}/messages`, "form"],
    ["GET", `/moderation/reports/${reportId}`],
    ["POST", `/moderation/reports/${reportId}/claim`, "form"],
    ["POST", `/moderation/reports/${reportId}/resolve`, "form"],
    ["POST", `/moderation/reports/${reportId}/correction`, "form"],
    ["GET", `/moderation/memorials/${memorialId}`],
    ...(["withhold", "restore", "merge", "unmerge"] as const).map((a): Route => ["POST", `/moderation/memorials/${memorialId}/${a}`, "form"]),
    ["GET", `/moderation/audit?subject_id=${memorialId}`],
  ];
}

const adminRoutes = (userId: string): Route[] => [
  ["GET", "/admin/users"],
  ["POST", `/admin/users/${userId}/role`, "form"],
  ["GET", "/api/v1/admin/users"],
  ["POST", `/api/v1/admin/users/${userId}/role`, "json"],
];

function send([method, path, body]: Route, cookie?: string) {
  if (body === "json") return request(path, { method, cookie, json: { action: "approve", version: 1, reason: "x", role: "moderator", note: "x", body: "x", survivor_id: "x" } });
  if (body === "form") return request(path, { method, cookie, body: new URLSearchParams({ action: "approve", version: "1", role: "moderator", note: "x", body: "x" }) });
  return request(path, { method, cookie });
}

describe("who may moderate", () => {
  it("refuses every moderation route to visitors (401) and contributors (403), and changes nothing", async () => {
    const published = await publishMemorial(zuckerDocument());
    const { id } = await createRevision();
    const report = await request("/api/v1/reports", { method: "POST", json: { memorial_id: published.memorialId, kind: "error", message: "x" } });
    const reportId = ((await report.json()) as { id: string }).id;
    const contributor = await signIn("contributor");
    const routes = moderatorRoutes(id, published.memorialId, reportId);
    for (const route of routes) {
      const visitor = await send(route);
      expect([route[1], visitor.status]).toEqual([route[1], 401]);
      if (route[1].startsWith("/api/")) expect(visitor.headers.get("content-type")).toContain("application/problem+json");
      const signedIn = await send(route, contributor.cookie);
      expect([route[1], signedIn.status]).toEqual([route[1], 403]);
    }
    expect(await storedRevision(id)).toMatchObject({ status: "pending", version: 1, claimedBy: null });
    expect((await request(`/memorials/${published.slug}`)).status).toBe(200);
  });

  it("refuses the admin routes to visitors (401), contributors and moderators (403)", async () => {
    const target = await signIn("contributor");
    const moderator = await signIn("moderator");
    for (const route of adminRoutes(target.id)) {
      expect([route[1], (await send(route)).status]).toEqual([route[1], 401]);
      expect([route[1], (await send(route, target.cookie)).status]).toEqual([route[1], 403]);
      expect([route[1], (await send(route, moderator.cookie)).status]).toEqual([route[1], 403]);
    }
  });

  it("keeps drafts out of review (404) and answers 404 for unknown items", async () => {
    const moderator = await signIn("moderator");
    const { id } = await createRevision({ status: "draft" });
    expect((await request(`/api/v1/moderation/revisions/${id}`, { cookie: moderator.cookie })).status).toBe(404);
    expect((await request(`/moderation/revisions/${id}`, { cookie: moderator.cookie })).status).toBe(404);
    expect((await request("/api/v1/moderation/revisions/rev_nothing/decision", { method: "POST", cookie: moderator.cookie, json: { action: "approve", version: 1 } })).status).toBe(404);
    expect((await request("/moderation/memorials/mem_nothing", { cookie: moderator.cookie })).status).toBe(404);
    expect((await request("/moderation/reports/rep_nothing", { cookie: moderator.cookie })).status).toBe(404);
  });
});

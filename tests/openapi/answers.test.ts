/**
 * Real answers of the Worker hold to the OpenAPI document: a contributor, a moderator and an
 * admin go through the archive's API and every answer (successes and problems) is validated
 * against the schema the document gives for its operation and status.
 */
import { describe, expect, it } from "vitest";
import { publishMemorial } from "../helpers/memorials";
import { zuckerDocument } from "../helpers/documents";
import { signIn } from "../helpers/users";
import { plainJpeg } from "../media/fixtures";
import { GOOD_FIELDS } from "../media/helpers";
import { callChecked, checked, openApiDocument, validateAgainst } from "./contract";

type Body = Record<string, unknown>;

describe("answers match the OpenAPI document", () => {
  it("the check refuses answers that break the document", async () => {
    const doc = await openApiDocument();
    const list = { $ref: "#/components/schemas/ListMemorials200" };
    expect(validateAgainst(doc, list, { items: [], next_cursor: null }).valid).toBe(true);
    expect(validateAgainst(doc, list, { items: "none", next_cursor: null }).valid).toBe(false);
    const detail = { $ref: "#/components/schemas/GetMemorial200" };
    const wrongDocument = { id: "m", slug: "s", revision_id: "r", published_at: "2026-01-01T00:00:00Z", document: { names: [] } };
    expect(validateAgainst(doc, detail, wrongDocument).valid).toBe(false);
  });

  it("public reading, reports and signing in", async () => {
    const { memorialId, slug } = await publishMemorial(zuckerDocument(), { slug: "max-zucker-contract" });
    const list = await callChecked("GET", "/api/v1/memorials", "/api/v1/memorials?limit=5");
    expect((list.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    await callChecked("GET", "/api/v1/memorials", "/api/v1/memorials?q=Zucker&facets=true");
    await callChecked("GET", "/api/v1/memorials", "/api/v1/memorials?limit=0");
    await callChecked("GET", "/api/v1/memorials", "/api/v1/memorials?cursor=broken");
    await callChecked("GET", "/api/v1/memorials/{key}", `/api/v1/memorials/${memorialId}`);
    await callChecked("GET", "/api/v1/memorials/{key}", `/api/v1/memorials/${slug}`);
    await callChecked("GET", "/api/v1/memorials/{key}", "/api/v1/memorials/mem_doesnotexist1");
    await callChecked("GET", "/api/v1/memorials/{key}/versions", `/api/v1/memorials/${slug}/versions`);
    await callChecked("GET", "/api/v1/memorials/{key}/versions/{n}", `/api/v1/memorials/${memorialId}/versions/1`);
    await callChecked("GET", "/api/v1/memorials/{key}/versions/{n}", `/api/v1/memorials/${memorialId}/versions/2`);
    await callChecked("POST", "/api/v1/reports", "/api/v1/reports", {
      json: { memorial_id: memorialId, kind: "error", message: "The death date is 1941-10-24." },
    });
    await callChecked("POST", "/api/v1/reports", "/api/v1/reports", { json: { memorial_id: memorialId } });
    await callChecked("POST", "/api/v1/auth/login-link", "/api/v1/auth/login-link", { json: { email: "someone@example.org" } });
    await callChecked("GET", "/api/v1/me", "/api/v1/me");
    await callChecked("GET", "/api/v1/dev/outbox", "/api/v1/dev/outbox");
    await callChecked("GET", "/api/v1/media/{id}", "/api/v1/media/med_unknown12345");
    await callChecked("GET", "/api/v1/openapi.json", "/api/v1/openapi.json");
    for (const ext of ["jsonl", "csv", "jsonld"]) await callChecked("GET", `/api/v1/export.${ext}`, `/api/v1/export.${ext}`);
    await callChecked("GET", "/api/v1/export.csv", "/api/v1/export.csv", { headers: { "if-none-match": "*" } });
  });

  it("a contributor's submission, a moderator's decision and an admin's role change", async () => {
    const contributor = await signIn("contributor");
    const moderator = await signIn("moderator");
    const admin = await signIn("admin");
    const c = { cookie: contributor.cookie };
    const m = { cookie: moderator.cookie };
    await callChecked("GET", "/api/v1/me", "/api/v1/me", c);

    const photo = new FormData();
    for (const [k, v] of Object.entries(GOOD_FIELDS)) photo.set(k, v as string);
    photo.set("file", new File([plainJpeg()], "letter.jpg", { type: "image/jpeg" }));
    const media = (await callChecked("POST", "/api/v1/media", "/api/v1/media", { ...c, body: photo })).body as Body;
    await callChecked("GET", "/api/v1/media/{id}", `/api/v1/media/${media.id as string}`, c);
    const upload = (await callChecked("POST", "/api/v1/media/uploads", "/api/v1/media/uploads", {
      ...c,
      json: { ...GOOD_FIELDS, rights_confirmed: true, filename: "scan.jpg", bytes: plainJpeg().length },
    })).body as Body;
    const uploadPath = `/api/v1/media/uploads/${upload.upload_id as string}`;
    await callChecked("GET", "/api/v1/media/uploads/{id}", uploadPath, c);
    await callChecked("PUT", "/api/v1/media/uploads/{id}/parts/{n}", `${uploadPath}/parts/1`, { ...c, body: plainJpeg() });
    await callChecked("POST", "/api/v1/media/uploads/{id}/complete", `${uploadPath}/complete`, c);
    await callChecked("DELETE", "/api/v1/media/uploads/{id}", uploadPath, c);

    const body = { document: zuckerDocument(), submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } };
    const created = (await callChecked("POST", "/api/v1/submissions", "/api/v1/submissions", { ...c, json: body })).body as Body;
    await callChecked("POST", "/api/v1/submissions", "/api/v1/submissions", { ...c, json: { ...body, consent: {} } });
    await callChecked("POST", "/api/v1/submissions", "/api/v1/submissions", { json: body });
    const id = created.id as string;
    await callChecked("GET", "/api/v1/submissions", "/api/v1/submissions", c);
    await callChecked("GET", "/api/v1/submissions/{id}", `/api/v1/submissions/${id}`, c);
    await callChecked("POST", "/api/v1/submissions/{id}/messages", `/api/v1/submissions/${id}/messages`, { ...c, json: { body: "One more source follows." } });
    await callChecked("PUT", "/api/v1/submissions/{id}", `/api/v1/submissions/${id}`, { ...c, json: { ...body, version: 1 } });

    await callChecked("GET", "/api/v1/moderation/queue", "/api/v1/moderation/queue", m);
    await callChecked("GET", "/api/v1/moderation/queue", "/api/v1/moderation/queue", c);
    const rev = `/api/v1/moderation/revisions/${id}`;
    await callChecked("GET", "/api/v1/moderation/revisions/{id}", rev, m);
    await callChecked("POST", "/api/v1/moderation/revisions/{id}/claim", `${rev}/claim`, m);
    await callChecked("POST", "/api/v1/moderation/revisions/{id}/release", `${rev}/release`, m);
    await callChecked("GET", "/api/v1/moderation/revisions/{id}/diff", `${rev}/diff`, m);
    await callChecked("POST", "/api/v1/moderation/revisions/{id}/messages", `${rev}/messages`, { ...m, json: { body: "Thanks." } });
    await callChecked("GET", "/api/v1/moderation/revisions/{id}/messages", `${rev}/messages`, m);
    await callChecked("POST", "/api/v1/moderation/revisions/{id}/decision", `${rev}/decision`, { ...m, json: { action: "approve", version: 99 } });
    const decided = (await callChecked("POST", "/api/v1/moderation/revisions/{id}/decision", `${rev}/decision`, {
      ...m,
      json: { action: "approve", version: 2 },
    })).body as Body;
    const memorialId = decided.memorial_id as string;
    await callChecked("POST", "/api/v1/moderation/media/{id}/reject", `/api/v1/moderation/media/${media.id as string}/reject`, { ...m, json: { reason: "Not this person." } });
    await callChecked("GET", "/api/v1/audit", `/api/v1/audit?subject_id=${id}`, m);
    await callChecked("POST", "/api/v1/submissions/{id}/withdraw", `/api/v1/submissions/${id}/withdraw`, c);

    const adminPath = `/api/v1/moderation/memorials/${memorialId}`;
    await callChecked("GET", "/api/v1/moderation/memorials/{id}", adminPath, m);
    await callChecked("POST", "/api/v1/moderation/memorials/{id}/withhold", `${adminPath}/withhold`, { ...m, json: { version: 1, reason: "Family request." } });
    await callChecked("POST", "/api/v1/moderation/memorials/{id}/restore", `${adminPath}/restore`, { ...m, json: { version: 2 } });
    const other = await publishMemorial(zuckerDocument());
    await callChecked("POST", "/api/v1/moderation/memorials/{id}/merge", `/api/v1/moderation/memorials/${other.memorialId}/merge`, { ...m, json: { version: 1, survivor_id: memorialId } });
    await callChecked("POST", "/api/v1/moderation/memorials/{id}/unmerge", `/api/v1/moderation/memorials/${other.memorialId}/unmerge`, { ...m, json: { version: 2 } });

    const report = (await callChecked("POST", "/api/v1/reports", "/api/v1/reports", {
      json: { memorial_id: memorialId, kind: "duplicate", message: "Listed twice." },
    })).body as Body;
    const reportPath = `/api/v1/moderation/reports/${report.id as string}`;
    await callChecked("GET", "/api/v1/moderation/reports/{id}", reportPath, m);
    await callChecked("POST", "/api/v1/moderation/reports/{id}/claim", `${reportPath}/claim`, m);
    await callChecked("POST", "/api/v1/moderation/reports/{id}/resolve", `${reportPath}/resolve`, { ...m, json: { version: 2, note: "Not a duplicate." } });

    const a = { cookie: admin.cookie };
    await callChecked("GET", "/api/v1/admin/users", "/api/v1/admin/users", a);
    await callChecked("GET", "/api/v1/admin/operations", "/api/v1/admin/operations", a);
    await callChecked("GET", "/api/v1/admin/users", "/api/v1/admin/users", m);
    await callChecked("POST", "/api/v1/admin/users/{id}/role", `/api/v1/admin/users/${contributor.id}/role`, { ...a, json: { role: "moderator" } });
    const csv = new FormData();
    csv.set("file", new File([new TextEncoder().encode("Name,Born\r\nAnna Roth,1901\r\n")], "list.csv"));
    const imp = (await callChecked("POST", "/api/v1/imports", "/api/v1/imports", { ...c, body: csv })).body as Body;
    const impPath = `/api/v1/imports/${imp.id as string}`;
    await callChecked("GET", "/api/v1/imports", "/api/v1/imports", c);
    await callChecked("PUT", "/api/v1/imports/{id}/mapping", `${impPath}/mapping`, { ...c, json: { columns: { name: 0, birth_date: 1 }, source: { kind: "archive", citation: "A list" } } });
    await callChecked("POST", "/api/v1/imports/{id}/continue", `${impPath}/continue`, c);
    await callChecked("GET", "/api/v1/imports/{id}", impPath, c);
    await callChecked("GET", "/api/v1/imports/{id}/rows", `${impPath}/rows`, c);
    await callChecked("POST", "/api/v1/imports/{id}/submit", `${impPath}/submit`, { ...c, json: { rows: "all", submitter: { relationship: "researcher", show_name: false }, consent: { publish: true } } });
    await callChecked("GET", "/api/v1/memorials/{key}/gedcom", `/api/v1/memorials/${memorialId}/gedcom?scope=family`);
    await callChecked("POST", "/api/v1/auth/logout", "/api/v1/auth/logout", c);
    expect(checked.size).toBeGreaterThan(50);
  }, 60_000);
});

import { describe, expect, it } from "vitest";
import { personDocumentSchema } from "../../src/domain/person-document";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";

describe("the public memorial API", () => {
  it("returns a memorial by id and by slug with a document that round-trips", async () => {
    const { memorialId, revisionId, slug } = await publishMemorial(zuckerDocument());
    for (const key of [memorialId, slug]) {
      const res = await request(`/api/v1/memorials/${key}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ id: memorialId, slug, revision_id: revisionId });
      expect(new Date(body.published_at as string).getTime()).toBeGreaterThan(0);
      expect(personDocumentSchema.safeParse(body.document).success).toBe(true);
      expect(body.document).toEqual(personDocumentSchema.parse(zuckerDocument()));
    }
  });

  it("pages through every published memorial in a stable order", async () => {
    const names = ["Anna Adler", "Bruno Berg", "Clara Cohn", "Dora Dietz", "Emil Engel"];
    for (const display of names) {
      const doc = zuckerDocument();
      doc.names = [{ primary: true, kind: "other", display, given: display.split(" ")[0], family: display.split(" ")[1] }];
      await publishMemorial(doc);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await request(`/api/v1/memorials?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: Array<{ id: string; name: string }>; next_cursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.name));
      cursor = page.next_cursor;
    } while (cursor);
    const ours = seen.filter((n) => names.includes(n));
    expect(ours).toEqual(names);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("answers problem+json for unknown memorials, bad cursors and bad limits", async () => {
    const missing = await request("/api/v1/memorials/mem_doesnotexist00");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(await missing.json()).toMatchObject({ status: 404, title: "Not found" });

    const cursor = await request("/api/v1/memorials?cursor=not-a-cursor");
    expect(cursor.status).toBe(400);

    const limit = await request("/api/v1/memorials?limit=1000");
    expect(limit.status).toBe(422);
    expect(((await limit.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe("limit");
  });

  it("reports health once the database answers", async () => {
    const res = await request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

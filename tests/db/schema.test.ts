import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const DOMAIN_TABLES = [
  "users",
  "sessions",
  "login_tokens",
  "memorials",
  "memorial_slugs",
  "revisions",
  "revision_messages",
  "idempotency_keys",
  "memorial_names",
  "memorial_events",
  "memorial_places",
  "memorial_sources",
  "memorial_relations",
  "memorial_markers",
  "memorial_external_ids",
  "media",
  "reports",
  "audit_log",
  "mail_outbox",
  "rate_counters",
];

describe("the database schema", () => {
  it("has a table for every part of the domain after the migrations", async () => {
    const { results } = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>();
    const names = results.map((r) => r.name);
    for (const table of DOMAIN_TABLES) expect(names, table).toContain(table);
  });

  it("refuses rows that point at nothing", async () => {
    await expect(
      env.DB.prepare("INSERT INTO memorial_names (memorial_id, position, is_primary, kind, display) VALUES ('mem_missing', 0, 1, 'other', 'X')").run(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it("refuses two memorials with the same slug and two users with the same email", async () => {
    const now = Date.now();
    const insert = (id: string) =>
      env.DB.prepare(
        "INSERT INTO memorials (id, slug, current_revision_id, display_name, sort_name, first_published_at, updated_at) VALUES (?, 'same-slug', 'rev_x', 'X', 'x', ?, ?)",
      )
        .bind(id, now, now)
        .run();
    await insert("mem_one");
    await expect(insert("mem_two")).rejects.toThrow(/UNIQUE/);
    await env.DB.prepare("INSERT INTO users (id, email, created_at) VALUES ('usr_a', 'same@example.org', 1)").run();
    await expect(env.DB.prepare("INSERT INTO users (id, email, created_at) VALUES ('usr_b', 'same@example.org', 1)").run()).rejects.toThrow(/UNIQUE/);
  });
});

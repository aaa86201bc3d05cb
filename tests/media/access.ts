/**
 * Revisions that list files, written straight into D1 (so tests can date them in the past), and
 * approval, withholding and restoring through the real moderation API.
 */
import { eq } from "drizzle-orm";
import { memorials, revisions } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { personDocumentSchema, primaryName, type PersonDocumentInput } from "../../src/domain/person-document";
import { request, testDb } from "../helpers/app";
import type { TestUser } from "../helpers/users";
import { zuckerDocument } from "../helpers/documents";

export async function submitRevision(
  submitterId: string,
  refs: Array<Record<string, unknown>>,
  status: "pending" | "withdrawn" | "rejected" = "pending",
  decidedAt?: number,
  overrides: Partial<PersonDocumentInput> = {},
) {
  const db = testDb();
  const document = personDocumentSchema.parse({ ...zuckerDocument(), ...overrides, media: refs });
  const id = newId("rev");
  const now = Date.now();
  await db.insert(revisions).values({
    id,
    kind: "new",
    document: JSON.stringify(document),
    status,
    submitterId,
    displayName: primaryName(document).display,
    createdAt: now,
    updatedAt: decidedAt ?? now,
    submittedAt: now,
    decidedAt: decidedAt ?? null,
  });
  return { id, document };
}

/** Approval through the moderation API, as a moderator does it. */
export async function approve(revisionId: string, moderator: TestUser): Promise<string> {
  const revision = (await testDb().select().from(revisions).where(eq(revisions.id, revisionId)).get())!;
  const res = await request(`/api/v1/moderation/revisions/${revisionId}/decision`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { action: "approve", version: revision.version, living_confirmation: "death_confirmed" },
  });
  if (res.status !== 200) throw new Error(`approve answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { memorial_id: string }).memorial_id;
}

async function memorialAction(memorialId: string, moderator: TestUser, action: "withhold" | "restore") {
  const memorial = (await testDb().select().from(memorials).where(eq(memorials.id, memorialId)).get())!;
  const res = await request(`/api/v1/moderation/memorials/${memorialId}/${action}`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { version: memorial.version, reason: "Takedown request from the family (test)." },
  });
  if (res.status !== 200) throw new Error(`${action} answered ${res.status}: ${await res.text()}`);
}

export const withhold = (memorialId: string, moderator: TestUser) => memorialAction(memorialId, moderator, "withhold");
export const restore = (memorialId: string, moderator: TestUser) => memorialAction(memorialId, moderator, "restore");

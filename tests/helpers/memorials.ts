import { eq } from "drizzle-orm";
import { runBatch } from "../../src/platform/db/client";
import { revisions } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { personDocumentSchema, primaryName, type PersonDocumentInput } from "../../src/domain/person-document";
import { slugify } from "../../src/domain/names/transliterate";
import { publishStatements } from "../../src/archive/memorials/publish";
import { purgePageCache, testDb } from "./app";
import { signIn } from "./users";

/**
 * Publishes a document the way an approval does (approved revision + publish statements),
 * without going through the moderation queue.
 */
export async function publishMemorial(input: PersonDocumentInput, options: { slug?: string } = {}) {
  const db = testDb();
  const document = personDocumentSchema.parse(input);
  const submitter = await signIn("contributor");
  const memorialId = newId("mem");
  const revisionId = newId("rev");
  const now = Date.now();
  const slug = options.slug ?? `${slugify(primaryName(document).display)}-${memorialId.slice(4, 9)}`;
  await runBatch(db, [
    db.insert(revisions).values({
      id: revisionId,
      memorialId,
      kind: "new",
      document: JSON.stringify(document),
      status: "approved",
      submitterId: submitter.id,
      displayName: primaryName(document).display,
      createdAt: now,
      updatedAt: now,
      submittedAt: now,
      decidedAt: now,
    }),
    ...publishStatements(db, { memorialId, revisionId, document, now, newSlug: slug }),
  ]);
  await purgePageCache();
  return { memorialId, revisionId, slug, document };
}

function withoutDateWords(input: PersonDocumentInput): PersonDocumentInput {
  const copy = structuredClone(input);
  copy.events?.forEach((e) => {
    if (e.date) delete e.date.text;
    e.alternatives?.forEach((a) => a.date && delete a.date.text);
  });
  return copy;
}

/**
 * A document as an earlier version of the archive could have stored it: validated, with its
 * defaults, but with dates whose words and code disagree left as they are.
 */
export function oldStoredDocument(input: PersonDocumentInput) {
  const document = personDocumentSchema.parse(withoutDateWords(input));
  document.events.forEach((e, i) => {
    e.date = input.events?.[i]?.date ?? e.date;
    e.alternatives?.forEach((a, k) => (a.date = input.events?.[i]?.alternatives?.[k]?.date ?? a.date));
  });
  return document;
}

/** Publishes `oldStoredDocument(input)`, as an earlier version of the archive could have. */
export async function publishOldMemorial(input: PersonDocumentInput) {
  const published = await publishMemorial(withoutDateWords(input));
  const document = oldStoredDocument(input);
  await testDb()
    .update(revisions)
    .set({ document: JSON.stringify(document) })
    .where(eq(revisions.id, published.revisionId));
  await purgePageCache();
  return { ...published, document };
}

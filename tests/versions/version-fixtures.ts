/**
 * A memorial with several published versions, approved the way an approval does (revision
 * approved + publish statements), each at a given time, by a given contributor.
 */
import { eq } from "drizzle-orm";
import { runBatch } from "../../src/platform/db/client";
import { revisions, users, type Relationship } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { personDocumentSchema, primaryName, type PersonDocumentInput } from "../../src/domain/person-document";
import { slugify } from "../../src/domain/names/transliterate";
import { publishStatements } from "../../src/archive/memorials/publish";
import { testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { signIn, type TestUser } from "../helpers/users";

export interface VersionSpec {
  document: PersonDocumentInput;
  by: TestUser;
  showName?: boolean;
  relationship?: Relationship;
}

/** A contributor with a display name of their own. */
export async function contributor(displayName: string): Promise<TestUser> {
  const user = await signIn("contributor");
  await testDb().update(users).set({ displayName }).where(eq(users.id, user.id));
  return user;
}

/** Publishes the versions in order, one day apart, starting on 1 March 2026. */
export async function publishVersions(specs: VersionSpec[]) {
  const db = testDb();
  const memorialId = newId("mem");
  const slug = `${slugify(primaryName(personDocumentSchema.parse(specs[0]!.document)).display)}-${memorialId.slice(4, 9)}`;
  const revisionIds: string[] = [];
  for (const [i, spec] of specs.entries()) {
    const document = personDocumentSchema.parse(spec.document);
    const at = Date.UTC(2026, 2, 1 + i, 12);
    const id = newId("rev");
    revisionIds.push(id);
    await runBatch(db, [
      db.insert(revisions).values({
        id,
        memorialId,
        kind: i === 0 ? "new" : "correction",
        document: JSON.stringify(document),
        status: "approved",
        submitterId: spec.by.id,
        relationship: spec.relationship ?? "descendant",
        showName: spec.showName ?? false,
        displayName: primaryName(document).display,
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
        decidedAt: at,
      }),
      ...publishStatements(db, { memorialId, revisionId: id, document, now: at, ...(i === 0 ? { newSlug: slug } : {}) }),
    ]);
  }
  return { memorialId, slug, revisionIds };
}

/** Max Zucker as first published: no Cyrillic name yet, arrested "1937". */
export function zuckerFirst(): PersonDocumentInput {
  const doc = zuckerDocument();
  doc.names = doc.names!.filter((n) => n.script !== "Cyrl");
  return doc;
}

/** The second version: a descendant adds the Russian name form. */
export function zuckerWithRussianName(): PersonDocumentInput {
  return zuckerDocument();
}

/** The third version: the arrest date becomes March 1938. */
export function zuckerArrestedMarch1938(): PersonDocumentInput {
  const doc = zuckerDocument();
  doc.events![0]!.date = { edtf: "1938-03" };
  return doc;
}

/** Three versions of Max Zucker: the first by a descendant who is not named, the second by one who is. */
export async function zuckerInThreeVersions() {
  const first = await contributor("First Descendant Hidden");
  const second = await contributor("Second Demo Descendant");
  const researcher = await contributor("Researcher Not Named");
  const published = await publishVersions([
    { document: zuckerFirst(), by: first, showName: false },
    { document: zuckerWithRussianName(), by: second, showName: true },
    { document: zuckerArrestedMarch1938(), by: researcher, showName: false, relationship: "researcher" },
  ]);
  return { ...published, first, second, researcher };
}

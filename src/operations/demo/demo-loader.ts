/**
 * Loads the demo memorials (real victims, from src/operations/demo/demo-persons.json) as approved revisions:
 * submitted by a demo editor, approved by a demo moderator, with audit entries — the same
 * publish statements a moderator's approval uses. Idempotent: ids are deterministic and
 * memorials that already exist are skipped, so loading twice never duplicates a row.
 *
 * Nobody confirmed a death for the demo. The approval records instead the basis on which each
 * memorial may be public (`livingBasis`), and a person with none is not loaded.
 */
import { inArray, or } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { memorials, revisions, users } from "../../platform/db/schema";
import { demoId } from "../../platform/ids";
import { isPossiblyLiving } from "../../domain/possibly-living";
import { DEATH_EVENT_TYPES, firstEvent, personDocumentSchema, primaryName, type PersonDocument } from "../../domain/person-document";
import { publishStatements } from "../../archive/memorials/publish";

export interface DemoPerson {
  key: string;
  id: string;
  slug: string;
  /** What the texts show where the document shows neither a death nor a birth long ago. */
  living?: { basis: "adult_before_1941"; evidence: string };
  document: unknown;
}

/**
 * Why a demo memorial may be public without anyone confirming a death (domain.md, privacy): the
 * document records the death; the person was born more than 110 years ago; or the texts know
 * the person only as an adult before 1941 (`evidence` says how).
 */
export type LivingBasis =
  | { basis: "death_recorded" }
  | { basis: "born_over_110_years_ago" }
  | { basis: "adult_before_1941"; evidence: string };

/** @throws when the person may be alive and the demo data gives no basis: such a memorial is not loaded. */
export function livingBasis(person: Pick<DemoPerson, "key" | "living">, document: PersonDocument, now: number): LivingBasis {
  if (firstEvent(document, DEATH_EVENT_TYPES)) return { basis: "death_recorded" };
  if (!isPossiblyLiving(document, now)) return { basis: "born_over_110_years_ago" };
  if (person.living?.basis === "adult_before_1941" && person.living.evidence.trim()) {
    return { basis: "adult_before_1941", evidence: person.living.evidence };
  }
  throw new Error(`demo memorial ${person.key}: may be alive, and nothing in the demo data says why it may be public`);
}

/** The two system accounts demo content is attributed to. They can never sign in. */
export const DEMO_EDITOR = { id: "usr_demo_editor", email: "demo-editor@zeugnis.invalid", name: "Zeugnis demo editor" };
export const DEMO_MODERATOR = { id: "usr_demo_moderator", email: "demo-moderator@zeugnis.invalid", name: "Zeugnis demo moderator" };

export interface DemoLoadResult {
  loaded: number;
  skipped: number;
}

export async function loadDemoMemorials(db: Database, persons: DemoPerson[], now = Date.now()): Promise<DemoLoadResult> {
  await ensureDemoUsers(db, now);
  const existing = await existingKeys(db, persons);
  // Every document and basis is checked before the first write: a bad entry loads nothing.
  const toLoad = persons
    .filter((person) => !existing.ids.has(person.id))
    .map((person) => {
      const document = personDocumentSchema.parse(person.document);
      return { person, document, living: livingBasis(person, document, now) };
    });
  for (const { person, document, living } of toLoad) {
    const slug = existing.slugs.has(person.slug) ? `${person.slug}-${person.id.slice(4, 10)}` : person.slug;
    await runBatch(db, await demoStatements(db, person, document, living, slug, now));
  }
  return { loaded: toLoad.length, skipped: persons.length - toLoad.length };
}

export async function ensureDemoUsers(db: Database, now: number) {
  await db
    .insert(users)
    .values([
      { id: DEMO_EDITOR.id, email: DEMO_EDITOR.email, displayName: DEMO_EDITOR.name, role: "contributor", createdAt: now, disabledAt: now },
      { id: DEMO_MODERATOR.id, email: DEMO_MODERATOR.email, displayName: DEMO_MODERATOR.name, role: "moderator", createdAt: now, disabledAt: now },
    ])
    .onConflictDoNothing();
}

async function existingKeys(db: Database, persons: DemoPerson[]) {
  const ids = new Set<string>();
  const slugs = new Set<string>();
  // Chunks of 40 ids and 40 slugs stay under D1's 100 bound parameters.
  for (let i = 0; i < persons.length; i += 40) {
    const chunk = persons.slice(i, i + 40);
    const rows = await db
      .select({ id: memorials.id, slug: memorials.slug })
      .from(memorials)
      .where(or(inArray(memorials.id, chunk.map((p) => p.id)), inArray(memorials.slug, chunk.map((p) => p.slug))));
    for (const row of rows) {
      ids.add(row.id);
      slugs.add(row.slug);
    }
  }
  return { ids, slugs };
}

async function demoStatements(
  db: Database,
  person: DemoPerson,
  document: PersonDocument,
  living: LivingBasis,
  slug: string,
  now: number,
): Promise<BatchItem[]> {
  const revisionId = await demoId("rev", person.key);
  return [
    db.insert(revisions).values({
      id: revisionId,
      memorialId: person.id,
      kind: "new",
      document: JSON.stringify(document),
      status: "approved",
      version: 2,
      submitterId: DEMO_EDITOR.id,
      relationship: "researcher",
      submitterNote: "Demo memorial built from published historical articles.",
      showName: false,
      consentPublish: true,
      displayName: primaryName(document).display,
      sourceCount: document.sources.length,
      createdAt: now,
      updatedAt: now,
      submittedAt: now,
      decidedAt: now,
      decidedBy: DEMO_MODERATOR.id,
      // The basis, not a confirmation: no moderator confirmed anything for the demo.
      livingConfirmation: living.basis,
    }),
    ...publishStatements(db, { memorialId: person.id, revisionId, document, now, newSlug: slug }),
    auditInsert(db, {
      actorId: DEMO_EDITOR.id,
      action: "revision.submit",
      subjectType: "revision",
      subjectId: revisionId,
      subjectVersion: 1,
      detail: { demo: true, memorial_id: person.id },
      at: now,
    }),
    auditInsert(db, {
      actorId: DEMO_MODERATOR.id,
      action: "revision.approve",
      subjectType: "revision",
      subjectId: revisionId,
      subjectVersion: 2,
      detail: {
        demo: true,
        memorial_id: person.id,
        living_basis: living.basis,
        ...(living.basis === "adult_before_1941" ? { living_evidence: living.evidence } : {}),
      },
      at: now,
    }),
  ];
}

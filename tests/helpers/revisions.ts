import { eq } from "drizzle-orm";
import { revisions, type RevisionStatus } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { personDocumentSchema, primaryName, type PersonDocumentInput } from "../../src/domain/person-document";
import { request, testDb } from "./app";
import { zuckerDocument } from "./documents";
import { signIn, type TestUser } from "./users";

export interface RevisionOptions {
  document?: PersonDocumentInput;
  submitter?: TestUser;
  /** For a correction: the memorial and the revision it starts from. */
  memorialId?: string;
  basedOnRevisionId?: string;
  status?: RevisionStatus;
  relationship?: "descendant" | "relative" | "researcher" | "other";
  submittedAt?: number;
}

/**
 * A submitted revision written straight into D1, as the submissions feature stores one: a
 * validated document, its listing name and source count, status pending, version 1.
 */
export async function createRevision(options: RevisionOptions = {}) {
  const db = testDb();
  const document = personDocumentSchema.parse(options.document ?? zuckerDocument());
  const submitter = options.submitter ?? (await signIn("contributor"));
  const id = newId("rev");
  const now = options.submittedAt ?? Date.now();
  await db.insert(revisions).values({
    id,
    memorialId: options.memorialId ?? null,
    kind: options.memorialId ? "correction" : "new",
    basedOnRevisionId: options.basedOnRevisionId ?? null,
    document: JSON.stringify(document),
    status: options.status ?? "pending",
    submitterId: submitter.id,
    relationship: options.relationship ?? "descendant",
    consentPublish: true,
    displayName: primaryName(document).display,
    sourceCount: document.sources.length,
    createdAt: now,
    updatedAt: now,
    submittedAt: now,
  });
  return { id, version: 1, submitter, document };
}

/** The submitter's answer to "changes requested", through PUT /api/v1/submissions/{id}. */
export async function resubmitRevision(id: string, submitter: TestUser, version: number, document: PersonDocumentInput) {
  const res = await request(`/api/v1/submissions/${id}`, {
    method: "PUT",
    cookie: submitter.cookie,
    json: {
      document,
      submitter: { relationship: "descendant", show_name: false },
      consent: { publish: true },
      version,
    },
  });
  if (res.status !== 200) throw new Error(`resubmit answered ${res.status}: ${await res.text()}`);
  return res;
}

export async function storedRevision(id: string) {
  return testDb().select().from(revisions).where(eq(revisions.id, id)).get();
}

/**
 * An archive with everything a visitor's request can touch: the 60 demo memorials (relatives
 * linked to each other, markers, sources in several languages), enough further memorials that
 * lists, OAI-PMH and exports have more than one page, a memorial with a public photo and a
 * published correction, a withheld and a merged memorial, and the unpublished work of
 * contributors (pending revisions, a private file) that public pages must pass over.
 */
import { eq } from "drizzle-orm";
import { memorials } from "../../src/platform/db/schema";
import demo from "../../src/operations/demo/demo-persons.json";
import { loadDemoMemorials, type DemoPerson } from "../../src/operations/demo/demo-loader";
import type { PersonDocumentInput } from "../../src/domain/person-document";
import { testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { mergeMemorial, withholdMemorial } from "../helpers/public-states";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";
import { approve, submitRevision } from "../media/access";
import { jpegWithGps, plainJpeg } from "../media/fixtures";
import { uploadOk } from "../media/helpers";
import demoGroups from "../../src/operations/demo/demo-groups.json";
import { loadDemoGroups, type DemoGroup } from "../../src/operations/demo/demo-groups-loader";

const persons = (demo as { persons: DemoPerson[] }).persons;

/** Enough extra memorials that every paged list (100 per page in OAI-PMH and exports) has a second page. */
const EXTRA_MEMORIALS = 45;
const FAMILY_NAMES = ["Zucker", "Müller", "Schmidt", "Weiß", "Kowalski", "Bernstein", "Thälmann", "Rosenberg", "Petrow"];

function person(i: number): PersonDocumentInput {
  const doc = zuckerDocument();
  const family = FAMILY_NAMES[i % FAMILY_NAMES.length]!;
  const given = ["Anna", "Hans", "Erich", "Olga", "Max"][i % 5]!;
  doc.names = [{ primary: true, kind: "birth", display: `${given} ${family}`, given, family, script: "Latn" }];
  doc.nationalities = ["German"];
  doc.organisations = i % 2 ? ["KPD"] : [];
  return doc;
}

export async function seedArchive() {
  await loadDemoMemorials(testDb(), persons);
  await loadDemoGroups(testDb(), (demoGroups as { groups: DemoGroup[] }).groups);
  for (let i = 0; i < EXTRA_MEMORIALS; i++) await publishMemorial(person(i));

  const moderator = await signIn("moderator");
  const family = await signIn("contributor");
  const photo = await uploadOk(family.cookie, plainJpeg(), "portrait.jpg");
  const withPhoto = await approve((await submitRevision(family.id, [photo.ref])).id, moderator);
  const current = await testDb().select().from(memorials).where(eq(memorials.id, withPhoto)).get();
  const correction = await createRevision({
    submitter: family,
    memorialId: withPhoto,
    basedOnRevisionId: current!.currentRevisionId,
    document: { ...zuckerDocument(), media: [photo.ref] as PersonDocumentInput["media"], biography: { en: "Corrected by the family." } },
  });
  await approve(correction.id, moderator);
  const privateFile = await uploadOk(family.cookie, jpegWithGps(), "private.jpg");

  const withheld = await publishMemorial(person(1));
  await withholdMemorial(withheld.memorialId);
  const related = persons.find((p) => (p.document as PersonDocumentInput).relations?.some((r) => r.memorial_id))!;
  const merged = await publishMemorial(person(2));
  await mergeMemorial(merged.memorialId, related.id);
  for (let i = 0; i < 5; i++) await createRevision({ document: person(i) });

  return {
    memorial: { id: related.id, slug: related.slug },
    withPhoto: { id: withPhoto, mediaId: photo.id },
    privateMediaId: privateFile.id,
    withheldId: withheld.memorialId,
    merged: { id: merged.memorialId, slug: merged.slug },
  };
}

export type Archive = Awaited<ReturnType<typeof seedArchive>>;

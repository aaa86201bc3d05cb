/**
 * A seeded archive whose private parts are all marked: every unpublished revision (pending,
 * in review, changes requested, rejected, withdrawn, draft, a pending correction), a withheld
 * and a merged memorial, the submitters', reporters' and moderators' addresses, moderators'
 * messages, rejection and withholding reasons, report texts, and a private file's caption.
 * Everything goes through the API as it would in use, so what is stored is what users store.
 */
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { signIn, type TestUser } from "../helpers/users";
import { plainJpeg } from "../media/fixtures";
import { uploadOk } from "../media/helpers";
import type { PersonDocumentInput } from "../../src/domain/person-document";

/** A document whose every text field carries the marker. */
export function markedDocument(marker: string): PersonDocumentInput {
  const doc = zuckerDocument();
  doc.names = [
    { primary: true, kind: "birth", display: `${marker} Person`, given: `${marker}given`, family: `${marker}family`, note: `${marker} name note`, sources: ["s1"] },
    { kind: "alias", display: `${marker}alias` },
  ];
  doc.biography = { en: `${marker} biography.`, de: `${marker} Biografie.` };
  doc.events = [
    { type: "arrest", date: { edtf: "1938-04-01", text: `${marker} date words` }, place: { name: `${marker}stadt`, modern_name: `${marker}modern`, country: "RU", lat: 55.1, lon: 37.1 }, agency: "other", agency_note: `${marker}agency`, description: { en: `${marker} arrest.` }, sources: ["s1"] },
    { type: "death", date: { edtf: "1941" }, place: { name: `${marker}brücke` }, sources: ["s1"] },
  ];
  doc.sources = [{ id: "s1", kind: "archive", citation: `${marker} citation`, archive: `${marker}archive`, fond: "1", title: `${marker} title`, note: `${marker} source note` }];
  doc.markers = [{ kind: "stolperstein", inscription: `${marker} inscription`, address: `${marker}straße 1`, place: { name: `${marker}ort`, lat: 52.5, lon: 13.4 }, sources: ["s1"] }];
  doc.relations = [{ type: "sibling", name: `${marker} Sibling` }];
  doc.external_ids = [{ scheme: "other", value: `${marker}id` }];
  doc.nationalities = [`${marker}nation`];
  doc.organisations = [`${marker}organisation`];
  return doc;
}

async function submit(user: TestUser, document: PersonDocumentInput, note: string, memorialId?: string) {
  const res = await request("/api/v1/submissions", {
    method: "POST",
    cookie: user.cookie,
    json: { ...(memorialId ? { memorial_id: memorialId } : {}), document, submitter: { relationship: "descendant", note, show_name: false }, consent: { publish: true } },
  });
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

async function call(path: string, cookie: string, json?: unknown) {
  const res = await request(path, { method: "POST", cookie, json });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

const decide = (moderator: TestUser, id: string, action: string, reason?: string) =>
  call(`/api/v1/moderation/revisions/${id}/decision`, moderator.cookie, { action, version: 1, ...(reason ? { reason } : {}) });

export async function seedPrivateArchive() {
  const secrets: string[] = [];
  const mark = (what: string) => {
    const marker = `Zq${what}${crypto.randomUUID().slice(0, 6)}`;
    secrets.push(marker);
    return marker;
  };
  const who = async (role: "contributor" | "moderator" | "admin", name: string) => {
    const user = await signIn(role, `${mark(name).toLowerCase()}@example.org`);
    secrets.push(user.email);
    return user;
  };
  const submitter = await who("contributor", "submitter");
  const moderator = await who("moderator", "moderator");
  const reporter = await who("contributor", "reporter");

  // Published memorials (the submitter keeps their name private).
  const published: Array<{ id: string; slug: string }> = [];
  for (const doc of [zuckerDocument(), { ...zuckerDocument(), biography: { en: "A second memorial." } }]) {
    const id = await submit(submitter, doc, mark("publishednote"));
    const memorialId = String((await decide(moderator, id, "approve")).memorial_id);
    const memorial = (await (await request(`/api/v1/memorials/${memorialId}`)).json()) as { slug: string };
    published.push({ id: memorialId, slug: memorial.slug });
  }
  const kept = published[0]!;

  await submit(submitter, markedDocument(mark("pending")), mark("pendingnote"));
  const claimed = await submit(submitter, markedDocument(mark("inreview")), mark("inreviewnote"));
  await call(`/api/v1/moderation/revisions/${claimed}/claim`, moderator.cookie);
  const returned = await submit(submitter, markedDocument(mark("returned")), mark("returnednote"));
  await decide(moderator, returned, "request_changes", mark("changesreason"));
  const rejected = await submit(submitter, markedDocument(mark("rejected")), mark("rejectednote"));
  await call(`/api/v1/moderation/revisions/${rejected}/messages`, moderator.cookie, { body: mark("moderatormessage") });
  await decide(moderator, rejected, "reject", mark("rejectionreason"));
  const withdrawn = await submit(submitter, markedDocument(mark("withdrawn")), mark("withdrawnnote"));
  await call(`/api/v1/submissions/${withdrawn}/withdraw`, submitter.cookie);
  await submit(submitter, markedDocument(mark("correction")), mark("correctionnote"), kept.id);
  const draft = await request("/submit", { method: "POST", cookie: submitter.cookie, body: new URLSearchParams({ name: `${mark("draft")} Person`, confirmed: "1" }) });
  if (draft.status !== 303) throw new Error(`draft: ${draft.status}`);

  // A memorial that was public and was withheld, one that was merged into the kept one.
  const withheld = await submit(submitter, markedDocument(mark("withheld")), mark("withheldnote"));
  const withheldId = String((await decide(moderator, withheld, "approve")).memorial_id);
  await call(`/api/v1/moderation/memorials/${withheldId}/withhold`, moderator.cookie, { version: 1, reason: mark("withholdreason") });
  const mergedText = mark("merged");
  const merged = await submit(submitter, markedDocument(mergedText), mark("mergednote"));
  const mergedId = String((await decide(moderator, merged, "approve")).memorial_id);
  await call(`/api/v1/moderation/memorials/${mergedId}/merge`, moderator.cookie, { version: 1, survivor_id: kept.id });

  // A report with the reporter's address and its resolution note; a private file.
  const report = await request("/api/v1/reports", {
    method: "POST",
    cookie: reporter.cookie,
    json: { memorial_id: kept.id, kind: "privacy", message: mark("reportmessage"), email: `${mark("reportmail").toLowerCase()}@example.org` },
  });
  secrets.push(`${secrets.at(-1)!.toLowerCase()}@example.org`);
  const reportId = ((await report.json()) as { id: string }).id;
  await call(`/api/v1/moderation/reports/${reportId}/resolve`, moderator.cookie, { version: 1, note: mark("resolutionnote") });
  await uploadOk(submitter.cookie, plainJpeg(), `${mark("filename")}.jpg`, { caption: mark("caption"), credit: mark("credit"), licence: "CC-BY-4.0", rights_confirmed: "true" });

  // A merged memorial's published text stays readable at its version addresses (docs/versions.md), and nowhere else.
  return { secrets, published, withheldId, mergedId, versionReadable: [mergedText], users: { submitter, moderator, reporter } };
}

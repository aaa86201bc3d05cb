/** Seed-like memorials in every public state, for the export and OAI-PMH tests. */
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";
import type { PersonDocumentInput } from "../../src/domain/person-document";

export function personDocument(display: string, extra: Partial<PersonDocumentInput> = {}): PersonDocumentInput {
  const doc = zuckerDocument();
  const [given, ...family] = display.split(" ");
  doc.names = [{ primary: true, kind: "birth", display, given, family: family.join(" ") || undefined, script: "Latn" }];
  return { ...doc, ...extra };
}

/** Words that must never leave the archive: they are only in unpublished or withdrawn content. */
export const SECRET_NAMES = ["Pendingname Secret", "Withheldname Hidden", "Mergedname Gone"];

export async function seedArchive() {
  const moderator = await signIn("moderator");
  const zucker = await publishMemorial(zuckerDocument());
  const quoted = await publishMemorial(
    personDocument('Anna "Nina" Weiß, geb. Schmidt', {
      names: [
        { primary: true, kind: "birth", display: 'Anna "Nina" Weiß, geb. Schmidt', given: "Anna", family: "Weiß" },
        { kind: "transliteration", display: "Анна Вайс", script: "Cyrl", lang: "ru" },
      ],
      biography: { de: "Erste Zeile\nzweite Zeile, mit Komma" },
    }),
  );
  const formula = await publishMemorial(personDocument("=HYPERLINK Kowalski"));
  await createRevision({ document: personDocument(SECRET_NAMES[0]!) });
  const withheld = await publishMemorial(personDocument(SECRET_NAMES[1]!));
  const merged = await publishMemorial(personDocument(SECRET_NAMES[2]!));
  const withhold = await request(`/api/v1/moderation/memorials/${withheld.memorialId}/withhold`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { version: 1, reason: "Family request" },
  });
  if (withhold.status !== 200) throw new Error(`withhold: ${withhold.status}`);
  const merge = await request(`/api/v1/moderation/memorials/${merged.memorialId}/merge`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { version: 1, survivor_id: zucker.memorialId },
  });
  if (merge.status !== 200) throw new Error(`merge: ${merge.status} ${await merge.text()}`);
  return { moderator, published: [zucker, quoted, formula], withheld, merged };
}

/** A strict RFC 4180 reader for checking the CSV export (independent of the import's parser). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else if (ch === "\n" || ch === "\r" || ch === '"') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else field += ch;
  }
  if (field !== "" || row.length) throw new Error("the last row does not end with CRLF");
  return rows;
}

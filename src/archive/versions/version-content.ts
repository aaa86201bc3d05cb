/**
 * One version's document as the public may read it, and the summaries of what each version
 * changed — shared by the pages and the API. An old version goes through the same public rule as
 * the current page (publicDocument): files rejected since, or no longer public, never come back
 * through it, and links to memorials that are not published are reduced to the name.
 */
import { readStoredDocument, type PersonDocument } from "../../domain/person-document";
import type { Database } from "../../platform/db/client";
import type { Locale, Translate } from "../../platform/i18n";
import { AppError } from "../../platform/http/errors";
import { linkedMemorials } from "../memorials/memorials.queries";
import { publicDocument, readVisibleMedia } from "../memorials/public-document";
import { versionSummary } from "./version-summary";
import type { VersionRow } from "./versions.queries";

export type StoredVersion = VersionRow & { document: string };

/** Version `n` (1-based) of these versions, or 404; `n` comes from the address as text. */
export function pickVersion(versions: StoredVersion[], n: string | number): StoredVersion {
  const number = typeof n === "number" ? n : /^[1-9][0-9]{0,5}$/.test(n) ? Number(n) : 0;
  const version = versions[number - 1];
  if (!version) throw new AppError("not_found", "This memorial has no published version with this number.");
  return version;
}

/** The public documents of some versions of one memorial, with the names of the published memorials they link to. */
export async function readPublicVersions(db: Database, memorialId: string, picked: StoredVersion[]) {
  const documents = picked.map((v) => readStoredDocument(v.document));
  const linked = documents.flatMap((d) => d.relations.flatMap((r) => (r.memorial_id ? [r.memorial_id] : [])));
  const [media, related] = await Promise.all([
    readVisibleMedia(db, documents.map((document) => ({ memorialId, document }))),
    linkedMemorials(db, linked),
  ]);
  const context = { media, publishedMemorials: new Set(related.keys()) };
  return { documents: documents.map((d) => publicDocument(memorialId, d, context)), related };
}

/** What each version changed against the one before, in the reader's words (public documents both). */
export function summaries(documents: PersonDocument[], t: Translate, locale: Locale): string[] {
  return documents.map((doc, i) => versionSummary(i === 0 ? null : documents[i - 1]!, doc, t, locale));
}

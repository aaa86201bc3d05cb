/** A stable UUID for a memorial (GEDCOM 7 UID), derived from its id: the export writes it, the import recognises it. */
export async function memorialUuid(memorialId: string): Promise<string> {
  const known = UUIDS.get(memorialId);
  if (known) return known;
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`zeugnis:${memorialId}`)));
  hash[6] = (hash[6]! & 0x0f) | 0x80; // version 8: a custom, name-based UUID
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash.slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  // An export reads its own file back, so the same ids are hashed again at once; bounded.
  if (UUIDS.size >= 1_000) UUIDS.clear();
  UUIDS.set(memorialId, uuid);
  return uuid;
}

const UUIDS = new Map<string, string>();

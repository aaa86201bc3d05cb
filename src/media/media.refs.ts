/**
 * For the submission flow: checks that every file a document lists may be used by this
 * submitter — it exists, is theirs or already public, and was not rejected or deleted.
 */
import type { Database } from "../db/client";
import type { FieldError, MediaRef } from "../lib/person-document";
import { listMediaByIds } from "./media.queries";

export async function checkMediaRefs(
  db: Database,
  submitterId: string,
  refs: Pick<MediaRef, "id">[],
): Promise<FieldError[]> {
  const rows = new Map(
    (
      await listMediaByIds(
        db,
        refs.map((r) => r.id),
      )
    ).map((m) => [m.id, m]),
  );
  const errors: FieldError[] = [];
  refs.forEach((ref, i) => {
    const m = rows.get(ref.id);
    const usable = m && (m.uploaderId === submitterId || m.status === "public");
    if (!usable || m.status === "deleted") {
      errors.push({ path: `media.${i}.id`, message: "is not a file you uploaded" });
    } else if (m.status === "rejected") {
      errors.push({
        path: `media.${i}.id`,
        message: `was rejected by a moderator: ${m.rejectedReason ?? ""}`.trim(),
      });
    }
  });
  return errors;
}

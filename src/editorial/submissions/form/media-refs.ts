/** Attaching an uploaded file to a draft: the reference the person document keeps for it. */
import { LIMITS } from "../../../domain/person-document";
import { mediaItemOf } from "../../../media/media.items";
import type { MediaRow } from "../../../media/media.queries";
import { toMediaRef } from "../../../media/media.schema";
import { rowsOf, stringOf, type Draft } from "./draft";

/**
 * The draft with `file` attached, or null when there is nothing to do: the file is not the
 * submitter's, was rejected or deleted, is already attached, or the document is full.
 */
export function attachMedia(draft: Draft, file: MediaRow | undefined, userId: string): Draft | null {
  if (!file || file.uploaderId !== userId || file.status === "rejected" || file.status === "deleted") return null;
  const files = rowsOf(draft.media);
  if (files.some((f) => stringOf(f.id) === file.id) || files.length >= LIMITS.media) return null;
  return { ...draft, media: [...files, { ...toMediaRef(file.id, mediaItemOf(file)) }] };
}

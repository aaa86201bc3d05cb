/** The JSON shape of a media item in the API (api.md, POST /api/v1/media, extended). */
import type { StoredMedia } from "./media.ingest";
import { toMediaRef, type MediaItem } from "./media.schema";
import type { MediaRow } from "./media.queries";

export function mediaItemOf(m: MediaRow): MediaItem {
  return {
    ...(m.caption ? { caption: JSON.parse(m.caption) as Record<string, string> } : {}),
    ...(m.credit ? { credit: m.credit } : {}),
    ...(m.date ? { date: JSON.parse(m.date) as MediaItem["date"] } : {}),
    ...(m.source ? { source: m.source } : {}),
    licence: m.licence as MediaItem["licence"],
    rights_confirmed: true,
  };
}

export function mediaJson({ media: m, blob }: StoredMedia) {
  return {
    id: m.id,
    sha256: m.sha256,
    mime: m.mime,
    bytes: m.bytes,
    width: m.width,
    height: m.height,
    status: m.status,
    url: `/media/${m.id}`,
    thumb_url: `/media/${m.id}?size=thumb`,
    medium_url: `/media/${m.id}?size=medium`,
    metadata_removed: JSON.parse(blob.removedMetadata) as string[],
    rejected_reason: m.rejectedReason,
    created_at: new Date(m.createdAt).toISOString(),
    /** Ready to put into a submission's `document.media`. */
    ref: toMediaRef(m.id, mediaItemOf(m)),
  };
}

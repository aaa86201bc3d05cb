/** Who may see a file before (or without) publication: its uploader and moderators. */
import { hasRole, type SessionUser } from "../platform/auth/session";
import type { MediaRow } from "./media.queries";

export function canSeePrivately(
  user: SessionUser | null,
  m: Pick<MediaRow, "uploaderId">,
): boolean {
  return user !== null && (user.id === m.uploaderId || hasRole(user, "moderator"));
}

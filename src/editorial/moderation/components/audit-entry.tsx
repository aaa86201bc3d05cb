/** The parts of one audit entry in words: who, what, about what (with a link), and any note. */
import { useI18n } from "../../../platform/views/i18n";
import type { AuditView } from "../audit.queries";
import { isKnownAuditAction } from "../audit.messages";

/** Where a moderator reads the subject of an entry; null where there is no page for it. */
export function auditSubjectHref(type: string, id: string): string | null {
  const path = encodeURIComponent(id);
  switch (type) {
    case "memorial":
      return `/moderation/memorials/${path}`;
    case "revision":
      return `/moderation/revisions/${path}`;
    case "report":
      return `/moderation/reports/${path}`;
    case "media":
      // Unfinished uploads (upl_…) have no file to show.
      return id.startsWith("med_") ? `/media/${path}` : null;
    case "user":
      return `/moderation/audit?subject_id=${path}`;
    default:
      return null;
  }
}

/** The action in words; an action this catalogue does not know yet is named as the archive wrote it. */
export function ActionLabel({ action }: { action: string }) {
  const { t } = useI18n();
  if (isKnownAuditAction(action)) return <>{t(`audit:actions.${action}`)}</>;
  return (
    <>
      {t("audit:actions.unknown")} (<code>{action}</code>)
    </>
  );
}

/** The actor's public name, linked to their other entries; emails only for admins. */
export function ActorName({ entry, link = true }: { entry: AuditView; link?: boolean }) {
  const { t } = useI18n();
  if (!entry.actor_id) return <>{t(entry.action === "report.create" ? "audit:visitor" : "audit:system")}</>;
  const name = entry.actor_name ?? entry.actor_email ?? t("audit:unnamed");
  return link ? <a href={`/moderation/audit?actor=${encodeURIComponent(entry.actor_id)}`}>{name}</a> : <>{name}</>;
}

export function SubjectLink({ entry }: { entry: AuditView }) {
  const { t } = useI18n();
  const type = entry.subject_type as keyof typeof SUBJECT_TYPES;
  const kind = type in SUBJECT_TYPES ? t(`audit:subjects.${type}`) : entry.subject_type;
  const href = auditSubjectHref(entry.subject_type, entry.subject_id);
  const label = entry.subject_label || entry.subject_id;
  return (
    <>
      {kind}: {href ? <a href={href}>{label}</a> : label}
    </>
  );
}

const SUBJECT_TYPES = { memorial: 1, revision: 1, report: 1, media: 1, user: 1, session: 1, import: 1, system: 1, group: 1, group_revision: 1 } as const;

/** The reason or note the actor gave, if any. */
export function entryNote(entry: AuditView): string | null {
  const detail = entry.detail;
  if (!detail) return null;
  for (const key of ["reason", "note"]) {
    if (typeof detail[key] === "string" && detail[key]) return detail[key] as string;
  }
  return null;
}

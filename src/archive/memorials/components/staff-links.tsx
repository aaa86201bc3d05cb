import { useAppContext, useI18n } from "../../../platform/views/i18n";

/**
 * Links from a public memorial page to its moderation page and its audit log. Rendered only
 * for a moderator's or admin's session, so the page a visitor gets (and caches) never has them.
 */
export function StaffLinks({ memorialId }: { memorialId: string }) {
  const { t } = useI18n();
  const role = useAppContext().var.user?.role;
  if (role !== "moderator" && role !== "admin") return null;
  const id = encodeURIComponent(memorialId);
  return (
    <nav class="staff-links" aria-label={t("audit:staff.label")}>
      <strong>{t("audit:staff.label")}:</strong> <a href={`/moderation/memorials/${id}`}>{t("audit:staff.admin")}</a> ·{" "}
      <a href={`/moderation/audit?subject_id=${id}`}>{t("audit:staff.log")}</a>
    </nav>
  );
}

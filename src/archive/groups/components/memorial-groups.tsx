import { formatEdtf } from "../../../domain/dates/date-format";
import type { GroupKind, MemberRole } from "../../../domain/group-document";
import { useAppContext, useI18n } from "../../../platform/views/i18n";
import { rowName } from "../groups.pages";
import { groupsOfMemorial } from "../groups.queries";

/**
 * The memorial page's section "Transports and lists": every published group the memorial
 * belongs to, with its role there. Reads its own rows, so the memorial page only places it.
 */
export async function MemorialGroups({ memorialId }: { memorialId: string }) {
  const c = useAppContext();
  const { t, locale } = useI18n();
  const rows = await groupsOfMemorial(c.var.db, memorialId);
  if (rows.length === 0) return null;
  return (
    <section class="memorial__section" aria-labelledby="memorial-groups">
      <h2 id="memorial-groups">{t("groups:memorialSection.title")}</h2>
      <ul class="group-list">
        {rows.map((row) => (
          <li>
            <a href={`/groups/${row.slug}`}>{rowName(row, locale)}</a>
            <span class="muted">
              {" "}
              · {t(`groups:kinds.${row.kind as GroupKind}`)}
              {row.dateEdtf ? ` · ${formatEdtf(row.dateEdtf, locale)}` : ""} ·{" "}
              {t(`groups:roles.${row.role as MemberRole}`)}
              {row.certainty !== "documented" ? ` (${t(`memorials:certainty.${row.certainty as "disputed"}`)})` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

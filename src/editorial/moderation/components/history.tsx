import type { AuditView } from "../audit.queries";
import { useI18n } from "../../../platform/views/i18n";
import { ActionLabel, ActorName, entryNote } from "./audit-entry";
import { StaffTime } from "./staff-time";

/** Audit entries of one subject: when, who, what, on which version, with any reason given. */
export function AuditList({ entries }: { entries: AuditView[] }) {
  const { t } = useI18n();
  if (entries.length === 0) return <p class="muted">{t("moderation:history.empty")}</p>;
  return (
    <ol class="audit-list" reversed>
      {entries.map((e) => {
        const note = entryNote(e);
        return (
          <li>
            <StaffTime at={e.at} /> · <strong><ActionLabel action={e.action} /></strong> · <ActorName entry={e} />
            {e.subject_version !== null ? ` · v${e.subject_version}` : ""}
            {note ? <> · “{note}”</> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Age of a queue item in whole days or hours, e.g. "3 d". */
export function Age({ since, now }: { since: number; now: number }) {
  const { t } = useI18n();
  const hours = Math.max(0, Math.floor((now - since) / 3_600_000));
  const label = hours >= 48 ? t("moderation:age.days", { count: Math.floor(hours / 24) }) : t("moderation:age.hours", { count: hours });
  return <time datetime={new Date(since).toISOString()}>{label}</time>;
}

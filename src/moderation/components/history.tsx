import type { AuditView } from "../audit.queries";
import { useI18n } from "../../views/i18n";

/** Audit entries: when, who, what, on which version. */
export function AuditList({ entries }: { entries: AuditView[] }) {
  const { t } = useI18n();
  if (entries.length === 0) return <p class="muted">{t("moderation:history.empty")}</p>;
  return (
    <ol class="audit-list" reversed>
      {entries.map((e) => (
        <li>
          <time datetime={new Date(e.at).toISOString()}>{new Date(e.at).toISOString().slice(0, 16).replace("T", " ")}</time>{" "}
          · <strong>{e.action}</strong> · {e.actor_name ?? t("moderation:history.visitor")}
          {e.subject_version !== null ? ` · v${e.subject_version}` : ""}
          {e.detail && typeof e.detail.reason === "string" ? <> · “{e.detail.reason}”</> : null}
          {e.detail && typeof e.detail.note === "string" ? <> · “{e.detail.note}”</> : null}
        </li>
      ))}
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

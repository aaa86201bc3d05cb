import { pickLocalized } from "../../codecs/markdown";
import { groupName } from "../../domain/group-document";
import { useI18n } from "../../platform/views/i18n";
import type { GroupProposal } from "./group-queue.queries";

/**
 * The moderators' screen of group proposals: each shown as it would be published (figures with
 * their sources, people, sources), a membership with the person it adds, and the two decisions.
 */
export function GroupProposalsPage({ items, userId, errors }: { items: GroupProposal[]; userId: string; errors?: Record<string, string> }) {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("groupProposals:queue.title")}</h1>
      <p class="lead narrow">{t("groupProposals:queue.intro")}</p>
      {items.length === 0 ? <p>{t("groupProposals:queue.empty")}</p> : null}
      {items.map((p) => (
        <Proposal proposal={p} own={p.submitterId === userId} error={errors?.[p.id]} />
      ))}
    </section>
  );
}

function Proposal({ proposal: p, own, error }: { proposal: GroupProposal; own: boolean; error?: string }) {
  const { t, locale } = useI18n();
  const doc = p.parsed;
  const sourceNumber = (id: string) => doc.sources.findIndex((s) => s.id === id) + 1;
  const added = p.kind === "membership" ? doc.members[doc.members.length - 1] : undefined;
  return (
    <article class="card" id={p.id}>
      <h2>
        {t(`groupProposals:queue.kinds.${p.kind}`)}: {groupName(doc, locale)}
      </h2>
      <p class="muted">
        {t(`groups:kinds.${doc.kind}`)} · {p.submitterName ?? ""}
        {p.groupId ? (
          <>
            {" · "}
            <a href={`/api/v1/groups/${p.groupId}`}>{t("groupProposals:queue.current")}</a>
          </>
        ) : null}
      </p>
      {error ? <p class="field__error" role="alert">{error}</p> : null}
      {p.submitterNote ? (
        <p>
          <strong>{t("groupProposals:queue.note")}:</strong> {p.submitterNote}
        </p>
      ) : null}
      {added ? (
        <p>
          <strong>{t("groupProposals:queue.proposedMember")}:</strong> {added.name ?? t("groupProposals:queue.memorial", { id: added.memorial_id ?? "" })} —{" "}
          {t(`groups:roles.${added.role}`)} ({t(`memorials:certainty.${added.certainty}`)}) {added.sources.map((id) => `[${sourceNumber(id)}]`).join(" ")}
        </p>
      ) : (
        <>
          <h3>{t("groupProposals:queue.figures")}</h3>
          <ul>
            {doc.counts.map((c) => (
              <li>
                {t(`groups:qualifiers.${c.qualifier}`, { value: c.value })} {pickLocalized(c.what, locale)?.text} ({t(`groups:statuses.${c.status}`)}){" "}
                {c.sources.map((id) => `[${sourceNumber(id)}]`).join(" ")}
              </li>
            ))}
          </ul>
          <h3>{t("groupProposals:queue.people")}</h3>
          <ul>
            {doc.members.map((m) => (
              <li>
                {m.name ?? t("groupProposals:queue.memorial", { id: m.memorial_id ?? "" })} — {t(`groups:roles.${m.role}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t("groupProposals:queue.sources")}</h3>
      <ol>
        {doc.sources.map((s) => (
          <li>{s.citation}</li>
        ))}
      </ol>
      {own ? (
        <p class="notice">{t("groupProposals:queue.own")}</p>
      ) : (
        <form method="post" action={`/moderation/groups/${p.id}/decision`}>
          <input type="hidden" name="version" value={String(p.version)} />
          <label for={`${p.id}-reason`}>{t("groupProposals:queue.reason")}</label>
          <textarea id={`${p.id}-reason`} name="reason" rows={2} />
          <p>
            <button type="submit" name="action" value="approve" class="button button--primary">
              {t("groupProposals:queue.approve")}
            </button>{" "}
            <button type="submit" name="action" value="reject" class="button">
              {t("groupProposals:queue.reject")}
            </button>
          </p>
        </form>
      )}
    </article>
  );
}

import { groupChanges, type FieldChange } from "../../lib/document-diff";
import { useI18n } from "../../views/i18n";

function Value({ value }: { value: unknown }) {
  if (value === undefined) return <span class="muted">—</span>;
  if (typeof value === "string") return <span>{value}</span>;
  return <code class="diff__json">{JSON.stringify(value)}</code>;
}

/** Field-level changes, grouped by part of the document: added, removed, changed (before → after). */
export function DiffView({ changes }: { changes: FieldChange[] }) {
  const { t } = useI18n();
  if (changes.length === 0) return <p>{t("moderation:diff.none")}</p>;
  return (
    <div class="diff">
      {groupChanges(changes).map(([section, list]) => (
        <section>
          <h3>{t(`moderation:diff.sections.${section}`)}</h3>
          <ul class="diff__list">
            {list.map((c) => (
              <li class={`diff__change diff__change--${c.op}`} data-path={c.path}>
                <strong>{t(`moderation:diff.ops.${c.op}`)}</strong>
                {c.item ? <> {c.item}</> : null}
                {c.field ? <> · <code>{c.field}</code></> : null}
                {": "}
                {c.op === "changed" ? (
                  <>
                    <del><Value value={c.before} /></del> → <ins><Value value={c.after} /></ins>
                  </>
                ) : c.op === "added" ? (
                  <ins><Value value={c.after} /></ins>
                ) : (
                  <del><Value value={c.before} /></del>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

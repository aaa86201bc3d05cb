import { formatLifeDates } from "../../domain/dates/date-format";
import { useI18n } from "../../platform/views/i18n";
import { BrowseTrail, Pager } from "./components/memorial-list";
import type { MemorialListRow, MemorialPage } from "./browse.queries";

export const LETTERS = "abcdefghijklmnopqrstuvwxyz".split("");

/** "other" in addresses stands for every name outside a–z (the "#" of the index). */
export const OTHER = "other";

export interface IndexName {
  display: string;
  given: string | null;
  family: string | null;
  script: string | null;
  lang: string | null;
  isPrimary: boolean;
}

function LetterNav({ counts, current }: { counts: Map<string, number>; current?: string }) {
  const { t } = useI18n();
  const letters = [...LETTERS, OTHER];
  return (
    <nav class="letters" aria-label={t("browse:az.letters")}>
      <ul>
        {letters.map((letter) => {
          const key = letter === OTHER ? "#" : letter;
          const label = letter === OTHER ? t("browse:az.other") : letter.toUpperCase();
          return (
            <li>
              {(counts.get(key) ?? 0) > 0 ? (
                <a href={`/browse/a-z/${letter}`} aria-current={letter === current ? "page" : undefined}>
                  {label}
                </a>
              ) : (
                <span class="letters__empty">{label}</span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** "Zucker, Max" as the index files it, plus the forms in other scripts ("also written Макс Цуккер"). */
function IndexEntry({ memorial, names }: { memorial: MemorialListRow; names: IndexName[] }) {
  const { t, locale } = useI18n();
  const primary = names.find((n) => n.isPrimary);
  const filed = primary?.family ? `${primary.family}${primary.given ? `, ${primary.given}` : ""}` : memorial.displayName;
  const otherScripts = names.filter((n) => !n.isPrimary && n.script && n.script !== (primary?.script ?? "Latn"));
  return (
    <li>
      <a href={`/memorials/${memorial.slug}`} lang={primary?.lang ?? undefined}>
        {filed}
      </a>
      <span class="muted">
        {" "}
        ({formatLifeDates(memorial.birthEdtf, memorial.deathEdtf, locale)})
      </span>
      {otherScripts.length > 0 ? (
        <span class="index-also">
          {" "}
          — {t("browse:az.alsoWritten")}{" "}
          {otherScripts.map((n, i) => (
            <>
              {i > 0 ? ", " : ""}
              <span lang={n.lang ?? undefined}>{n.display}</span>
            </>
          ))}
        </span>
      ) : null}
    </li>
  );
}

export function AzPage(props: { counts: Map<string, number>; letter?: string; page?: MemorialPage; names?: Map<string, IndexName[]> }) {
  const { t } = useI18n();
  const { counts, letter, page, names } = props;
  const label = letter === OTHER ? t("browse:az.other") : letter?.toUpperCase();
  return (
    <>
      <BrowseTrail>{letter ? <a href="/browse/a-z">{t("browse:az.title")}</a> : undefined}</BrowseTrail>
      <h1>{label ? t("browse:az.letterTitle", { letter: label }) : t("browse:az.title")}</h1>
      {letter ? null : <p class="lead">{t("browse:az.intro")}</p>}
      <LetterNav counts={counts} current={letter} />
      {page ? (
        <>
          <ul class="index-list">
            {page.items.map((m) => (
              <IndexEntry memorial={m} names={names?.get(m.id) ?? []} />
            ))}
          </ul>
          {page.items.length === 0 ? <p>{t("browse:none")}</p> : null}
          <Pager next={page.next} />
        </>
      ) : null}
    </>
  );
}

import {
  DEATH_EVENT_TYPES,
  firstEvent,
  primaryName,
  type LifeEvent,
  type PersonDocument,
  type PersonName,
} from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { formatLifeDates } from "../../../domain/dates/date-format";
import { EvidenceDate, voiceOf } from "./dates";
import { PlaceName } from "./fate-timeline";
import { displayNames } from "../../../domain/intl";

const GENDERED_FORMS = new Set(["birth", "other"]);

/** The script's name in the reader's language ("Cyrillic", "Kyrillisch", "кириллица"). */
export function scriptName(script: string, locale: string): string {
  try {
    return displayNames(locale, "script").of(script) ?? script;
  } catch {
    return script;
  }
}

/**
 * "born Margarete Thüring", "Hans Bloch — party name": the phrase comes from the catalogue with
 * a placeholder, and the name itself is put in as an element so it keeps its own `lang`.
 */
function NameForm({ name, sex }: { name: PersonName; sex: PersonDocument["sex"] }) {
  const { t, locale } = useI18n();
  const gendered = GENDERED_FORMS.has(name.kind) && (sex === "female" || sex === "male");
  const key = (gendered ? `${name.kind}_${sex}` : name.kind) as `${PersonName["kind"]}`;
  const marker = "\u0000";
  const [before = "", after = ""] = t(`memorials:nameForms.${key}`, { name: marker }).split(marker);
  const showScript = name.script && name.script !== "Latn";
  return (
    <li class="name-form">
      {before}
      <span class="name-form__name" lang={name.lang}>
        {name.display}
      </span>
      {after}
      {showScript ? (
        <span class="name-script">
          {" "}
          ({t("memorials:page.scriptName", { script: scriptName(name.script!, locale) })})
        </span>
      ) : null}
      {name.certainty && name.certainty !== "documented" ? (
        <span class="name-certainty"> {t("evidence:page.certaintyOf", { certainty: t(`memorials:certainty.${name.certainty}`) })}</span>
      ) : null}
    </li>
  );
}

function LifeFact({ label, event, sources }: { label: string; event: LifeEvent | undefined; sources: PersonDocument["sources"] }) {
  const { t } = useI18n();
  return (
    <div class="life-fact">
      <dt>{label}</dt>
      <dd>
        <EvidenceDate date={event?.date} voice={event ? voiceOf(event, sources) : undefined} />
        {event?.place ? (
          <>
            {", "}
            <PlaceName place={event.place} />
          </>
        ) : null}
        {event && event.certainty !== "documented" ? (
          <>
            {" "}
            <a class={`certainty certainty--${event.certainty}`} href="#fate">
              {t(`memorials:certainty.${event.certainty}`)}
            </a>
          </>
        ) : null}
      </dd>
    </div>
  );
}

/** The primary name large, every other form with its kind and script, birth and death as known. */
export function NamesHeader({ doc }: { doc: PersonDocument }) {
  const { t, locale } = useI18n();
  const primary = primaryName(doc);
  const others = doc.names.filter((n) => n !== primary);
  const birth = firstEvent(doc, ["birth"]);
  const death = firstEvent(doc, DEATH_EVENT_TYPES);
  // Russian says "Родилась"/"Родился"; the neutral form stays when the sex is not recorded.
  const suffix = doc.sex === "female" || doc.sex === "male" ? (`_${doc.sex}` as const) : ("" as const);
  return (
    <header class="memorial__header">
      <h1 lang={primary.lang}>{primary.display}</h1>
      {others.length > 0 ? (
        <div class="memorial__names">
          <h2 class="visually-hidden">{t("memorials:page.otherNames")}</h2>
          <ul>
            {others.map((n) => (
              <NameForm name={n} sex={doc.sex} />
            ))}
          </ul>
        </div>
      ) : null}
      {birth?.date || birth?.place || death?.date || death?.place ? (
        <dl class="memorial__life">
          <LifeFact label={t(`memorials:page.born${suffix}`)} event={birth} sources={doc.sources} />
          <LifeFact label={t(`memorials:page.died${suffix}`)} event={death} sources={doc.sources} />
        </dl>
      ) : (
        <p class="memorial__life">{formatLifeDates(null, null, locale)}</p>
      )}
    </header>
  );
}

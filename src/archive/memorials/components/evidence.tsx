/**
 * What each fact rests on, shown unobtrusively beside it: who acted (in the wording of the
 * event), the Soviet verdict's charge, body and sentence as the file states them, the kinds of
 * the sources cited, and the other versions by what they are — a real disagreement, a source's
 * spelling, or a version the sources refute (behind a click). docs/evidence.md explains the model.
 */
import { pickLocalized } from "../../../codecs/markdown";
import type { LifeEvent, PersonDocument, Source } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";

/** The help page that explains certainty, kinds of sources and versions. */
export const EVIDENCE_HELP_PATH = "/help/evidence";

/** "by the NKVD", "by the NKVD (Moscow)", or the agency's own name when the vocabulary has none. */
export function AgencyWords({ event }: { event: Pick<LifeEvent, "agency" | "agency_note"> }) {
  const { t } = useI18n();
  if (!event.agency && !event.agency_note) return null;
  const named = event.agency && event.agency !== "other" ? t(`evidence:agencies.${event.agency}`) : undefined;
  const agency = named ? (event.agency_note ? `${named} (${event.agency_note})` : named) : (event.agency_note ?? t("evidence:agencies.other"));
  return <span class="event__agency">{t("evidence:byAgency", { agency })}</span>;
}

/** Charge, sentencing body and sentence, as the file states them: a charge is not a fact. */
export function RepressionFacts({ event }: { event: LifeEvent }) {
  const { t } = useI18n();
  const lines = [
    event.charge ? t("evidence:page.charge", { charge: event.charge }) : undefined,
    event.sentencing_body ? t("evidence:page.sentencedBy", { body: t(`evidence:sentencingBodies.${event.sentencing_body}`) }) : undefined,
    event.sentence ? t("evidence:page.sentence", { sentence: event.sentence }) : undefined,
  ]
    .filter((line) => line !== undefined)
    .map(String);
  if (lines.length === 0) return null;
  return (
    <ul class="event__repression">
      {lines.map((line) => (
        <li>{line}</li>
      ))}
    </ul>
  );
}

/** "Basis: press, memoir": what kinds of sources a fact cites, linked to their explanation. */
export function Basis({ refs, sources }: { refs: string[]; sources: readonly Source[] }) {
  const { t } = useI18n();
  const byId = new Map(sources.map((s) => [s.id, s.kind]));
  const kinds = [...new Set(refs.map((ref) => byId.get(ref)).filter((kind): kind is Source["kind"] => kind !== undefined))];
  if (kinds.length === 0) return null;
  return (
    <a class="basis" href={`${EVIDENCE_HELP_PATH}#sources`}>
      {t("evidence:page.basisOf", { kinds: kinds.map((kind) => t(`evidence:sourceKinds.${kind}`)).join(", ") })}
    </a>
  );
}

/** The title a spelling variant is credited to: "“Gestapo and NKVD” writes this as: Ravensburg". */
function sourceName(refs: string[], sources: readonly Source[]): string {
  const first = sources.find((s) => s.id === refs[0]);
  return first ? `“${first.title ?? first.author ?? first.citation}”` : "";
}

type Alternative = NonNullable<LifeEvent["alternatives"]>[number];

/**
 * A spelling in one source, shown as a note; a refuted version, behind a click, with why. Real
 * disagreements are shown by the timeline itself, as versions of equal standing.
 */
export function VersionNotes({
  alternatives,
  doc,
  render,
  describe,
}: {
  alternatives: Alternative[];
  doc: PersonDocument;
  /** The version's date, place and footnotes, inline. */
  render: (alt: Alternative) => unknown;
  /** The version's description, a paragraph of its own. */
  describe: (alt: Alternative) => unknown;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      {alternatives
        .filter((alt) => alt.status === "spelling_variant")
        .map((alt) => (
          <div class="event__spelling">
            <p>
              {t("evidence:page.spellingVariant", { source: sourceName(alt.sources, doc.sources) })} {render(alt)}
            </p>
            {describe(alt)}
          </div>
        ))}
      {alternatives
        .filter((alt) => alt.status === "refuted")
        .map((alt) => {
          const why = pickLocalized(alt.note, locale);
          return (
            <details class="event__refuted">
              <summary>{t("evidence:page.showRefuted")}</summary>
              <p>
                <strong>{t("evidence:page.refuted")}:</strong> {render(alt)}
              </p>
              {describe(alt)}
              {why ? (
                <p lang={why.lang === locale ? undefined : why.lang}>
                  <strong>{t("evidence:page.why")}</strong> {why.text}
                </p>
              ) : null}
            </details>
          );
        })}
    </>
  );
}

/** "Persecuted: political, in a national operation of the NKVD" — grounds, never a nationality. */
export function PersecutionGrounds({ doc }: { doc: PersonDocument }) {
  const { t } = useI18n();
  if (!doc.persecution_grounds?.length) return null;
  return (
    <p class="persecution-grounds">
      <strong>{t("evidence:page.grounds")}:</strong> {doc.persecution_grounds.map((g) => t(`evidence:grounds.${g}`)).join(", ")}
    </p>
  );
}

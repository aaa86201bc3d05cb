import { firstEvent, type PersonDocument } from "../../domain/person-document";
import { useI18n } from "../../platform/views/i18n";

type GuideArchive = "fsb" | "garf" | "rgaspi" | "bundesarchiv" | "arolsen" | "memorial";

/**
 * Only well-known official home pages; the way to ask changes, so the guide sends people to the
 * archive's own instructions rather than repeating addresses or fees that may be out of date.
 */
const HOME_PAGES: Record<GuideArchive, string | null> = {
  fsb: "http://www.fsb.ru/",
  garf: "https://statearchive.ru/",
  rgaspi: "https://rgaspi.org/",
  bundesarchiv: "https://www.bundesarchiv.de/",
  arolsen: "https://arolsen-archives.org/",
  memorial: "https://lists.memo.ru/",
};

const GUIDE_ORDER: GuideArchive[] = ["fsb", "garf", "rgaspi", "bundesarchiv", "arolsen", "memorial"];

function ArchiveEntry({ archive }: { archive: GuideArchive }) {
  const { t } = useI18n();
  const home = HOME_PAGES[archive];
  return (
    <section class="archive-entry" aria-labelledby={`archive-${archive}`}>
      <h2 id={`archive-${archive}`}>{t(`records:archives.${archive}.name`)}</h2>
      <p>{t(`records:archives.${archive}.holds`)}</p>
      <dl>
        <dt>{t("records:guide.who")}</dt>
        <dd>{t(`records:archives.${archive}.who`)}</dd>
        <dt>{t("records:guide.how")}</dt>
        <dd>{t(`records:archives.${archive}.how`)}</dd>
        {home ? (
          <>
            <dt>{t("records:guide.homePage")}</dt>
            <dd>
              <a href={home} rel="noreferrer">{home.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}</a>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** /finding-the-files: where the records are kept, who may ask and how. */
export function RecordsGuidePage() {
  const { t } = useI18n();
  return (
    <article class="prose records-guide">
      <h1>{t("records:guide.title")}</h1>
      <p class="lead">{t("records:guide.intro")}</p>
      <section aria-labelledby="before">
        <h2 id="before">{t("records:guide.beforeTitle")}</h2>
        <ul>
          <li>{t("records:guide.before1")}</li>
          <li>{t("records:guide.before2")}</li>
          <li>{t("records:guide.before3")}</li>
          <li>{t("records:guide.before4")}</li>
        </ul>
      </section>
      <section aria-labelledby="letter">
        <h2 id="letter">{t("records:guide.letterTitle")}</h2>
        <p>{t("records:guide.letterText")}</p>
      </section>
      {GUIDE_ORDER.map((archive) => (
        <ArchiveEntry archive={archive} />
      ))}
      <section aria-labelledby="elsewhere">
        <h2 id="elsewhere">{t("records:guide.elsewhereTitle")}</h2>
        <p>{t("records:guide.elsewhereText")}</p>
      </section>
    </article>
  );
}

/** Party membership that points to the Comintern's and the KPD's files. */
const COMMUNIST = /(KPD|KPÖ|Komintern|Comintern|communist|kommunist|КПГ|Коминтерн|ВКП|коммунист)/i;

/** The memorial page's section: where to start for this person, the guide and the letter. */
export function FindingTheFiles({ doc, slug }: { doc: PersonDocument; slug: string }) {
  const { t } = useI18n();
  const arrest = firstEvent(doc, ["arrest"]);
  const handedOver = firstEvent(doc, ["handover", "gestapo_custody"]);
  const communist = (doc.organisations ?? []).some((o) => COMMUNIST.test(o));
  return (
    <section class="memorial__section no-print" aria-labelledby="finding-files">
      <h2 id="finding-files">{t("records:memorial.title")}</h2>
      <p>{t("records:memorial.intro")}</p>
      <ul>
        <li>{arrest?.place ? t("records:memorial.arrestedIn", { place: arrest.place.name }) : t("records:memorial.arrested")}</li>
        {handedOver ? <li>{t("records:memorial.handedOver")}</li> : null}
        {communist ? <li>{t("records:memorial.comintern")}</li> : null}
        <li>{t("records:memorial.lists")}</li>
      </ul>
      <p>
        <a href={`/memorials/${slug}/request-letter`}>{t("records:memorial.letter")}</a>
        {" · "}
        <a href="/finding-the-files">{t("records:memorial.guide")}</a>
      </p>
    </section>
  );
}

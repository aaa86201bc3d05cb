import { formatLifeDates } from "../../domain/dates/date-format";
import { FindingTheFiles } from "../records/records-guide.pages";
import { jsonForScript } from "../../codecs/json-script";
import type { Child } from "hono/jsx";
import { primaryName, type PersonDocument } from "../../domain/person-document";
import { memorialUrl } from "../../platform/http/site-url";
import { useAppContext, useI18n } from "../../platform/views/i18n";
import { MemorialGroups } from "../groups/components/memorial-groups";
import { Biography } from "./components/biography";
import { HowToCite } from "./components/cite";
import { ExternalIds } from "./components/external-ids";
import { FateTimeline } from "./components/fate-timeline";
import { HelpImprove } from "./components/help";
import { EntryHistorySection } from "./components/history";
import { Markers } from "./components/markers";
import { MediaGallery } from "./components/media-gallery";
import { NamesHeader } from "./components/names";
import { Relations, type RelatedMemorials } from "./components/relations";
import { Sources } from "./components/sources";
import { StaffLinks } from "./components/staff-links";
import type { EntryHistory } from "./memorial-page.queries";
import { citationDownloads, historyPath, versionUrl } from "../versions/version-links";
import type { MemorialRow } from "./memorials.queries";

export interface MemorialPageProps {
  memorial: MemorialRow;
  doc: PersonDocument;
  related: RelatedMemorials;
  history: EntryHistory;
  /** The site's origin, for the permanent link in the citation. */
  origin: string;
  /** The day the reader accessed the page, for the citation. */
  accessed: Date;
  /**
   * Set when one version is shown at its permanent address (src/archive/versions/): the notice
   * that says which version this is goes on top, the citation cites it, and the page leaves out
   * what belongs to the current entry only (invitations to correct it, its history).
   */
  version?: { number: number; notice: Child };
}

export function MemorialPage({ memorial, doc, related, history, origin, accessed, version }: MemorialPageProps) {
  const { t } = useI18n();
  const cited = history.versions[(version?.number ?? history.versions.length) - 1];
  const authors = history.authorsAt[(cited?.number ?? 1) - 1] ?? { named: [], othersUnnamed: false };
  return (
    <article class="memorial">
      {version?.notice}
      <StaffLinks memorialId={memorial.id} />
      <NamesHeader doc={doc} />
      <Biography doc={doc} />
      <section class="memorial__section" aria-labelledby="fate">
        <h2 id="fate">{t("memorials:page.fate")}</h2>
        <FateTimeline doc={doc} />
      </section>
      <MemorialGroups memorialId={memorial.id} />
      <Markers doc={doc} />
      <MediaGallery doc={doc} />
      <Relations doc={doc} related={related} />
      <ExternalIds doc={doc} />
      <Sources doc={doc} />
      <HowToCite
        title={primaryName(doc).display}
        authors={authors.named}
        othersUnnamed={authors.othersUnnamed}
        version={cited}
        permanentUrl={cited ? versionUrl(origin, memorial.id, cited.number) : memorialUrl(origin, memorial.id)}
        entryUrl={memorialUrl(origin, memorial.id)}
        accessed={accessed}
        downloads={cited ? citationDownloads(memorial.id, cited.number) : undefined}
      />
      <FindingTheFiles doc={doc} slug={memorial.slug} />
      {version ? null : (
        <>
          <HelpImprove memorialId={memorial.id} slug={memorial.slug} />
          <EntryHistorySection versions={history.versions} updatedAt={memorial.updatedAt} historyUrl={historyPath(memorial.slug)} />
        </>
      )}
    </article>
  );
}

export function WithheldPage() {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("errors.gone")}</h1>
      <p>{t("memorials:page.withheld")}</p>
    </section>
  );
}

/** The JSON-LD element; its content is escaped for the script context by jsonForScript. */
export function JsonLd({ data }: { data: unknown }) {
  const c = useAppContext();
  return <script type="application/ld+json" nonce={c.var.secureHeadersNonce} dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}

export function lifeSpan(memorial: MemorialRow, locale: "en" | "de" | "ru"): string {
  return formatLifeDates(memorial.birthEdtf, memorial.deathEdtf, locale);
}

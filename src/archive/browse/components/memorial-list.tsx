import type { Child } from "hono/jsx";
import { encodeCursor } from "../../../platform/http/cursor";
import { MemorialCard } from "../../../platform/views/components/memorial-card";
import { useAppContext, useI18n } from "../../../platform/views/i18n";
import type { MemorialPage } from "../browse.queries";

/** "Next page" keeps every other query parameter of the current address. */
export function Pager({ next }: { next: [string, string] | null }) {
  const { t } = useI18n();
  const c = useAppContext();
  const url = new URL(c.req.url);
  const hadCursor = url.searchParams.has("after");
  if (!next && !hadCursor) return null;
  const nextUrl = new URL(url);
  if (next) nextUrl.searchParams.set("after", encodeCursor(next));
  const firstUrl = new URL(url);
  firstUrl.searchParams.delete("after");
  return (
    <nav class="pager" aria-label={t("browse:next")}>
      {hadCursor ? <a href={`${firstUrl.pathname}${firstUrl.search}`}>{t("browse:first")}</a> : null}
      {next ? (
        <a href={`${nextUrl.pathname}${nextUrl.search}`} rel="next">
          {t("browse:next")}
        </a>
      ) : null}
    </nav>
  );
}

/** A page of memorial cards, or a plain sentence when there are none. */
export function MemorialList({ page }: { page: MemorialPage }) {
  const { t } = useI18n();
  if (page.items.length === 0) return <p>{t("browse:none")}</p>;
  return (
    <>
      <div class="card-list">
        {page.items.map((m) => (
          <MemorialCard memorial={m} headingLevel={2} />
        ))}
      </div>
      <Pager next={page.next} />
    </>
  );
}

/** The way back to the browse overview, for every browse page. */
export function BrowseTrail({ children }: { children?: Child }) {
  const { t } = useI18n();
  return (
    <nav class="trail" aria-label={t("nav.browse")}>
      <a href="/browse">{t("browse:index.title")}</a>
      {children ? <> › {children}</> : null}
    </nav>
  );
}

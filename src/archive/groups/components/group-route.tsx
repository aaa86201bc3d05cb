import type { GroupDocument } from "../../../domain/group-document";
import { PLACE_ROLES } from "../../../domain/group-document";
import { useI18n } from "../../../platform/views/i18n";
import { EvidenceDate } from "../../memorials/components/dates";
import { MiniMap } from "../../memorials/components/mini-map";

/**
 * The group's timeline and route: its date with the source's words, then its places in route
 * order (from, through, handed over at, to), each with the archive's small map where the place
 * has coordinates.
 */
export function GroupRoute({ doc }: { doc: GroupDocument }) {
  const { t } = useI18n();
  const places = [...doc.places].sort((a, b) => PLACE_ROLES.indexOf(a.role) - PLACE_ROLES.indexOf(b.role));
  return (
    <section class="memorial__section" aria-labelledby="group-timeline">
      <h2 id="group-timeline">{t("groups:page.timeline")}</h2>
      <ol class="fate-timeline">
        <li>
          <strong>{t("groups:page.date")}:</strong> <EvidenceDate date={doc.date} voice="source" />
        </li>
        {places.map((p) => (
          <li>
            <strong>{t(`groups:placeRoles.${p.role}`)}:</strong> {p.place.name}
            <MiniMap place={p.place} label={p.place.name} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * On the moderator's review of a submission that came from an import: the file and line it came
 * from, whether the file marked the person private (RESN), and everything the import could not
 * keep or kept differently. Read from the submission's audit entry (src/exchange/imports/import-submit.ts).
 */
import type { AuditView } from "../audit.queries";
import { useI18n } from "../../../platform/views/i18n";
import { describeNote, type ImportNote } from "../../revisions/import-notes";

interface ImportDetail {
  file?: string | null;
  line?: number;
  notes?: Array<ImportNote | string>;
  restriction?: string;
}

function importDetail(history: AuditView[]): ImportDetail | undefined {
  const entry = history.find((e) => e.action === "revision.submit" && e.detail?.via === "import");
  const detail = entry?.detail?.import;
  return detail && typeof detail === "object" ? (detail as ImportDetail) : undefined;
}

export function ImportReview({ history }: { history: AuditView[] }) {
  const { t, locale } = useI18n();
  const detail = importDetail(history);
  if (!detail) return null;
  const notes = Array.isArray(detail.notes) ? detail.notes : [];
  const where = { file: detail.file ?? "", line: detail.line ?? 0 };
  return (
    <section class={detail.restriction || notes.length ? "notice notice--warning" : "notice"} aria-labelledby="import-notes" data-import-notes={String(notes.length)}>
      <h2 id="import-notes">{t("importNotes:review.title")}</h2>
      {detail.restriction ? <p><strong>{t("importNotes:review.restricted", { value: detail.restriction })}</strong></p> : null}
      <p>{notes.length ? t("importNotes:review.intro", where) : t("importNotes:review.none", where)}</p>
      {notes.length ? <ul>{notes.map((note) => <li>{describeNote(note, t, locale)}</li>)}</ul> : null}
    </section>
  );
}

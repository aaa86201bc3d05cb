/**
 * A streamed export: a ReadableStream that reads one page of published memorials from D1 each
 * time the client is ready for more, so neither the file nor the result set is ever held whole.
 * With `since`, it reads the changes since then instead, oldest first, withdrawals included.
 */
import type { Database } from "../../platform/db/client";
import { changedPage, EXPORT_PAGE_SIZE, publishedPage, type ChangedEntry, type PublishedMemorial, type WithdrawnMemorial } from "./export.queries";

export interface ExportFormat {
  head?: string;
  /** One memorial; `index` counts from 0 across the whole export. */
  item(row: PublishedMemorial, index: number): string;
  /** A memorial withdrawn from public view (only in an export of changes, `since`). */
  withdrawn(entry: WithdrawnMemorial, index: number): string;
  tail?: string;
}

interface Page {
  entries: ChangedEntry[];
  done: boolean;
}

/** The pages of the whole archive (id order) or of the changes since a moment (change order). */
function pages(db: Database, pageSize: number, since: number | null): () => Promise<Page> {
  if (since === null) {
    let afterId = "";
    return async () => {
      const page = await publishedPage(db, afterId, pageSize);
      if (page.length > 0) afterId = page[page.length - 1]!.memorial.id;
      return { entries: page.map((row) => ({ kind: "published", row })), done: page.length < pageSize };
    };
  }
  let after: [number, string] | null = null;
  return async () => {
    const page = await changedPage(db, since, after, pageSize);
    after = page.last ?? after;
    return { entries: page.entries, done: page.read < pageSize };
  };
}

export function exportStream(db: Database, format: ExportFormat, pageSize = EXPORT_PAGE_SIZE, since: number | null = null): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const next = pages(db, pageSize, since);
  let index = 0;
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (format.head) controller.enqueue(encoder.encode(format.head));
      },
      async pull(controller) {
        if (done) return;
        const page = await next();
        if (page.entries.length > 0) {
          const text = page.entries.map((e) => (e.kind === "published" ? format.item(e.row, index++) : format.withdrawn(e.withdrawn, index++)));
          controller.enqueue(encoder.encode(text.join("")));
        }
        if (page.done) {
          done = true;
          if (format.tail) controller.enqueue(encoder.encode(format.tail));
          controller.close();
        }
      },
    },
    // Ask for the next page only when the previous one has been taken by the client.
    { highWaterMark: 1 },
  );
}

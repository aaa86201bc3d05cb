/**
 * A streamed export: a ReadableStream that reads one page of published memorials from D1 each
 * time the client is ready for more, so neither the file nor the result set is ever held whole.
 */
import type { Database } from "../db/client";
import { EXPORT_PAGE_SIZE, publishedPage, type PublishedMemorial } from "./export.queries";

export interface ExportFormat {
  head?: string;
  /** One memorial; `index` counts from 0 across the whole export. */
  item(row: PublishedMemorial, index: number): string;
  tail?: string;
}

export function exportStream(db: Database, format: ExportFormat, pageSize = EXPORT_PAGE_SIZE): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let afterId = "";
  let index = 0;
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (format.head) controller.enqueue(encoder.encode(format.head));
      },
      async pull(controller) {
        if (done) return;
        const page = await publishedPage(db, afterId, pageSize);
        if (page.length > 0) {
          controller.enqueue(encoder.encode(page.map((row) => format.item(row, index++)).join("")));
          afterId = page[page.length - 1]!.memorial.id;
        }
        if (page.length < pageSize) {
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

/**
 * RFC 4180 CSV reading that can stop and resume: `readCsvRecords` reads the complete records of
 * a piece of text and says how many characters they took, so a large file is read a chunk at a
 * time and a record cut by the chunk's end is read again with the next chunk. Separator: comma,
 * or semicolon/tab when the header uses it (spreadsheets in German locales write semicolons).
 */
export interface CsvChunk {
  records: string[][];
  /** Characters of the text that the returned records took (including their line breaks). */
  consumed: number;
  /** A quote that was opened and never closed, at the end of the input (`final`) only. */
  failure?: string;
}

export function detectSeparator(headerLine: string): string {
  const counts = [",", ";", "\t"].map((s) => [s, headerLine.split(s).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![1] > 0 ? counts[0]![0] : ",";
}

/**
 * @param final the text ends the file: a last record without a line break is complete.
 */
export function readCsvRecords(text: string, separator: string, final: boolean): CsvChunk {
  const records: string[][] = [];
  let consumed = 0;
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') (field += '"'), i++;
        else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (ch === separator) {
      record.push(field);
      field = "";
      fieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      fieldStart = true;
      consumed = i + 1;
    } else {
      field += ch;
      fieldStart = false;
    }
  }
  if (final) {
    if (quoted) return { records, consumed, failure: "a quoted field is never closed" };
    if (field !== "" || record.length) {
      record.push(field);
      records.push(record);
      consumed = text.length;
    }
  }
  return { records, consumed };
}

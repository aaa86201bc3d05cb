/**
 * GEDCOM lines into records, for 5.5.1 and 7 alike: `level [@xref@] TAG [value]`, CONC and CONT
 * joined into their parent's value, leading whitespace tolerated (some programs indent), "@@"
 * unescaped. A line that is not GEDCOM, or a level that jumps, is an error at that line; the
 * records before it are returned with it, so nothing read so far is lost.
 */
export interface GedcomNode {
  tag: string;
  xref?: string;
  value: string;
  line: number;
  children: GedcomNode[];
}

export interface ParseResult {
  records: GedcomNode[];
  failure?: { line: number; message: string };
}

// GEDCOM 5.5.1 cross-references may hold spaces ("@NoTe ref@"); GEDCOM 7's never do.
const LINE = /^\s*(\d{1,2})\s+(?:@([^@]+)@\s+)?([A-Za-z0-9_]+)(?:\s(.*))?$/;

export function parseRecords(text: string, firstLine: number): ParseResult {
  const records: GedcomNode[] = [];
  const stack: GedcomNode[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let lastRecordComplete = records.length;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = firstLine + i;
    if (raw.trim() === "") continue;
    const m = LINE.exec(raw.replace(/^\ufeff/, ""));
    const fail = (message: string): ParseResult => ({ records: records.slice(0, lastRecordComplete), failure: { line: lineNo, message } });
    if (!m) {
      // Between two records (a new one follows) the record before it is complete and kept.
      const next = lines.slice(i + 1).find((l) => l.trim() !== "");
      if (next === undefined || /^\s*0\s/.test(next)) lastRecordComplete = records.length;
      return fail(`line ${lineNo} is not a GEDCOM line: "${raw.slice(0, 60)}"`);
    }
    const level = Number(m[1]);
    const tag = m[3]!.toUpperCase();
    const value = (m[4] ?? "").replace(/^@@/, "@");
    if (tag === "CONC" || tag === "CONT") {
      const parent = stack[level - 1];
      if (!parent || level !== stack.length) return fail(`line ${lineNo}: ${tag} does not follow the line it continues`);
      parent.value += (tag === "CONT" ? "\n" : "") + value;
      continue;
    }
    if (level > stack.length) return fail(`line ${lineNo}: level ${level} follows level ${stack.length - 1}`);
    stack.length = level;
    const node: GedcomNode = { tag, value, line: lineNo, children: [], ...(m[2] ? { xref: m[2] } : {}) };
    if (level === 0) {
      lastRecordComplete = records.length;
      records.push(node);
    } else stack[level - 1]!.children.push(node);
    stack.push(node);
  }
  return { records };
}

/**
 * Where the last complete record of a chunk ends: just before the last line that starts a new
 * level-0 record. -1 when the chunk holds no record boundary. For UTF-16 the pattern is searched
 * in code units.
 */
export function lastRecordBoundary(bytes: Uint8Array, encoding: string): number {
  const wide = encoding.startsWith("UTF-16");
  const be = encoding === "UTF-16BE";
  const unit = wide ? 2 : 1;
  const at = (i: number) => (wide ? (be ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8)) : bytes[i]!);
  for (let i = bytes.length - 3 * unit; i >= unit; i -= unit) {
    if ((at(i - unit) === 0x0a || at(i - unit) === 0x0d) && at(i) === 0x30 && at(i + unit) === 0x20) return i;
  }
  return -1;
}

export const child = (node: GedcomNode, tag: string) => node.children.find((c) => c.tag === tag);
export const children = (node: GedcomNode, tag: string) => node.children.filter((c) => c.tag === tag);

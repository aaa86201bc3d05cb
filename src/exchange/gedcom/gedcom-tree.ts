/**
 * GEDCOM 7 structures built as a tree before they are written, so the export can read its own
 * output back (src/exchange/gedcom/gedcom-fidelity.ts) and add what a reader would not get from the
 * standard structures. Writing: `level [@XREF@] TAG [payload]`; a payload never holds a line
 * break (the rest continues in CONT lines) and a payload line starting with "@" is written "@@"
 * (GEDCOM 7 §1.3); pointers are written as they are.
 */
import type { GedcomNode } from "../../codecs/gedcom/parse";
import { wellFormed } from "../../domain/text-rules";

export interface Structure {
  tag: string;
  value?: string;
  xref?: string;
  /** The payload is a pointer (`@I1@`) and is not escaped. */
  pointer?: boolean;
  children: Structure[];
}

/** A structure; an undefined or empty payload makes none (`s("DATE", undefined)` is a bare DATE). */
export function s(tag: string, value?: string | null, children: Array<Structure | null | undefined | false> = []): Structure {
  return { tag, ...(value ? { value } : {}), children: children.filter((c): c is Structure => Boolean(c)) };
}

export function ptr(tag: string, xref: string, children: Array<Structure | null | undefined | false> = []): Structure {
  return { tag, value: `@${xref}@`, pointer: true, children: children.filter((c): c is Structure => Boolean(c)) };
}

export function record(tag: string, xref: string, children: Array<Structure | null | undefined | false> = [], value?: string): Structure {
  return { ...s(tag, value, children), xref };
}

function escape(line: string): string {
  // GEDCOM 7 bans control characters other than tab (C0, DEL, C1) and lone surrogates.
  const clean = wellFormed(line).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
  return clean.startsWith("@") ? `@${clean}` : clean;
}

function write(out: string[], level: number, node: Structure): void {
  const head = node.xref ? `${level} @${node.xref}@ ${node.tag}` : `${level} ${node.tag}`;
  if (node.pointer) out.push(`${head} ${node.value}`);
  else {
    const [first, ...rest] = (node.value ?? "").replace(/\r\n?/g, "\n").split("\n");
    out.push(first ? `${head} ${escape(first)}` : head);
    for (const line of rest) out.push(line ? `${level + 1} CONT ${escape(line)}` : `${level + 1} CONT`);
  }
  for (const child of node.children) write(out, level + 1, child);
}

/** The records as GEDCOM lines (LF), starting with a byte-order mark as GEDCOM 7 asks. */
export function serialize(records: Structure[]): string {
  const out: string[] = [];
  for (const r of records) write(out, 0, r);
  return `\ufeff${out.join("\n")}\n`;
}

/** A parsed node as a structure again (for tests and re-reading). */
export function fromNode(node: GedcomNode): Structure {
  return { tag: node.tag, ...(node.value ? { value: node.value } : {}), ...(node.xref ? { xref: node.xref } : {}), children: node.children.map(fromNode) };
}

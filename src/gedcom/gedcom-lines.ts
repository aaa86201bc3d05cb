/**
 * GEDCOM 7 lines: `level [@XREF@] TAG [payload]`. A payload never holds a line break (the rest
 * continues in CONT lines) and a payload starting with "@" is written "@@" (GEDCOM 7 §1.3).
 */
import { wellFormed } from "../lib/text-rules";

export class GedcomLines {
  private readonly lines: string[] = [];

  add(level: number, tag: string, payload?: string | null, xref?: string): this {
    const text = payload === undefined || payload === null ? "" : payload.replace(/\r\n?/g, "\n");
    const [first, ...rest] = text.split("\n");
    const head = xref ? `${level} @${xref}@ ${tag}` : `${level} ${tag}`;
    this.lines.push(first ? `${head} ${escape(first)}` : head);
    for (const line of rest) this.lines.push(line ? `${level + 1} CONT ${escape(line)}` : `${level + 1} CONT`);
    return this;
  }

  /** A pointer payload (`@I1@`), which must not be escaped. */
  pointer(level: number, tag: string, xref: string): this {
    this.lines.push(`${level} ${tag} @${xref}@`);
    return this;
  }

  toString(): string {
    return this.lines.join("\n") + "\n";
  }
}

function escape(payload: string): string {
  // GEDCOM 7 bans control characters other than tab (C0, DEL, C1) and lone surrogates.
  const clean = wellFormed(payload).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
  return clean.startsWith("@") ? `@${clean}` : clean;
}

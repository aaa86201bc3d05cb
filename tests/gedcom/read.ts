/** Reading our GEDCOM with an independent parser (read-gedcom) and walking its tree. */
import { parseDate, parseGedcom, type TreeNode } from "read-gedcom";

export function readGedcom(text: string) {
  return parseGedcom(new TextEncoder().encode(text).buffer as ArrayBuffer, { noIndex: true });
}

export type Node = TreeNode;

export const kids = (node: Node, tag: string) => node.children.filter((c) => c.tag === tag);
export const kid = (node: Node, tag: string) => kids(node, tag)[0];
export const records = (root: Node, tag: string) => root.children.filter((c) => c.tag === tag);

/** Every DATE value in the tree. */
export function allDates(node: Node): string[] {
  return node.children.flatMap((c) => [...(c.tag === "DATE" && c.value ? [c.value] : []), ...allDates(c)]);
}

const CALENDAR_ESCAPES: Record<string, string> = { GREGORIAN: "@#DGREGORIAN@", JULIAN: "@#DJULIAN@", HEBREW: "@#DHEBREW@", FRENCH_R: "@#DFRENCH R@" };

/** Whether read-gedcom, a 5.5.1 reader, parses every date: GEDCOM 7's calendars and BCE in its spelling. */
export function datesParse(node: Node): boolean {
  const as551 = (date: string) =>
    date.replace(/(^|\s)(GREGORIAN|JULIAN|HEBREW|FRENCH_R) /g, (_, space: string, cal: string) => `${space}${CALENDAR_ESCAPES[cal]} `).replace(/ BCE\b/g, " B.C.");
  return allDates(node).every((d) => parseDate(as551(d)) !== null);
}

/** Reading our GEDCOM with an independent parser (read-gedcom) and walking its tree. */
import { parseDate, parseGedcom, type TreeNode } from "read-gedcom";

export function readGedcom(text: string) {
  return parseGedcom(new TextEncoder().encode(text).buffer as ArrayBuffer, { noIndex: true });
}

export type Node = TreeNode;

export const kids = (node: Node, tag: string) => node.children.filter((c) => c.tag === tag);
export const kid = (node: Node, tag: string) => kids(node, tag)[0];
export const records = (root: Node, tag: string) => root.children.filter((c) => c.tag === tag);

/** Every DATE value in the tree (the 5.5.1 calendar escape for GEDCOM 7's JULIAN). */
export function allDates(node: Node): string[] {
  return node.children.flatMap((c) => [...(c.tag === "DATE" && c.value ? [c.value] : []), ...allDates(c)]);
}

export function datesParse(node: Node): boolean {
  return allDates(node).every((d) => parseDate(d.replace(/(^|\s)JULIAN /g, "$1@#DJULIAN@ ")) !== null);
}

/**
 * Families from the archive's pairwise relations: spouses share a FAM; children are grouped
 * under the set of their known parents; siblings without known parents share a FAM of their own.
 * Relations that are not kinship (cellmate, co-defendant, other) become ASSO links.
 */
import type { Relation } from "../../domain/person-document";

export interface FamilyEdge {
  from: string;
  to: string;
  type: Relation["type"];
}

export interface Family {
  partners: string[];
  children: string[];
}

export interface FamilyGraph {
  families: Family[];
  associations: FamilyEdge[];
}

/** `edges` are relations as stored: `to` is `from`'s spouse, parent, child, sibling… */
export function buildFamilies(edges: FamilyEdge[]): FamilyGraph {
  const couples = new Map<string, Family>();
  const parentsOf = new Map<string, Set<string>>();
  const siblingPairs: Array<[string, string]> = [];
  const associations: FamilyEdge[] = [];
  const seenAssociation = new Set<string>();
  const pairKey = (a: string, b: string) => [a, b].sort().join("|");
  const coupleOf = (partners: string[]) => {
    const key = partners.length === 2 ? pairKey(partners[0]!, partners[1]!) : `${partners[0]}|`;
    let family = couples.get(key);
    if (!family) couples.set(key, (family = { partners: [...partners].sort(), children: [] }));
    return family;
  };
  const addParent = (child: string, parent: string) => {
    if (!parentsOf.has(child)) parentsOf.set(child, new Set());
    parentsOf.get(child)!.add(parent);
  };
  for (const e of edges) {
    if (e.from === e.to) continue;
    if (e.type === "spouse") coupleOf([e.from, e.to]);
    else if (e.type === "parent") addParent(e.from, e.to);
    else if (e.type === "child") addParent(e.to, e.from);
    else if (e.type === "sibling") siblingPairs.push([e.from, e.to]);
    else {
      const key = `${pairKey(e.from, e.to)}|${e.type}`;
      if (!seenAssociation.has(key)) seenAssociation.add(key), associations.push(e);
    }
  }
  const childFamily = new Map<string, Family>();
  for (const [child, parents] of parentsOf) {
    const family = coupleOf([...parents].sort().slice(0, 2));
    if (!family.children.includes(child)) family.children.push(child);
    childFamily.set(child, family);
  }
  for (const group of siblingGroups(siblingPairs)) {
    const family = group.map((c) => childFamily.get(c)).find(Boolean) ?? { partners: [], children: [] };
    if (!family.partners.length && !family.children.length) couples.set(`siblings:${group.join("|")}`, family);
    for (const child of group) {
      if (childFamily.has(child)) continue;
      family.children.push(child);
      childFamily.set(child, family);
    }
  }
  return { families: [...couples.values()], associations };
}

function siblingGroups(pairs: Array<[string, string]>): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== undefined && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  }
  const groups = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const root = find(x);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(x);
  }
  return [...groups.values()].map((g) => g.sort());
}

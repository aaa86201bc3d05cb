/**
 * Who is credited for a memorial, and how (docs/decisions.md, "Credit"). A contributor is named
 * only if every revision of theirs that was published on this memorial asked for it ("show my
 * name"): one "no" is enough, so a later change of mind is honoured on every version, old ones
 * included. Everybody else is credited by their stated relationship: "a family member", "a
 * researcher", "a contributor". Authors are listed in the order they first contributed, never
 * the last corrector alone. Pure.
 */
import type { Relationship } from "../../platform/db/schema";
import type { VersionRow } from "./versions.queries";

export type CreditRole = "family" | "researcher" | "contributor";

/** How one version's contributor is credited: a name only when they chose to be named. */
export interface Credit {
  name: string | null;
  role: CreditRole;
}

export interface Authorship {
  /** Contributors who chose to be named, in the order of their first contribution. */
  named: string[];
  /** Whether anybody else contributed (then the citation adds "Zeugnis contributors"). */
  othersUnnamed: boolean;
}

type CreditInput = Pick<VersionRow, "contributorId" | "relationship" | "showName" | "contributorName">;

const ROLE: Record<Relationship, CreditRole> = {
  descendant: "family",
  relative: "family",
  researcher: "researcher",
  other: "contributor",
};

/** The contributors who may be named: all their published revisions here said so, and they have a name. */
export function namedContributors(versions: CreditInput[]): Map<string, string> {
  const named = new Map<string, string>();
  const refused = new Set<string>();
  for (const v of versions) {
    const name = v.contributorName?.trim();
    if (!v.showName || !name) refused.add(v.contributorId);
    else if (!named.has(v.contributorId)) named.set(v.contributorId, name);
  }
  for (const id of refused) named.delete(id);
  return named;
}

/** The credit of each version, in order. */
export function versionCredits(versions: CreditInput[]): Credit[] {
  const named = namedContributors(versions);
  return versions.map((v) => ({
    name: named.get(v.contributorId) ?? null,
    role: v.relationship ? ROLE[v.relationship] : "contributor",
  }));
}

/**
 * The authors of the text as it stood at version `upTo` (all versions when absent): the choice to
 * be named is read from every version, so a refusal given later also covers older versions.
 */
export function authorship(versions: CreditInput[], upTo = versions.length): Authorship {
  const named = namedContributors(versions);
  const authors: string[] = [];
  const seen = new Set<string>();
  let othersUnnamed = false;
  for (const v of versions.slice(0, upTo)) {
    if (seen.has(v.contributorId)) continue;
    seen.add(v.contributorId);
    const name = named.get(v.contributorId);
    if (name) authors.push(name);
    else othersUnnamed = true;
  }
  return { named: authors, othersUnnamed };
}

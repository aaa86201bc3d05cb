import { searchFold } from "../../domain/names/name-fold";

/**
 * The key a town's name is looked up by: folded as search folds names (Wien = wien, Łódź = lodz,
 * Workuta = workuta), with spaces made single. The base map's build (scripts/basemap.ts) drops a
 * town's other names that fold to a key it already has, so both sides must fold alike.
 * @example townKey(" Rostov  na Donu ") === "rostov na donu"
 */
export function townKey(name: string): string {
  return searchFold(name.normalize("NFC").trim()).replace(/\s+/g, " ");
}

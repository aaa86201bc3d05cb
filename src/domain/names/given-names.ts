/**
 * Given names that are one name for search: short forms, German, Yiddish, Polish and Russian
 * forms the sources use for the same person (Grete Buber-Neumann is Margarete, Sepp is Josef).
 * Small on purpose: only equivalences a historian would accept without a source, never mere
 * similar sounds (those are the phonetic tier's job). Matches through this table rank as their
 * own labelled tier, after transliterations and before "sounds like".
 */
import { searchFold } from "./name-fold";

const GROUPS: ReadonlyArray<readonly string[]> = [
  ["Margarete", "Margarethe", "Grete", "Gretel", "Greta", "Margarethe", "Margaret", "Margit", "Маргарита", "Маргарете"],
  ["Wilhelm", "Willy", "Willi", "Wim", "Вильгельм", "Вилли"],
  ["Johann", "Johannes", "Hans", "Hannes", "Jan", "Ivan", "Iwan", "Иван", "Иоганн", "Ганс"],
  ["Josef", "Joseph", "Sepp", "Seppl", "Józef", "Osip", "Iosif", "Иосиф", "Осип"],
  ["Jakob", "Jacob", "Jakub", "Yankel", "Jankel", "Yakov", "Jakow", "Jaakov", "Яков", "Янкель"],
  ["Elisabeth", "Elise", "Else", "Elsa", "Lisa", "Liese", "Lisbeth", "Betty", "Елизавета", "Эльза"],
  ["Katharina", "Katarina", "Käthe", "Kaethe", "Käte", "Kathi", "Katja", "Екатерина", "Катя"],
  ["Friedrich", "Fritz", "Fryderyk", "Фридрих", "Фриц"],
  ["Heinrich", "Heinz", "Henryk", "Heini", "Генрих", "Хайнрих", "Хайнц"],
  ["Alexander", "Alex", "Sascha", "Aleksander", "Aleksandr", "Александр", "Саша"],
  ["Michael", "Michail", "Mikhail", "Michał", "Михаил"],
  ["Nikolaus", "Klaus", "Niklas", "Nikolai", "Nikolay", "Mikołaj", "Николай"],
  ["Georg", "Jörg", "Jürgen", "Juri", "Yuri", "Jerzy", "Georgi", "Георгий", "Юрий"],
  ["Moses", "Moshe", "Mosche", "Moische", "Mojżesz", "Моисей"],
  ["Abraham", "Avram", "Abram", "Абрам", "Авраам"],
  ["Salomon", "Salomo", "Shlomo", "Schlomo", "Соломон"],
  ["Rebekka", "Rebecca", "Riwka", "Rivka", "Ревекка"],
  ["Anna", "Anni", "Anja", "Hanna", "Hannah", "Chana", "Анна", "Аня"],
  ["Maria", "Marie", "Mizzi", "Mitzi", "Mascha", "Marija", "Мария", "Маша"],
];

/** Folded name → the folded names of its group (itself excluded). */
const BY_NAME: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, Set<string>>();
  for (const group of GROUPS) {
    const folded = [...new Set(group.map(searchFold))];
    for (const name of folded) {
      const others = index.get(name) ?? new Set<string>();
      for (const other of folded) if (other !== name) others.add(other);
      index.set(name, others);
    }
  }
  return new Map([...index].map(([name, others]) => [name, [...others]]));
})();

/**
 * The other forms of a given name, folded for search; empty when the table does not know it.
 * @example givenNameVariants("Grete") // ["margarete", "margarethe", "gretel", "greta", …]
 */
export function givenNameVariants(word: string): readonly string[] {
  return BY_NAME.get(searchFold(word)) ?? [];
}

/**
 * The story the journeys tell: a granddaughter adds her grandfather Hermann Schuberth, who is
 * not the KPD politician Hermann Schubert already in the demo data — a namesake, which is
 * exactly when "Is this who you mean?" must appear. In NKVD files he was "Герман Карлович
 * Шуберт"; visitors later look for him under that name and under a spelling by ear.
 */
export const DESCENDANT = "descendant@zeugnis.test";
export const MODERATOR = "moderator@zeugnis.test";
export const MODERATOR_2 = "moderator2@zeugnis.test";

export const RELATIVE = {
  name: "Hermann Schuberth",
  given: "Hermann",
  family: "Schuberth",
  /** The demo memorial with a similar name. */
  namesake: "Hermann Schubert",
  alias: "Герман Карлович Шуберт",
  /** How someone who only heard the name might write it ("Sounds like", not a transliteration). */
  heardAs: "Hermann Schupert",
  events: [
    { type: "birth", date: "about 1890", edtf: "1890~", place: "Hamburg", modern: "" },
    { type: "arrest", date: "March 1938", edtf: "1938-03", place: "Moscow", modern: "" },
    { type: "handover", date: "between 1939 and 1940", edtf: "[1939..1940]", place: "Brest-Litovsk", modern: "Brest, Belarus" },
  ],
  biography:
    "Hermann Schuberth, a **printer** from Hamburg, went to Moscow in 1933 with his wife Anna.\n\nHis letters to her are kept by the family.",
  familySource: "Letters of Hermann Schuberth to his wife Anna, 1934–1938 (family papers, Hamburg)",
  archiveSource: {
    citation: "NKVD investigation file of Hermann Schuberth",
    archive: "GARF",
    fond: "10035",
    opis: "1",
    delo: "P-12345",
  },
  spouse: "Anna Schuberth",
  stolperstein: "Grindelallee 10, Hamburg",
  photoCaption: "Hermann Schuberth in Hamburg, about 1930",
  photoCredit: "Family of Hermann Schuberth",
  note: "The letters can be scanned on request.",
  changeRequest: "Please add the archive reference of the NKVD file, if the family has it.",
} as const;

/**
 * What an import stores of a GEDCOM file: each person as compact JSON on its row, families,
 * sources, repositories and notes as records, and the archive's extension tags.
 */

/** The archive's GEDCOM 7 extension tags (declared in HEAD.SCHMA of its exports). */
export const EXTENSION_TAG = "_ZEUGNIS";
export const VERSION_TAG = "_ZEUGNIS_VERSION";
/** On a short record of a relative: a link to a memorial (or a name), not a person to send. */
export const RELATIVE_TAG = "_ZEUGNIS_RELATIVE";

export type Extension = Record<string, unknown>;

export interface Citation {
  xref?: string;
  text?: string;
  page?: string;
  /** What the citation itself says (its notes, text, event, quality), kept in the source's note. */
  extra?: string[];
  line: number;
}

/** A NOTE or SNOTE: its text (or the shared note it points to), its language and translations. */
export interface ImportedNote {
  text?: string;
  xref?: string;
  lang?: string;
  trans: Array<{ text: string; lang?: string }>;
}

export interface LeftOut {
  tag: string;
  line: number;
  value?: string;
}

export interface ImportedPlace {
  name: string;
  lat?: string;
  lon?: string;
  exids: Array<{ value: string; type?: string }>;
  notes: string[];
}

export interface ImportedEvent {
  tag: string;
  line: number;
  type?: string;
  value?: string;
  date?: string;
  /** GEDCOM 7 DATE.PHRASE: the date in the source's own words. */
  datePhrase?: string;
  place?: ImportedPlace;
  address?: string;
  notes: ImportedNote[];
  agency?: string;
  cause?: string;
  age?: string;
  religion?: string;
  restriction?: string;
  sources: Citation[];
  /** Written by this archive: another version of the event before it (a disputed fact). */
  version?: boolean;
  ext?: Extension;
}

export interface ImportedTran {
  value: string;
  lang?: string;
  given?: string;
  surname?: string;
  ext?: Extension;
}

export interface ImportedName {
  value: string;
  line: number;
  given?: string;
  surname?: string;
  type?: string;
  phrase?: string;
  /** NICK: a name of its own (an alias). */
  nickname?: string;
  notes: ImportedNote[];
  sources: Citation[];
  trans: ImportedTran[];
  ext?: Extension;
}

export interface ImportedAssociation {
  xref?: string;
  line: number;
  role?: string;
  phrase?: string;
  notes: ImportedNote[];
  sources: Citation[];
  ext?: Extension;
}

export interface ImportedIdentifier {
  tag: "EXID" | "REFN" | "UID";
  value: string;
  type?: string;
  ext?: Extension;
}

export interface ImportedPerson {
  line: number;
  names: ImportedName[];
  sex?: string;
  events: ImportedEvent[];
  famc: string[];
  /** FAMC.PEDI by family: how the person is the child of that family (BIRTH, ADOPTED …). */
  pedigree?: Record<string, string>;
  fams: string[];
  notes: ImportedNote[];
  sources: Citation[];
  ids: ImportedIdentifier[];
  associations: ImportedAssociation[];
  /** ALIA: a pointer to a record that may be the same person, or (5.5.1 habit) a name. */
  aliases: Array<{ xref?: string; name?: string; line: number }>;
  restriction?: string;
  /** The archive's export names this relative only as a link (RELATIVE_TAG). */
  relative?: boolean;
  ext?: Extension;
  leftOut: LeftOut[];
}

export interface ImportedFamily {
  partners: string[];
  children: string[];
  /** MARR, DIV and the other events of a couple. */
  events: ImportedEvent[];
  leftOut?: LeftOut[];
}

export interface ImportedSource {
  title?: string;
  author?: string;
  publication?: string;
  text?: string;
  textLang?: string;
  note?: string;
  repository?: boolean;
  /** The REPO record it points to, and the call number there (CALN). */
  repositoryXref?: string;
  callNumber?: string;
  /** The key a memorial cites the source by (REFN of the archive's own export). */
  key?: string;
  ext?: Extension;
  /** What the source record holds that the archive does not read. */
  leftOut?: LeftOut[];
}

/** The parts of seed-persons.json (shared/data/README.md) that the converter reads. */

export interface SeedFile {
  meta: { seed_files: Record<string, string> };
  persons: SeedPerson[];
  contradictions: SeedContradiction[];
}

export interface SeedPerson {
  id: string;
  names: {
    primary: string;
    given: string | null;
    family: string | null;
    variants: SeedNameVariant[];
  };
  victim_status: "explicit" | "implied" | "threatened" | "group_uncertain";
  persecuted_by: string[];
  birth: SeedLifeFact | null;
  death: (SeedLifeFact & { manner: string | null }) | null;
  nationality_origin: SeedValue[];
  affiliations: SeedValue[];
  events: SeedEvent[];
  relations: SeedRelation[];
  memorials: SeedMemorial[];
  sources: { files: string[]; citations: SeedCitation[] };
  contradictions: SeedContradiction[];
  notes: string[];
}

export interface SeedNameVariant {
  name: string;
  kind: string;
  sources: string[];
  note?: string;
}

export interface SeedLifeFact {
  date: string | null;
  place: string | null;
  sources: string[];
  date_text?: string;
  note?: string;
}

export interface SeedValue {
  value: string;
  sources: string[];
}

export interface SeedEvent {
  type: string;
  date: string | null;
  place: string | null;
  description: string;
  sources: string[];
  date_text?: string;
  date_note?: string;
  note?: string;
}

export interface SeedRelation {
  type: string;
  person_id: string | null;
  name: string;
  sources: string[];
  note?: string;
}

export interface SeedMemorial {
  description: string;
  place: string;
  sources: string[];
}

export interface SeedCitation {
  citation: string;
  kind: string;
  cited_in: string;
}

export interface SeedContradiction {
  topic: string;
  claims: { claim: string; source: string }[];
  note?: string;
  person_id?: string;
}

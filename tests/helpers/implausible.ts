import type { PersonDocumentInput } from "../../src/domain/person-document";
import { zuckerDocument } from "./documents";

/**
 * Max Zucker as the issue found him published: born about 1895, died 1890 — so his arrest (1937)
 * and handover (1939) come after his death too. Three plausibility warnings, no validation error.
 */
export function implausibleDocument(): PersonDocumentInput {
  const doc = zuckerDocument();
  const [arrest, handover, death] = doc.events!;
  doc.events = [
    { type: "birth", date: { edtf: "1895~" }, place: { name: "Berlin" }, sources: ["s1"] },
    arrest!,
    handover!,
    { ...death!, date: { edtf: "1890" } },
  ];
  return doc;
}

/** The warnings `implausibleDocument()` gives, as path and code. */
export const IMPLAUSIBLE_WARNINGS = [
  { path: "events.1.date", code: "after_death" },
  { path: "events.2.date", code: "after_death" },
  { path: "events.3.date", code: "death_before_birth" },
];

/**
 * The demo converter (scripts/demo-data/) and what it wrote: the rules that keep the historian's
 * corrections (../shared/data/demo-corrections.md) from coming back when the data is rebuilt.
 */
import { describe, expect, it } from "vitest";
import { findConverterNotes } from "../../scripts/demo-data/converter-notes";
import { checkHandover, checkSeason, deathType } from "../../scripts/demo-data/events";
import { persecutors } from "../../scripts/demo-data/persecutors";
import { allPlaces, toPlace } from "../../scripts/demo-data/places";
import { unnamedRelative, UNKNOWN_NAME } from "../../scripts/demo-data/relations";
import { biographyCitation, buildSource } from "../../scripts/demo-data/sources";
import demo from "../../src/operations/demo/demo-persons.json";
import type { DemoPerson } from "../../src/operations/demo/demo-loader";
import type { LifeEvent, PersonDocument } from "../../src/domain/person-document";

const persons = (demo as { persons: DemoPerson[] }).persons;
const doc = (key: string) => persons.find((p) => p.key === key)!.document as PersonDocument;
const en = (event: LifeEvent | undefined) => event?.description?.en ?? "";
const everyText = (d: PersonDocument) => JSON.stringify(d);

const F1 = "001_d450419428de0a45.txt";
const fold = (name: string) => name.toLowerCase().replace(/[^\p{L}]/gu, "");

describe("the converter's places", () => {
  it("gives no place where the text names none", () => {
    expect(toPlace("border")).toBeUndefined();
    expect(toPlace("on a train")).toBeUndefined();
    expect(toPlace("Gulag")).toBeUndefined();
  });

  it("gives one place one name, however the seed spells it", () => {
    const brest = ["Brest Litovsk", "Brest Litovsk (bridge across the Bug River)", "Brest-Litovsk (bridge across the Bug River)"].map(toPlace);
    expect(new Set(brest.map((p) => JSON.stringify(p)))).toEqual(new Set([JSON.stringify(brest[0])]));
    expect(brest[0]?.name).toBe("Brest-Litovsk");
    expect(toPlace("Ravensbrück")).toEqual(toPlace("Ravensbrück concentration camp"));
    expect(toPlace("USSR")).toEqual(toPlace("Soviet Union"));
    expect(toPlace("Lublin Prison")).toEqual(toPlace("Lublin prison"));
  });

  it("has no two places whose names differ only in spacing, hyphens or case, and no converter note in any", () => {
    const names = allPlaces().map((p) => p.name);
    expect(new Set(names.map(fold)).size).toBe(names.length);
    expect(findConverterNotes(allPlaces().map((place) => ({ place })))).toEqual([]);
  });
});

describe("the converter's rules for events", () => {
  it("types a death as an execution only where the words say so", () => {
    expect(deathType("Killed by the NKVD together with another Bund leader.", "killed by the NKVD")).toBe("death");
    expect(deathType("Killed by the secret police.", "killed by the (Soviet) secret police")).toBe("death");
    expect(deathType("Killed by the NKVD.", "killed/executed by the NKVD")).toBe("execution");
    expect(deathType("Shot, aged 70.", null)).toBe("execution");
  });

  it("refuses a handover that is not to the Gestapo, or is only a decision", () => {
    expect(() => checkHandover("fritz-baltes#7", "Brought to Brest Litovsk and handed across the border to German border guards.")).toThrow(/does not name the Gestapo/);
    expect(() => checkHandover("franz-koritschoner#10", "Soviet authorities decided to hand him over to the Gestapo.")).toThrow(/decision/);
    expect(() => checkHandover("max-zucker#3", "Turned over to the Gestapo at the border.")).not.toThrow();
  });

  it("refuses a season in the words with a date that is not a season", () => {
    expect(() => checkSeason("p-miletic#1", { edtf: "1939-09/1939-11", text: "In the fall of 1939" })).toThrow(/season/);
    expect(() => checkSeason("p-miletic#1", { edtf: "1939-23", text: "In the fall of 1939" })).not.toThrow();
  });

  it("reads the Leipzig trial as Nazi persecution and refuses a persecutor it was not told about", () => {
    expect(persecutors({ id: "popov", persecuted_by: ["Soviet", "unspecified (Leipzig frame-up trial)"] })).toEqual(["soviet", "nazi"]);
    expect(() => persecutors({ id: "x", persecuted_by: ["unspecified (somebody)"] })).toThrow(/unknown persecutor/);
  });
});

describe("the converter's sources and relations", () => {
  it("cites “Gestapo and NKVD” without notes about the seed, and credits a story to whom the text credits it", () => {
    const credit = [{ citation: "Quoted via Dmitry Volcek, editor-in-chief (outlet name missing in the text)", kind: "attribution", cited_in: F1 }];
    const source = buildSource(F1, credit);
    expect(findConverterNotes(source)).toEqual([]);
    expect(source.note).toContain("Dmitry Volcek, editor-in-chief");
    expect(biographyCitation(F1, credit, "en")).toBe("“Gestapo and NKVD”, as told there by Dmitry Volcek");
    expect(biographyCitation(F1, [], "en")).toBe("“Gestapo and NKVD”");
    expect(() => buildSource(F1, [{ citation: "Told by someone", kind: "attribution", cited_in: F1 }])).toThrow(/attribution/);
  });

  it("names a relative the texts do not name N. N., and says so in the note", () => {
    expect(UNKNOWN_NAME).toBe("N. N.");
    expect(unnamedRelative("(unnamed son)")).toEqual(["The texts do not give his name.", "Die Texte nennen seinen Namen nicht."]);
    expect(unnamedRelative("Heinz Neumann")).toBeUndefined();
    expect(() => unnamedRelative("(unnamed cousin)")).toThrow(/unnamed relative/);
  });

  it("finds converter notes wherever they hide", () => {
    expect(findConverterNotes({ sources: [{ citation: "author not given in the seed data" }] })).toHaveLength(1);
    expect(findConverterNotes({ relations: [{ name: "his son (not named in the sources)" }] })).toHaveLength(1);
    expect(findConverterNotes({ events: [{ place: { name: "on a train" } }] })).toEqual(['events.0.place.name: "on a train" is no place']);
    expect(findConverterNotes({ events: [{ place: { name: "Moscow" }, description: { en: "Arrested on a train." } }] })).toEqual([]);
  });
});

describe("the demo data the converter wrote", () => {
  it("holds no converter note and no place that is none", () => {
    expect(persons.flatMap((p) => findConverterNotes(p.document).map((n) => `${p.key}: ${n}`))).toEqual([]);
  });

  it("dates Buber-Neumann's handover as the texts do, cites only the text that places it, and says nothing of walking", () => {
    const bn = doc("margarete-buber-neumann");
    const handover = bn.events.find((e) => e.type === "handover")!;
    expect(handover.date).toEqual({ edtf: "1940", text: "in 1940" });
    expect(handover.sources).toEqual(["f0"]);
    expect(handover.alternatives?.[0]).toMatchObject({ place: { name: "Lublin" }, sources: ["f1"] });
    expect(bn.sources.find((s) => s.id === "f2")?.note).toContain("extradited from a labor camp in Kazakhstan to Germany");
    expect(bn.events.find((e) => e.type === "deportation")?.date?.text).toBe("during the night of December 31, 1939, to January 1, 1940");
    expect(everyText(bn)).not.toMatch(/first days of 1940|ersten Tagen des Jahres 1940|walked|zu Fuß|150 km/);
    expect(everyText(bn)).toContain("made her way 150 kilometres to the west");
  });

  it("dates Heinz Neumann's verdict from the texts that hold it, in their words", () => {
    const sentence = doc("heinz-neumann").events.find((e) => e.type === "sentence")!;
    expect(sentence.date).toEqual({ edtf: "1937-11-26", text: "He was convicted and shot the same day." });
    expect(sentence.sources).toEqual(["f0", "f1"]);
  });

  it("leaves Arnold Klein's identity with the Hungarian Bloch open and his inferred facts out of the facets", () => {
    const klein = doc("arnold-klein");
    expect(klein.nationalities).toBeUndefined();
    expect(klein.organisations).toBeUndefined();
    const hansBloch = klein.names.find((n) => n.display === "Hans Bloch")!;
    expect(hansBloch.note).not.toMatch(/not the Hungarian/);
    expect(hansBloch.note).toContain("leaves open whether they were the same person");
    expect(klein.sources[0]?.note).toContain("that he was German or a member of the KPD, it does not say");
    expect(everyText(doc("bloch-hungarian-deportee"))).not.toContain("Not to be confused");
  });

  it("attributes Wehner's denunciation of Eberlein to Rippert, and Peluso's torture to his own complaint", () => {
    const eberlein = doc("hugo-eberlein");
    expect(en(eberlein.events.find((e) => /Wehner/.test(en(e))))).toMatch(/^Rippert writes that/);
    expect(eberlein.biography?.en).toContain("According to Rippert, Herbert Wehner");
    expect(en(doc("edmondo-peluso").events[0])).toContain("In a complaint to the prosecutor he wrote");
  });

  it("records Koritschoner's April 1941 as a decision, and Baltes and Winter as handed to border guards, not to the Gestapo", () => {
    const koritschoner = doc("franz-koritschoner");
    expect(koritschoner.events.filter((e) => e.type === "handover")).toEqual([]);
    expect(koritschoner.events.find((e) => e.date?.edtf === "1941-04")).toMatchObject({ type: "other", date: { text: "in April 1941" } });
    for (const key of ["fritz-baltes", "franz-winter"]) {
      const d = doc(key);
      expect(d.events.filter((e) => e.type === "handover"), key).toEqual([]);
      expect(en(d.events.find((e) => e.date?.edtf === "1940-05-02")), key).toContain("German border guards");
    }
    expect(everyText(doc("fritz-baltes"))).not.toMatch(/miner from the Ruhr|aus dem Ruhrgebiet|spy ring|Spionagegruppe/);
    expect(doc("fritz-baltes").biography?.en).toMatch(/^Fritz Baltes, a miner, /);
  });

  it("types deaths whose manner the texts do not state as deaths, and the Leipzig trial as Nazi persecution", () => {
    for (const key of ["henryk-erlich", "vojislav-vujovic"]) {
      const d = doc(key);
      expect(d.events.some((e) => e.type === "execution"), key).toBe(false);
      expect(d.events.some((e) => e.type === "death"), key).toBe(true);
    }
    for (const key of ["popov", "tanev"]) {
      expect(doc(key).persecuted_by, key).toEqual(["soviet", "nazi"]);
      expect(en(doc(key).events[0]), key).toContain("Leipzig frame-up trial, staged in Nazi Germany");
    }
  });

  it("dates P. Miletić's arrival and arrest as a season, in the text's words", () => {
    const [, arrival, arrest] = doc("p-miletic").events;
    expect(arrival?.date).toEqual({ edtf: "1939-23", text: "In the fall of 1939" });
    expect(arrest?.date?.edtf).toBe("1939-23");
  });

  it("places Max Zucker's plaque in West Berlin in the text's words, with no point on a map, and credits his story to Volcek", () => {
    const zucker = doc("max-zucker");
    expect(zucker.markers[0]).toMatchObject({ kind: "plaque", address: "Heinrich Dernburg Street", place: { name: "West Berlin" } });
    expect(zucker.markers[0]?.place?.lat).toBeUndefined();
    expect(zucker.events.find((e) => e.type === "handover")?.place).toBeUndefined();
    expect(zucker.biography?.en).toMatch(/\(Source: “Gestapo and NKVD”, as told there by Dmitry Volcek\.\)$/);
    expect(zucker.relations[0]).toMatchObject({ name: "N. N.", type: "child" });
  });

  it("gives everyone not shown dead or born long ago the evidence that they were adults before 1941", () => {
    for (const person of persons) {
      const d = person.document as PersonDocument;
      const died = d.events.some((e) => e.type === "death" || e.type === "execution");
      const born = d.events.some((e) => e.type === "birth" && Number(e.date?.edtf.slice(0, 4)) <= 1914);
      if (died || born) expect(person.living, person.key).toBeUndefined();
      else expect(person.living?.evidence, person.key).toBeTruthy();
    }
    expect(persons.some((p) => p.key === "agnessa-daughter-of-bela-kun")).toBe(false);
  });
});

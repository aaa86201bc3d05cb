/**
 * Per-person facets: sex (only for grammar, set where the texts make it plain through pronouns,
 * kinship words or unambiguous given names), and short nationality and organisation values
 * condensed from the seed's `nationality_origin` and `affiliations`. Left empty where the
 * texts disagree (Klinger) or say nothing.
 */
import type { PersonDocument } from "../../src/domain/person-document";

interface Tags {
  sex?: PersonDocument["sex"];
  nationalities?: string[];
  organisations?: string[];
}

const TROTSKYIST = "Trotskyist movement";

export const TAGS: Record<string, Tags> = {
  "margarete-buber-neumann": {
    sex: "female",
    nationalities: ["German"],
    organisations: ["Communist youth movement (Germany)", "KPD", "Comintern (Inprekorr)"],
  },
  "heinz-neumann": { sex: "male", nationalities: ["German"], organisations: ["KPD"] },
  "franz-koritschoner": {
    sex: "male",
    nationalities: ["Austrian", "Jewish"],
    organisations: ["KPÖ", "Profintern", "CPSU"],
  },
  "hans-landauer": { sex: "male", organisations: ["International Brigades"] },
  "georg-bogner": { sex: "male", nationalities: ["Austrian"], organisations: ["Schutzbund"] },
  "ernst-fabisch": {
    sex: "male",
    nationalities: ["German", "Jewish"],
    organisations: ["KPO", "Communist youth organisation (Germany)"],
  },
  "hugo-eberlein": { sex: "male", nationalities: ["German"], organisations: ["KPD"] },
  "max-zucker": { sex: "male", nationalities: ["Jewish"] },
  "fritz-baltes": { sex: "male", nationalities: ["German"] },
  "franz-winter": { sex: "male", nationalities: ["German"] },
  "willy-harzheim": {
    sex: "male",
    nationalities: ["German"],
    organisations: ["KPD", "Union of Proletarian Writers"],
  },
  // "worked on publications, published by the German Communist Party": that he was German or a
  // KPD member is inferred, so it is no facet (the source's note says what the text says).
  "arnold-klein": { sex: "male" },
  "bloch-hungarian-deportee": { nationalities: ["Hungarian", "Jewish"] },
  "gustav-klinger": { sex: "male" },
  "fritz-platten": { sex: "male", organisations: ["Communist party in Switzerland"] },
  "grigory-zinoviev": { sex: "male", organisations: ["Comintern"] },
  "hermann-remmele": { sex: "male", nationalities: ["German"], organisations: ["KPD"] },
  "leo-flieg": { sex: "male", nationalities: ["German"], organisations: ["KPD", "Comintern"] },
  "fritz-schulte": { sex: "male", organisations: ["KPD"] },
  "hermann-schubert": { sex: "male", organisations: ["KPD"] },
  "heinrich-suesskind": { sex: "male", nationalities: ["Austrian", "Jewish"], organisations: ["KPD"] },
  "ernst-thaelmann": { sex: "male", nationalities: ["German"], organisations: ["KPD"] },
  hirsch: { nationalities: ["German"] },
  kupferstein: { nationalities: ["German"], organisations: ["Red Front"] },
  otwald: { nationalities: ["German"] },
  guenther: { nationalities: ["German"] },
  "bela-kun": { sex: "male", nationalities: ["Hungarian"], organisations: ["Comintern"] },
  "irina-wife-of-bela-kun": { sex: "female" },
  "antal-gidazs": { sex: "male", nationalities: ["Hungarian"] },
  "agnessa-daughter-of-bela-kun": { sex: "female" },
  "michalis-bezentakos": {
    sex: "male",
    nationalities: ["Greek"],
    organisations: ["Trotskyist organisation (Piraeus)"],
  },
  "ma-yuansheng": { sex: "male", nationalities: ["Chinese"], organisations: ["International Lenin School"] },
  "ante-ciliga": {
    sex: "male",
    nationalities: ["Yugoslav"],
    organisations: ["Communist Party of Yugoslavia", "Left Opposition"],
  },
  "vojislav-vujovic": {
    sex: "male",
    nationalities: ["Yugoslav"],
    organisations: ["Communist Youth International", "United Opposition"],
  },
  "fritz-noether": { sex: "male", nationalities: ["German", "Jewish"] },
  "nathan-steinberger": { sex: "male", nationalities: ["German", "Jewish"], organisations: ["Comintern"] },
  "edith-steinberger": { sex: "female", nationalities: ["German"] },
  "carola-neher": { sex: "female", nationalities: ["German"] },
  "anatol-becker": { sex: "male", nationalities: ["Bessarabian"] },
  "walter-held": { sex: "male", nationalities: ["German"], organisations: [TROTSKYIST] },
  "henryk-erlich": { sex: "male", nationalities: ["Polish"], organisations: ["Bund"] },
  "karl-fischer": { sex: "male", nationalities: ["Austrian"], organisations: [TROTSKYIST] },
  "oskar-hippe": { sex: "male", nationalities: ["German"], organisations: [TROTSKYIST] },
  "wolfgang-salus": { sex: "male", nationalities: ["German-Czech"], organisations: [TROTSKYIST] },
  "edmondo-peluso": { sex: "male" },
  "jan-anvelt": { sex: "male", organisations: ["Comintern"] },
  melnikov: { sex: "male", organisations: ["Comintern"] },
  "d-gachev": { sex: "male", organisations: ["Bulgarian Communist Party", "VKP(b)"] },
  "milan-gorkic": { sex: "male", nationalities: ["Yugoslav"], organisations: ["Communist Party of Yugoslavia"] },
  "l-bauer": { sex: "female", nationalities: ["German"] },
  "p-miletic": { sex: "male", nationalities: ["Yugoslav"], organisations: ["Communist Party of Yugoslavia"] },
  lenski: { sex: "male", nationalities: ["Polish"], organisations: ["Communist Party of Poland"] },
  warski: { sex: "male", nationalities: ["Polish"], organisations: ["Communist Party of Poland"] },
  wandurski: { sex: "male", nationalities: ["Polish"] },
  popov: { sex: "male", nationalities: ["Bulgarian"] },
  tanev: { sex: "male", nationalities: ["Bulgarian"] },
  "paolo-robotti": { sex: "male" },
  "sultan-zade": { organisations: ["Communist Party of Iran"] },
  gomez: { organisations: ["Communist Party of Mexico"] },
  mukardji: { nationalities: ["Indian"], organisations: ["Indian Revolutionary Party"] },
  chattopadiaia: { nationalities: ["Indian"] },
};

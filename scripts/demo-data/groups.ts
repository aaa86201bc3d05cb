/**
 * What the converter adds to the seed's `groups_and_documents`: a name for each record, its kind
 * in the archive's vocabulary, the member roles and route places the descriptions state, and
 * words for each figure. Everything here restates the seed description of the same record; it
 * adds no fact.
 */
import type { GroupKind, MemberRole } from "../../src/domain/group-document";

export interface GroupExtra {
  name: string;
  kind: GroupKind;
  /** The role of every named person, unless `roles` says otherwise. */
  role: MemberRole;
  roles?: Record<string, MemberRole>;
  dateText?: string;
}

const g = (name: string, kind: GroupKind, role: MemberRole = "mentioned", more: Partial<GroupExtra> = {}): GroupExtra => ({ name, kind, role, ...more });

export const GROUP_EXTRAS: Record<string, GroupExtra> = {
  "protocol-1938-01-05-yezhov-vishinsky": g("Yezhov–Vyshinsky protocol of 5 January 1938 (45 foreigners to be expelled)", "list", "named_in_list"),
  "transfer-1939-12-25-deportees": g("Transfer of 25 deportees, December 1939", "transport", "on_transport"),
  "transport-1939-12-31-brest-litovsk": g("New Year 1939/40 train to Brest-Litovsk", "transport", "on_transport", {
    roles: { "margarete-buber-neumann": "handed_over", "bloch-hungarian-deportee": "refused_to_cross" },
    dateText: "during the night of December 31, 1939, to January 1, 1940",
  }),
  "transfer-1940-05-02-brest-litovsk": g("Handover of 2 May 1940 at Brest-Litovsk", "handover", "handed_over"),
  "mensing-list-325": g("Wilhelm Mensing's list of people handed over, 1939–41", "list", "named_in_list"),
  "handover-at-least-350": g("At least 350 handed to the Gestapo during the pact", "statistic"),
  "over-600-deported-or-expelled": g("More than 600 deported or expelled to Nazi Germany", "statistic"),
  "sixty-exiles-1937-1938": g("About sixty exiles deported to Germany, 1937–38", "statistic", "handed_over"),
  "deportations-until-may-1941": g("Deportations until May 1941", "operation"),
  "passes-and-embassy-files": g("Deportees' passes and the German embassy files", "document"),
  "gestapo-nkvd-conferences": g("Gestapo–NKVD conferences on occupied Polish territory", "operation"),
  "kizel-show-trial-resolution-1938-01-07": g("Politburo resolution on the Kizel show trial, 7 January 1938", "document", "defendant"),
  "ruhr-recruitment-soyuzugol": g("Recruitment of Ruhr miners for Soyuzugol", "circle", "member"),
  "gdr-rehabilitation-1960s": g("Rehabilitation of returnees in the GDR", "operation"),
  "german-political-emigrants-4600": g("German political emigrants in the USSR", "statistic"),
  "dietrich-memorandum-1938-04-28": g("Dietrich memorandum of 28 April 1938", "document"),
  "weber-43-top-leaders": g("43 top KPD leaders (Hermann Weber)", "statistic"),
  "weber-256-vs-208": g("Leading German communists: victims of Hitler and of Stalin (Hermann Weber)", "statistic"),
  "kpd-politburo-seven-killed": g("Seven KPD Politburo members killed in the terror", "circle", "member"),
  "sed-1989-242-kpd": g("242 KPD members who died in the Soviet Union (SED, 1989)", "statistic"),
  "german-arrests-great-purge-list": g("German emigrants arrested in the Great Purge", "list", "arrested"),
  "hotel-lux-arrests": g("Arrests in the Hotel Lux", "operation", "arrested"),
  "yezhov-edict-1937-02": g("Yezhov's edict on German Trotskyists, February 1937", "document"),
  "volga-german-trotskyist-organization-1937-01": g("Alleged Trotskyist organisation in the Volga German republic", "operation", "arrested"),
  "hitler-youth-conspiracy": g("The fictitious “Hitler Youth conspiracy”", "operation"),
  "schutzbund-exiles": g("Schutzbund exiles in the USSR", "statistic", "member"),
  "austrians-600": g("Austrian victims of Stalin", "statistic"),
  "polish-party": g("Leaders of the Polish Communist Party", "statistic", "member"),
  "yugoslav-800": g("Yugoslav communists in the USSR", "statistic", "member"),
  "hungarian-emigrants": g("Hungarian political emigrants", "statistic", "member"),
  "bulgarian-emigrants": g("Bulgarian communist emigrants", "statistic", "member"),
  "baltic-parties": g("Leaders of the Latvian and Estonian parties", "statistic", "member"),
  "greek-refugees-and-greek-operation": g("Greek political refugees and the “Greek Operation”", "operation", "arrested"),
  "greek-prison-photo": g("Photograph of five workers in a Greek prison", "document"),
  "italian-100": g("Italian communists arrested in the USSR", "statistic", "arrested"),
  "comintern-cadres-375": g("Leading Comintern cadres in the USSR", "statistic"),
  "trepper-80-percent": g("Foreign communists in the USSR (Leopold Trepper)", "statistic"),
  "national-operations": g("The NKVD's national operations", "operation"),
  "anti-comintern-bloc-1937": g("The planned trial of an “Anti-Comintern bloc”", "trial", "defendant"),
  "nkvd-memorandum-pow-1937": g("NKVD memorandum on former prisoners of war, 1937", "document"),
  "varga-letter-1938-03-28": g("Eugen Varga's letter to Stalin, 28 March 1938", "document"),
  "belevsky-letter-1937-08-31": g("Belevsky's letter to Moskvin, 31 August 1937", "document"),
  "mongolia-purge": g("The purge in Mongolia", "statistic"),
  "asian-communists": g("Chinese, Korean and Japanese communists", "statistic", "member"),
  "leipzig-trial": g("The Leipzig Reichstag fire trial", "trial", "defendant"),
  "first-moscow-trial-1936": g("The first Moscow show trial, 1936", "trial", "defendant", { roles: { "heinz-neumann": "mentioned" } }),
  "kpd-mass-arrests-1933": g("Nazi mass arrests of KPD members, 1933", "operation", "arrested"),
  "winogradow-meeting-1933-02-22": g("The secret Winogradow meeting, 22 February 1933", "document"),
  "soviet-politburo-silence-1932-1934": g("Soviet Politburo protocols, 1932–34", "document"),
  "manuilski-report-1933-02-28": g("Manuilski's report to the Comintern Presidium, 28 February 1933", "document"),
  "constitution-1936-asylum": g("The right of asylum in the 1936 Soviet constitution", "document"),
  "nazi-soviet-pact-and-treaty-1939": g("The Hitler–Stalin Pact and the Border and Friendship Treaty, 1939", "document"),
  "literature-schafranek-mensing": g("Core literature on the handovers", "literature"),
  "eastern-european-comparison": g("Eastern European communists killed in the USSR", "statistic"),
};

/** Named people of the seed who have no demo memorial, as the texts name them. */
export const NAMES_WITHOUT_MEMORIAL: Record<string, string> = {
  "a-dervisoglou": "A. Dervisoglou",
  "agnessa-daughter-of-bela-kun": "Agnessa, daughter of Béla Kun",
  "aleksa-agnaretis": "Aleksa Agnaretis",
  "georgi-dimitrov": "Georgi Dimitrov",
  "i-kalogeridis": "I. Kalogeridis",
  iskrov: "Iskrov",
  "k-sarikas": "K. Sarikas",
  kamenev: "Kamenev",
  kostrzewa: "Kostrzewa",
  "m-doulgeris": "M. Doulgeris",
  "w-leow-hofmann": "W. Leow-Hofmann",
};

/** People a description names who are in no list of the seed (the New Year train). */
export const UNLISTED_MEMBERS: Record<string, Array<{ name: string; role: MemberRole; file: string }>> = {
  "transport-1939-12-31-brest-litovsk": [
    { name: "a communist worker convicted by the Nazis", role: "refused_to_cross", file: "001" },
    { name: "a German teacher", role: "refused_to_cross", file: "001" },
  ],
};

export type Qualifier = "exact" | "about" | "at_least" | "at_most" | "more_than";

export interface FigureWords {
  what: string;
  qualifier?: Qualifier;
  words?: string;
  /** The seed file that gives the figure, where the record cites several. */
  file?: string;
}

/**
 * Words for the seed's figure keys. A key missing here stops the converter, so no figure is
 * shown under a code name.
 */
export const FIGURES: Record<string, FigureWords> = {
  names_listed: { what: "foreigners listed for expulsion" },
  deportees: { what: "deportees" },
  schutzbuendler: { what: "Schutzbund members among them" },
  on_train: { what: "prisoners on the train", qualifier: "about", words: "about seventy prisoners", file: "001" },
  handed_over_with_buber_neumann: { what: "handed over together with Margarete Buber-Neumann", words: "with 29 others", file: "000" },
  listed: { what: "people on Mensing's list of those sent to Germany" },
  upper_estimate: { what: "people sent to Germany, by Mensing's estimate", qualifier: "at_most" },
  allowed_to_leave: { what: "German and Austrian citizens allowed to leave without deportation", qualifier: "about" },
  minimum: { what: "people (lower bound)", qualifier: "at_least" },
  approx: { what: "people", qualifier: "about" },
  conferences: { what: "conferences (Robert Conquest)" },
  killed: { what: "killed" },
  german_political_emigrants: { what: "German political emigrants", qualifier: "about" },
  disappeared: { what: "disappeared in the terror", qualifier: "about" },
  percent_imprisoned_by_1938_04: { what: "per cent of German communists in the USSR imprisoned by April 1938" },
  registered_arrested_germans: { what: "arrested Germans registered by 28 April 1938" },
  leningrad_group_1937: { what: "members of the Leningrad group, start of 1937" },
  leningrad_group_1938_02: { what: "members of the Leningrad group, February 1938" },
  percent_arrested: { what: "per cent arrested", qualifier: "more_than" },
  top_leaders: { what: "top KPD leaders" },
  victims_of_hitler: { what: "leading German communist cadres who were victims of Hitler" },
  victims_of_stalin: { what: "leading German communist cadres who were victims of Stalin" },
  killed_feb_1934: { what: "Schutzbund members who died in the February 1934 fighting or were executed", qualifier: "about", file: "000" },
  exiles_in_ussr: { what: "Schutzbund members in exile in the USSR", qualifier: "about", file: "000" },
  leading_cadres: { what: "leading cadres", file: "002" },
  died: { what: "of them died in the USSR", file: "002" },
  yugoslavs: { what: "Yugoslav communists murdered or arrested" },
  leading_cadres_all_killed: { what: "leading Comintern cadres, all killed", file: "002" },
  first_cc_killed: { what: "members of the first Hungarian Central Committee killed" },
  first_cc_total: { what: "members of the first Hungarian Central Committee" },
  commissars_killed: { what: "people's commissars of the 1919 Soviet Republic killed", file: "003" },
  commissars_total: { what: "people's commissars of the 1919 Soviet Republic", file: "003" },
  perished: { what: "Bulgarian communists who died", qualifier: "about" },
  emigrants: { what: "Bulgarian emigrants", qualifier: "more_than", file: "003" },
  dimitrov_list_1941_02: { what: "arrested Bulgarian emigrants on Dimitrov's list of February 1941", file: "003" },
  postwar_release_request: { what: "Bulgarian communists whose release Dimitrov asked for after the war", file: "003" },
  refugees_arrested: { what: "Greek political refugees arrested" },
  sentenced_to_death: { what: "of them sentenced to death" },
  operation_arrested: { what: "arrested in the Greek Operation (official report)", qualifier: "more_than" },
  operation_shot: { what: "shot in the Greek Operation (official report)" },
  pictured: { what: "workers in the photograph" },
  perished_in_ussr: { what: "of them executed in the USSR" },
  staff_reduction_percent: { what: "per cent by which Comintern staff was cut", qualifier: "about" },
  percent_repressed: { what: "per cent of foreign communists repressed, by Trepper's belief" },
  convicted_max: { what: "people convicted in the national operations", qualifier: "at_most" },
  percent_death_sentences: { what: "per cent sentenced to death", qualifier: "about" },
  politburo_killed: { what: "Politburo members killed" },
  politburo_total: { what: "Politburo members" },
  // Per record, where the same seed key means something else.
  "handover-at-least-350:minimum": { what: "German and Austrian emigrants handed to the Gestapo during the pact", qualifier: "at_least" },
  "over-600-deported-or-expelled:minimum": { what: "German and Austrian exiles deported or expelled to Nazi Germany (a conservative estimate)", qualifier: "more_than" },
  "sed-1989-242-kpd:minimum": { what: "prominent KPD members who died in the Soviet Union", qualifier: "at_least" },
  "italian-100:minimum": { what: "Italian communists arrested", qualifier: "more_than" },
  "sixty-exiles-1937-1938:approx": { what: "exiles deported to Germany before the pact", qualifier: "about" },
  "austrians-600:approx": { what: "Austrians who fell victim to Stalin", qualifier: "about" },
  chinese_students_trotskyist_group: { what: "Chinese students in a Trotskyist group", qualifier: "about", file: "002" },
};

/**
 * Figures other records give for the same thing: shown on Mensing's list as a disagreement,
 * each with its own source, never averaged.
 */
export const DISAGREEING: Record<string, string[]> = {
  "mensing-list-325": ["handover-at-least-350", "over-600-deported-or-expelled"],
};

/** The one text that names a member, where the record cites several. */
export const MEMBER_FILES: Record<string, Record<string, string>> = {
  "transport-1939-12-31-brest-litovsk": { "bloch-hungarian-deportee": "001" },
};

/** Of a record's own figures, those the other records' figures disagree with. */
export const DISPUTED_FIGURES: Record<string, string[]> = {
  "mensing-list-325": ["listed", "upper_estimate"],
};

/** Route places the descriptions name, with rounded coordinates (a town, not a spot). */
export const ROUTES: Record<string, Array<{ role: "from" | "via" | "handed_over_at" | "to" | "where"; name: string; lat?: number; lon?: number; country?: string }>> = {
  "transport-1939-12-31-brest-litovsk": [
    { role: "via", name: "Poland" },
    { role: "handed_over_at", name: "Brest-Litovsk, the bridge over the Bug", lat: 52.1, lon: 23.7 },
    { role: "to", name: "Lublin", lat: 51.25, lon: 22.57, country: "PL" },
  ],
  "transfer-1940-05-02-brest-litovsk": [
    { role: "from", name: "Kotlas camp" },
    { role: "handed_over_at", name: "Brest-Litovsk", lat: 52.1, lon: 23.7 },
    { role: "to", name: "Lublin prison", lat: 51.25, lon: 22.57, country: "PL" },
  ],
  "transfer-1939-12-25-deportees": [{ role: "to", name: "Warsaw", lat: 52.23, lon: 21.01, country: "PL" }],
};

/** Comintern functionaries and foreign communists named by Rogovin and Rippert, and their families. */
import type { PersonTexts } from "./types";

const arrested = ["Arrested.", "Verhaftet."] as const;
const shot = ["Shot.", "Erschossen."] as const;
const leipzig = [
  "One of Georgi Dimitrov's co-defendants in the Leipzig frame-up trial, staged in Nazi Germany.",
  "Einer der Mitangeklagten Georgi Dimitrows im konstruierten Leipziger Prozess in NS-Deutschland.",
] as const;

export const COMINTERN: Record<string, PersonTexts> = {
  "bela-kun": {
    bio: {
      en:
        "Béla Kun, the former chairman of the Council of People's Commissars in Hungary and a veteran functionary of the Comintern, lived under the threat of arrest from the beginning of 1937. " +
        "In June 1937 Stalin telephoned him to ask him to deny foreign press reports of his arrest; a few days later he was arrested. " +
        "He was accused of belonging to a fictitious “right-wing Trotskyist” conspiracy, the so-called Anti-Comintern bloc, and according to Rippert he was executed in the following years. " +
        "His wife Irina and his brother-in-law, the writer Antal Gidazs, were arrested in 1938, and his daughter Agnessa in 1941.",
      de:
        "Béla Kun, ehemals Vorsitzender des Rates der Volkskommissare in Ungarn und langjähriger Funktionär der Komintern, lebte seit Anfang 1937 unter der Drohung der Verhaftung. " +
        "Im Juni 1937 rief ihn Stalin an und bat ihn, Berichte der ausländischen Presse über seine Verhaftung zu dementieren; wenige Tage später wurde er verhaftet. " +
        "Man beschuldigte ihn der Beteiligung an einer erfundenen „rechtstrotzkistischen“ Verschwörung, dem sogenannten Antikomintern-Block, und nach Rippert wurde er in den folgenden Jahren hingerichtet. " +
        "Seine Frau Irina und sein Schwager, der Schriftsteller Antal Gidazs, wurden 1938 verhaftet, seine Tochter Agnessa 1941.",
    },
    events: [
      [
        "Lived under the threat of arrest from the beginning of 1937.",
        "Lebte seit Anfang 1937 unter der Drohung der Verhaftung.",
      ],
      [
        "Stalin telephoned him to ask him to deny reports in the foreign press that he had been arrested.",
        "Stalin rief ihn an und bat ihn, Berichte der ausländischen Presse über seine Verhaftung zu dementieren.",
      ],
      ["Arrested a few days after the telephone call.", "Wenige Tage nach dem Anruf verhaftet."],
      [
        "Accused of taking part in a fictitious “right-wing Trotskyist” conspiracy, the “Anti-Comintern bloc”.",
        "Der Beteiligung an einer erfundenen „rechtstrotzkistischen“ Verschwörung, dem „Antikomintern-Block“, beschuldigt.",
      ],
      [
        "Executed in the following years; Rippert says this of all the accused and gives no date.",
        "In den folgenden Jahren hingerichtet; Rippert sagt dies von allen Beschuldigten und nennt kein Datum.",
      ],
    ],
  },

  "irina-wife-of-bela-kun": {
    bio: {
      en:
        "Irina, the wife of Béla Kun, whose family name the text does not give, was arrested in 1938. " +
        "Rogovin quotes her later recollections of the state Kun was in before his arrest.",
      de:
        "Irina, die Frau Béla Kuns, deren Familienname im Text nicht genannt wird, wurde 1938 verhaftet. " +
        "Rogovin zitiert ihre späteren Erinnerungen an Kuns Zustand vor seiner Verhaftung.",
    },
    events: [arrested],
  },

  "antal-gidazs": {
    bio: {
      en:
        "Antal Gidazs, a well-known Hungarian writer and the brother-in-law of Béla Kun, was arrested in 1938. " +
        "The text says nothing about his later fate.",
      de:
        "Antal Gidazs, ein bekannter ungarischer Schriftsteller und Schwager Béla Kuns, wurde 1938 verhaftet. " +
        "Über sein weiteres Schicksal sagt der Text nichts.",
    },
    events: [arrested],
  },

  "agnessa-daughter-of-bela-kun": {
    bio: {
      en:
        "Agnessa, the daughter of Béla Kun, was arrested in 1941, years after her father. " +
        "The text gives neither her family name nor her later fate.",
      de:
        "Agnessa, die Tochter Béla Kuns, wurde 1941 verhaftet, Jahre nach ihrem Vater. " +
        "Weder ihren Familiennamen noch ihr weiteres Schicksal nennt der Text.",
    },
    events: [["Arrested (“they took his daughter, Agnessa”).", "Verhaftet."]],
  },

  "edmondo-peluso": {
    bio: {
      en:
        "Edmondo Peluso, a revolutionary internationalist, had belonged at various times to the social-democratic and communist parties of France, Spain, Portugal, Austria, Switzerland, Bavaria and Italy. " +
        "Accused of ties with Zinoviev, Bukharin, Radek and others, he wrote in a complaint to the prosecutor that under interrogation he had been hung upside down and beaten for forty minutes. " +
        "In 1940 a Special Board sentenced him to five years of exile; in 1942 he was shot on a charge of belonging to a “counter-revolutionary insurgent organisation”.",
      de:
        "Edmondo Peluso, ein revolutionärer Internationalist, gehörte zu verschiedenen Zeiten den sozialdemokratischen und kommunistischen Parteien Frankreichs, Spaniens, Portugals, Österreichs, der Schweiz, Bayerns und Italiens an. " +
        "Der Verbindung zu Sinowjew, Bucharin, Radek und anderen beschuldigt, schrieb er in einer Beschwerde an den Staatsanwalt, man habe ihn im Verhör kopfüber aufgehängt und vierzig Minuten lang geschlagen. " +
        "1940 verurteilte ihn eine Sonderberatung zu fünf Jahren Verbannung; 1942 wurde er wegen angeblicher Zugehörigkeit zu einer „konterrevolutionären Aufständischenorganisation“ erschossen.",
    },
    events: [
      [
        "Accused of ties with Zinoviev, Bukharin, Radek and others. In a complaint to the prosecutor he wrote that he had been hung upside down and beaten for forty minutes.",
        "Der Verbindung zu Sinowjew, Bucharin, Radek und anderen beschuldigt. In einer Beschwerde an den Staatsanwalt schrieb er, man habe ihn kopfüber aufgehängt und vierzig Minuten lang geschlagen.",
      ],
      [
        "Sentenced by a Special Board to five years of exile.",
        "Von einer Sonderberatung zu fünf Jahren Verbannung verurteilt.",
      ],
      [
        "Shot on a charge of belonging to a “counter-revolutionary insurgent organisation”.",
        "Wegen angeblicher Zugehörigkeit zu einer „konterrevolutionären Aufständischenorganisation“ erschossen.",
      ],
    ],
  },

  "jan-anvelt": {
    bio: {
      en:
        "Jan Anvelt, chairman of the Estonian Workers' Commune in 1918–1919, was executive secretary of the International Control Commission of the Comintern. " +
        "Rogovin mentions his arrest in connection with the trial of the Comintern that was being prepared in 1937–1938. " +
        "He died under interrogation on the sixth day after his arrest.",
      de:
        "Jan Anvelt, 1918–1919 Vorsitzender der Estländischen Arbeiterkommune, war geschäftsführender Sekretär der Internationalen Kontrollkommission der Komintern. " +
        "Rogovin erwähnt seine Verhaftung im Zusammenhang mit dem 1937–1938 vorbereiteten Komintern-Prozess. " +
        "Er starb am sechsten Tag nach seiner Verhaftung im Verhör.",
    },
    events: [
      [
        "Arrested; Rogovin mentions this in connection with the Comintern trial prepared in 1937–1938.",
        "Verhaftet; Rogovin erwähnt dies im Zusammenhang mit dem 1937–1938 vorbereiteten Komintern-Prozess.",
      ],
      [
        "Died under interrogation on the sixth day after his arrest.",
        "Starb am sechsten Tag nach der Verhaftung im Verhör.",
      ],
    ],
  },

  melnikov: {
    bio: {
      en:
        "Melnikov directed communications between the Comintern and its centres abroad. " +
        "Sentenced to death, he was kept in the internal prison of the NKVD for eight more months, still running the Comintern's foreign network from his cell, before he was shot.",
      de:
        "Melnikov leitete die Verbindungen zwischen der Komintern und ihren Zentren im Ausland. " +
        "Zum Tode verurteilt, wurde er noch acht Monate im inneren Gefängnis des NKWD festgehalten und steuerte aus seiner Zelle weiter das Auslandsnetz der Komintern, bevor er erschossen wurde.",
    },
    events: [
      ["Sentenced to death.", "Zum Tode verurteilt."],
      [
        "Kept running the Comintern's network abroad from his cell for eight more months.",
        "Steuerte noch acht Monate lang aus seiner Zelle das Auslandsnetz der Komintern.",
      ],
      shot,
    ],
  },

  "d-gachev": {
    bio: {
      en:
        "D. Gachev was a member of the Bulgarian Communist Party from 1921 to 1926 and of the Soviet party, the VKP(b), from 1926 to 1938. " +
        "In 1934 he read an article by Trotsky in a French newspaper that had been used as wrapping paper. " +
        "He was sentenced to eight years in the camps for “counter-revolutionary Trotskyist activity”.",
      de:
        "D. Gachev war von 1921 bis 1926 Mitglied der Bulgarischen Kommunistischen Partei und von 1926 bis 1938 der sowjetischen Partei, der WKP(B). " +
        "1934 las er einen Artikel Trotzkis in einer französischen Zeitung, die als Einwickelpapier gedient hatte. " +
        "Er wurde wegen „konterrevolutionärer trotzkistischer Tätigkeit“ zu acht Jahren Lager verurteilt.",
    },
    events: [
      [
        "Read an article by Trotsky in a French newspaper that had been used as wrapping paper.",
        "Las einen Artikel Trotzkis in einer französischen Zeitung, die als Einwickelpapier gedient hatte.",
      ],
      [
        "Sentenced to eight years in the camps for “counter-revolutionary Trotskyist activity”.",
        "Wegen „konterrevolutionärer trotzkistischer Tätigkeit“ zu acht Jahren Lager verurteilt.",
      ],
    ],
  },

  "milan-gorkic": {
    bio: {
      en:
        "Milan Gorkic, general secretary of the Central Committee of the Communist Party of Yugoslavia, was summoned to Moscow in July 1937. " +
        "A few months later he was arrested there as “an English spy”, and the party's leadership was disbanded. " +
        "The text does not say what happened to him after his arrest.",
      de:
        "Milan Gorkic, Generalsekretär des Zentralkomitees der Kommunistischen Partei Jugoslawiens, wurde im Juli 1937 nach Moskau bestellt. " +
        "Einige Monate später wurde er dort als „englischer Spion“ verhaftet, und die Parteiführung wurde aufgelöst. " +
        "Was nach der Verhaftung mit ihm geschah, sagt der Text nicht.",
    },
    events: [
      ["Summoned to Moscow.", "Nach Moskau bestellt."],
      [
        "Arrested as “an English spy” a few months later (after July 1937 and before March 1938); the leadership of the Yugoslav party was disbanded.",
        "Einige Monate später (nach Juli 1937 und vor März 1938) als „englischer Spion“ verhaftet; die Führung der jugoslawischen Partei wurde aufgelöst.",
      ],
    ],
  },

  "l-bauer": {
    bio: {
      en:
        "L. Bauer, a German communist and the wife of Tito, was arrested in Moscow. " +
        "When Tito arrived in Moscow in August 1938 he had to account for her arrest, and he called his ties with her “a great stain”. " +
        "The text gives only the initial of her given name and does not say what became of her.",
      de:
        "L. Bauer, eine deutsche Kommunistin und Ehefrau Titos, wurde in Moskau verhaftet. " +
        "Als Tito im August 1938 nach Moskau kam, musste er sich für ihre Verhaftung rechtfertigen und nannte seine Verbindung mit ihr einen „großen Makel“. " +
        "Der Text nennt nur die Initiale ihres Vornamens und sagt nicht, was aus ihr wurde.",
    },
    events: [
      [
        "Arrested in Moscow by August 1938, when Tito, newly arrived there, had to explain his wife's arrest.",
        "Bis August 1938 in Moskau verhaftet; Tito musste nach seiner Ankunft dort die Verhaftung seiner Frau erklären.",
      ],
    ],
  },

  "p-miletic": {
    bio: {
      en:
        "P. Miletić, a former secretary of the Serbian territorial committee of the Communist Party of Yugoslavia, served many years of a prison sentence in Yugoslavia. " +
        "He arrived in Moscow in the autumn of 1939 and was arrested on arrival. " +
        "Tito wrote a fifty-page memorandum calling him “an inveterate factionalist”.",
      de:
        "P. Miletić, ehemals Sekretär des serbischen Gebietskomitees der Kommunistischen Partei Jugoslawiens, verbüßte viele Jahre einer Haftstrafe in Jugoslawien. " +
        "Im Herbst 1939 kam er nach Moskau und wurde gleich bei der Ankunft verhaftet. " +
        "Tito verfasste ein fünfzigseitiges Memorandum, in dem er ihn einen „unverbesserlichen Fraktionsmacher“ nannte.",
    },
    events: [
      [
        "Served many years of a prison sentence in Yugoslavia.",
        "Verbüßte viele Jahre einer Haftstrafe in Jugoslawien.",
      ],
      ["Arrived in Moscow.", "Kam in Moskau an."],
      ["Arrested on arrival.", "Bei der Ankunft verhaftet."],
    ],
  },

  lenski: {
    bio: {
      en:
        "Lenski was general secretary of the Communist Party of Poland and headed its “left” group. " +
        "In 1937, when in Rogovin's words it became “this group's turn”, almost all Polish communists in the USSR were arrested; Lenski was shot. " +
        "The text gives neither a given name nor a date of death.",
      de:
        "Lenski war Generalsekretär der Kommunistischen Partei Polens und führte deren „linke“ Gruppe. " +
        "1937, als nach Rogovins Worten „diese Gruppe an der Reihe“ war, wurden fast alle polnischen Kommunisten in der UdSSR verhaftet; Lenski wurde erschossen. " +
        "Weder Vornamen noch Todesdatum nennt der Text.",
    },
    events: [
      [
        "Almost all Polish communists in the USSR were arrested in 1937, when it became “this group's turn”.",
        "1937 wurden fast alle polnischen Kommunisten in der UdSSR verhaftet, als „diese Gruppe an der Reihe“ war.",
      ],
      shot,
    ],
  },

  warski: {
    bio: {
      en:
        "Warski was one of the founders of the social-democratic and the communist parties of Poland and belonged to the “right” group in the Central Committee of the Polish party. " +
        "Caught up in the arrests of Polish communists in the USSR in 1937, Warski was shot at the age of seventy; the text gives no date.",
      de:
        "Warski gehörte zu den Gründern der sozialdemokratischen und der kommunistischen Partei Polens und zur „rechten“ Gruppe im Zentralkomitee der polnischen Partei. " +
        "Von den Verhaftungen polnischer Kommunisten in der UdSSR 1937 erfasst, wurde Warski im Alter von siebzig Jahren erschossen; ein Datum nennt der Text nicht.",
    },
    events: [
      [
        "Caught up in the 1937 arrests of Polish communists in the USSR.",
        "Von den Verhaftungen polnischer Kommunisten in der UdSSR 1937 erfasst.",
      ],
      [
        "Shot at the age of seventy; the text gives no date.",
        "Im Alter von siebzig Jahren erschossen; ein Datum nennt der Text nicht.",
      ],
    ],
  },

  wandurski: {
    bio: {
      en: "Wandurski, a Polish poet, headed the Polish theatre in Kiev. He was shot in 1933–1934.",
      de: "Wandurski, ein polnischer Dichter, leitete das polnische Theater in Kiew. Er wurde 1933/34 erschossen.",
    },
    events: [shot],
  },

  popov: {
    bio: {
      en:
        "Popov, named in Rogovin's section on the Bulgarian communists, was one of Georgi Dimitrov's co-defendants in the Nazis' Leipzig frame-up trial. " +
        "According to a memorandum by Dimitrov that Rogovin cites, Popov had expressed solidarity with the Trotskyist Iskrov in 1927. " +
        "Popov was arrested in 1937 and sent to a prison camp, then into exile after the war, and was released in 1953.",
      de:
        "Popov, den Rogovin im Abschnitt über die bulgarischen Kommunisten nennt, war im konstruierten Leipziger Prozess der Nationalsozialisten einer der Mitangeklagten Georgi Dimitrows. " +
        "Nach einem von Rogovin angeführten Memorandum Dimitrows hatte sich Popov 1927 mit dem Trotzkisten Iskrov solidarisch erklärt. " +
        "1937 wurde Popov verhaftet und in ein Gefangenenlager gebracht, nach dem Krieg verbannt und 1953 freigelassen.",
    },
    events: [
      leipzig,
      [
        "Expressed solidarity with the Trotskyist Iskrov, according to a memorandum by Dimitrov.",
        "Erklärte sich laut einem Memorandum Dimitrows mit dem Trotzkisten Iskrov solidarisch.",
      ],
      arrested,
      ["Sent to a prison camp.", "In ein Gefangenenlager gebracht."],
      ["Sent into exile after the war.", "Nach dem Krieg in die Verbannung geschickt."],
      ["Released.", "Freigelassen."],
    ],
  },

  tanev: {
    bio: {
      en:
        "Tanev, like Popov a co-defendant of Georgi Dimitrov in the Nazis' Leipzig frame-up trial, was arrested in 1937. " +
        "He was later released at Dimitrov's request.",
      de:
        "Tanev war wie Popov im konstruierten Leipziger Prozess der Nationalsozialisten Mitangeklagter Georgi Dimitrows und wurde 1937 verhaftet. " +
        "Später kam er auf Dimitrows Bitte frei.",
    },
    events: [
      leipzig,
      arrested,
      ["Released at Dimitrov's request.", "Auf Dimitrows Bitte freigelassen."],
    ],
  },

  "paolo-robotti": {
    bio: {
      en:
        "Paolo Robotti, the son-in-law of Palmiro Togliatti, was arrested in 1938. " +
        "He was tortured in prison; the text does not record his later fate.",
      de:
        "Paolo Robotti, der Schwiegersohn Palmiro Togliattis, wurde 1938 verhaftet. " +
        "Im Gefängnis wurde er gefoltert; sein weiteres Schicksal nennt der Text nicht.",
    },
    events: [arrested, ["Tortured in prison.", "Im Gefängnis gefoltert."]],
  },

  "sultan-zade": {
    bio: {
      en: "Sultan-Zade, a leader of the Communist Party of Iran, was shot. Rogovin gives no date and no further details.",
      de: "Sultan-Zade, einer der Führer der Kommunistischen Partei Irans, wurde erschossen. Rogovin nennt weder Datum noch weitere Einzelheiten.",
    },
    events: [shot],
  },

  gomez: {
    bio: {
      en: "Gomez, a leader of the Communist Party of Mexico, was shot. Rogovin gives no date and no further details.",
      de: "Gomez, einer der Führer der Kommunistischen Partei Mexikos, wurde erschossen. Rogovin nennt weder Datum noch weitere Einzelheiten.",
    },
    events: [shot],
  },

  mukardji: {
    bio: {
      en:
        "Professor Mukardji, an Indian communist and a historian with a European education who wrote many books, had belonged to the Indian Revolutionary Party since 1905. " +
        "Rogovin names Mukardji, without further details, among the Indian communists who fell victim to the Great Purge.",
      de:
        "Professor Mukardji, ein indischer Kommunist und europäisch gebildeter Historiker, Verfasser vieler Bücher, gehörte seit 1905 der Indischen Revolutionären Partei an. " +
        "Rogovin nennt Mukardji ohne weitere Einzelheiten unter den indischen Kommunisten, die Opfer der Großen Säuberung wurden.",
    },
    events: [
      [
        "Among the Indian communists who fell victim to the Great Purge; the text gives no details.",
        "Unter den indischen Kommunisten, die Opfer der Großen Säuberung wurden; Einzelheiten nennt der Text nicht.",
      ],
    ],
  },

  chattopadiaia: {
    bio: {
      en:
        "Chattopadiaia, an Indian communist, appears as “Chatto” in a 1920 British intelligence report, quoted by Rogovin, which said that Chatto hoped to make all Indians Bolsheviks. " +
        "Rogovin names Chattopadiaia, without further details, among the Indian communists who fell victim to the purges.",
      de:
        "Chattopadiaia, ein indischer Kommunist, erscheint als „Chatto“ in einem von Rogovin zitierten britischen Geheimdienstbericht von 1920, nach dem Chatto alle Inder zu Bolschewiki machen wollte. " +
        "Rogovin nennt Chattopadiaia ohne weitere Einzelheiten unter den indischen Kommunisten, die Opfer der Säuberungen wurden.",
    },
    events: [
      [
        "A British intelligence agent reported that “Chatto” hoped to make all Indians Bolsheviks.",
        "Ein britischer Geheimdienstagent berichtete, „Chatto“ wolle alle Inder zu Bolschewiki machen.",
      ],
      [
        "Among the Indian communists who fell victim to the purges; the text gives no details.",
        "Unter den indischen Kommunisten, die Opfer der Säuberungen wurden; Einzelheiten nennt der Text nicht.",
      ],
    ],
  },
};

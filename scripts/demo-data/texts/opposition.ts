/** Comintern founders, oppositionists and Trotskyists persecuted by Stalin's police. */
import type { PersonTexts } from "./types";

const born = ["Born.", "Geboren."] as const;
const died = ["Died.", "Gestorben."] as const;
const arrested = ["Arrested.", "Verhaftet."] as const;

export const OPPOSITION: Record<string, PersonTexts> = {
  "grigory-zinoviev": {
    bio: {
      en:
        "Grigory Zinoviev led the Communist International before Georgi Dimitrov took it over. " +
        "In 1936 he was the chief target of the first Moscow show trial; Rogovin quotes Vaillant-Couturier as saying he heard Zinoviev and Kamenev confess. " +
        "He was arrested and murdered by the NKVD.",
      de:
        "Grigori Sinowjew (Grigory Zinoviev) stand an der Spitze der Kommunistischen Internationale, bevor Georgi Dimitrow sie übernahm. " +
        "1936 war er das Hauptziel des ersten Moskauer Schauprozesses; Rogovin zitiert Vaillant-Couturier mit der Aussage, er habe Sinowjew und Kamenew gestehen hören. " +
        "Er wurde vom NKWD verhaftet und ermordet.",
    },
    events: [
      [
        "Chief target of the first Moscow show trial. Rogovin quotes Vaillant-Couturier as saying he heard Zinoviev and Kamenev confess.",
        "Hauptziel des ersten Moskauer Schauprozesses. Rogovin zitiert Vaillant-Couturier, er habe Sinowjew und Kamenew gestehen hören.",
      ],
      ["Arrested by the NKVD.", "Vom NKWD verhaftet."],
      ["Murdered by the NKVD.", "Vom NKWD ermordet."],
    ],
  },

  "gustav-klinger": {
    bio: {
      en:
        "Gustav Klinger led the Autonomous Socialist Soviet Republic of the Volga Germans in 1918, and in 1919 he sat beside Lenin in the presidium of the first congress of the Communist International, as a photograph shows. " +
        "The texts disagree about his origin: Rippert calls him a Russian Bolshevik, while Rogovin counts him among the “foreign delegates”. " +
        "He was persecuted in the Great Terror and, in Rogovin's words, perished in Stalin's prisons and camps.",
      de:
        "Gustav Klinger leitete 1918 die Autonome Sozialistische Sowjetrepublik der Wolgadeutschen und saß 1919, wie ein Foto zeigt, im Präsidium des ersten Kongresses der Kommunistischen Internationale neben Lenin. " +
        "Über seine Herkunft sind sich die Texte uneinig: Rippert nennt ihn einen russischen Bolschewik, Rogovin zählt ihn zu den „ausländischen Delegierten“. " +
        "Er wurde im Großen Terror verfolgt und kam nach Rogovin in Stalins Gefängnissen und Lagern um.",
    },
    events: [
      [
        "Led the Autonomous Socialist Soviet Republic of the Volga Germans.",
        "Leitete die Autonome Sozialistische Sowjetrepublik der Wolgadeutschen.",
      ],
      [
        "Sat beside Lenin in the presidium of the first congress of the Communist International, as a photograph shows. Rippert calls him a Russian Bolshevik.",
        "Saß, wie ein Foto zeigt, im Präsidium des ersten Kongresses der Kommunistischen Internationale neben Lenin. Rippert nennt ihn einen russischen Bolschewik.",
      ],
      ["Persecuted in the Stalinist Great Terror.", "Im stalinistischen Großen Terror verfolgt."],
      ["Perished in Stalin's prisons and camps.", "Kam in Stalins Gefängnissen und Lagern um."],
    ],
  },

  "fritz-platten": {
    bio: {
      en:
        "Fritz Platten, a long-time communist and a founding member of the party in Switzerland, organised Lenin's return to Russia in 1917 and in 1918 saved Lenin's life in Petrograd when his car was attacked. " +
        "In 1919 he sat beside Lenin in the presidium of the first Comintern congress. " +
        "Persecuted in the Great Terror, he perished, in Rogovin's words, in Stalin's prisons and camps.",
      de:
        "Fritz Platten, langjähriger Kommunist und Gründungsmitglied der Partei in der Schweiz, organisierte 1917 Lenins Rückkehr nach Russland und rettete ihm 1918 in Petrograd das Leben, als Lenins Wagen angegriffen wurde. " +
        "1919 saß er im Präsidium des ersten Komintern-Kongresses neben Lenin. " +
        "Im Großen Terror verfolgt, kam er nach Rogovin in Stalins Gefängnissen und Lagern um.",
    },
    events: [
      ["Organised Lenin's return to Russia.", "Organisierte Lenins Rückkehr nach Russland."],
      [
        "Saved Lenin's life when Lenin's car was attacked.",
        "Rettete Lenin das Leben, als dessen Wagen angegriffen wurde.",
      ],
      [
        "Sat beside Lenin in the presidium of the first congress of the Communist International, as a photograph shows.",
        "Saß, wie ein Foto zeigt, im Präsidium des ersten Kongresses der Kommunistischen Internationale neben Lenin.",
      ],
      ["Persecuted in the Stalinist Great Terror.", "Im stalinistischen Großen Terror verfolgt."],
      ["Perished in Stalin's prisons and camps.", "Kam in Stalins Gefängnissen und Lagern um."],
    ],
  },

  "ma-yuansheng": {
    bio: {
      en:
        "Ma Yuansheng, born in 1906, was a Chinese student in Moscow who obtained Trotsky's pamphlet criticising the Sixth World Congress of the Comintern (1928). " +
        "He built an opposition group at the International Lenin School, which was dissolved in 1930; he was arrested and sent into Siberian exile for 25 years. " +
        "During the Cultural Revolution Mao's regime imprisoned him again as an “old Trotskyist”; he died in 1977.",
      de:
        "Ma Yuansheng, geboren 1906, war ein chinesischer Student in Moskau, der sich Trotzkis Schrift gegen den VI. Weltkongress der Komintern (1928) beschaffte. " +
        "An der Internationalen Lenin-Schule baute er eine Oppositionsgruppe auf, die 1930 aufgelöst wurde; er wurde verhaftet und für 25 Jahre nach Sibirien verbannt. " +
        "Während der Kulturrevolution ließ ihn Mao als „alten Trotzkisten“ erneut einsperren; er starb 1977.",
    },
    events: [
      born,
      [
        "Obtained Trotsky's pamphlet criticising the Sixth World Congress of the Comintern (1928); the text's “in 1928” may refer to the congress or to when he got the pamphlet.",
        "Beschaffte sich Trotzkis Schrift gegen den VI. Weltkongress der Komintern (1928); ob sich „1928“ im Text auf den Kongress oder auf den Erhalt der Schrift bezieht, bleibt offen.",
      ],
      [
        "Built an opposition group at the International Lenin School; it was dissolved in 1930.",
        "Baute an der Internationalen Lenin-Schule eine Oppositionsgruppe auf; sie wurde 1930 aufgelöst.",
      ],
      arrested,
      ["Sent into exile in Siberia for 25 years.", "Für 25 Jahre nach Sibirien verbannt."],
      [
        "Imprisoned again under Mao as an “old Trotskyist” during the Cultural Revolution.",
        "Während der Kulturrevolution unter Mao als „alter Trotzkist“ erneut inhaftiert.",
      ],
      died,
    ],
  },

  "ante-ciliga": {
    bio: {
      en:
        "Ante Ciliga, born in 1898, was a founding member of the Communist Party of Yugoslavia and taught at the Communist University of the West. " +
        "In 1929 he and Yugoslav students supported the Left Opposition; he was denounced, dismissed from the cadre school and eventually arrested. " +
        "After five years in prison an international campaign and a hunger strike won his release, and in 1935, just before the Great Terror, he was allowed to leave the USSR. " +
        "He died in 1992.",
      de:
        "Ante Ciliga, geboren 1898, war Gründungsmitglied der Kommunistischen Partei Jugoslawiens und Lehrer an der Kommunistischen Universität des Westens. " +
        "1929 unterstützte er mit jugoslawischen Studenten die Linke Opposition, wurde denunziert, von der Kaderschule entlassen und schließlich verhaftet. " +
        "Nach fünf Jahren Haft kam er durch eine internationale Kampagne und einen Hungerstreik frei und durfte 1935, kurz vor dem Großen Terror, die UdSSR verlassen. " +
        "Er starb 1992.",
    },
    events: [
      born,
      [
        "Supported the Left Opposition together with Yugoslav students; he was denounced and dismissed from the cadre school.",
        "Unterstützte mit jugoslawischen Studenten die Linke Opposition; er wurde denunziert und von der Kaderschule entlassen.",
      ],
      ["Eventually arrested; the text gives no date.", "Schließlich verhaftet; ein Datum nennt der Text nicht."],
      [
        "Five years in prison; freed after an international campaign and a hunger strike.",
        "Fünf Jahre in Haft; nach einer internationalen Kampagne und einem Hungerstreik freigelassen.",
      ],
      [
        "Allowed to leave the USSR, just before the Great Terror.",
        "Durfte kurz vor dem Großen Terror die UdSSR verlassen.",
      ],
      died,
    ],
  },

  "vojislav-vujovic": {
    bio: {
      en:
        "Vojislav Vujović, born in 1897, was a Yugoslav communist and a former leader of the Communist Youth International; in the 1920s he supported the United Opposition. " +
        "The Soviet secret police killed him in 1936.",
      de:
        "Vojislav Vujović, geboren 1897, war ein jugoslawischer Kommunist und ehemaliger Leiter der Kommunistischen Jugendinternationale; in den 1920er-Jahren unterstützte er die Vereinigte Opposition. " +
        "1936 wurde er von der sowjetischen Geheimpolizei getötet.",
    },
    events: [born, ["Killed by the secret police.", "Von der Geheimpolizei getötet."]],
  },

  "walter-held": {
    bio: {
      en:
        "Walter Held, born Heinz Epe in 1910, was a German Trotskyist who fled after the Reichstag fire, first to Prague and then to Oslo, became Trotsky's secretary and helped arrange his entry into Norway; the Gestapo sought him as a “leading functionary of the Trotsky movement”. " +
        "In October 1938 he criticised Bertolt Brecht's silence about Carola Neher in the paper Unser Wort. " +
        "After the German invasion of Norway he tried to reach the United States with his family by way of Moscow, but in May 1941 the NKVD arrested him on a train; held in an NKVD prison in Moscow and sentenced to death for “counterrevolutionary Trotskyist activities”, he was shot in 1942, aged 31. " +
        "His wife died in prison.",
      de:
        "Walter Held, 1910 als Heinz Epe geboren, war ein deutscher Trotzkist. Nach dem Reichstagsbrand floh er zunächst nach Prag, dann nach Oslo, wurde Trotzkis Sekretär und half, dessen Einreise nach Norwegen zu organisieren; die Gestapo suchte ihn als führenden Funktionär der Trotzki-Bewegung. " +
        "Im Oktober 1938 kritisierte er in der Zeitung „Unser Wort“ Brechts Schweigen über Carola Neher. " +
        "Nach dem deutschen Überfall auf Norwegen wollte er mit seiner Familie über Moskau in die USA gelangen, doch im Mai 1941 verhaftete ihn der NKWD in einem Zug; in einem Moskauer NKWD-Gefängnis festgehalten und wegen „konterrevolutionärer trotzkistischer Tätigkeit“ zum Tode verurteilt, wurde er 1942 im Alter von 31 Jahren erschossen. " +
        "Seine Frau starb in der Haft.",
    },
    events: [
      born,
      [
        "Fled Germany after the Reichstag fire, first to Prague, then to Oslo.",
        "Floh nach dem Reichstagsbrand aus Deutschland, zuerst nach Prag, dann nach Oslo.",
      ],
      [
        "Became Trotsky's secretary and helped organise Trotsky's entry into Norway.",
        "Wurde Trotzkis Sekretär und half, dessen Einreise nach Norwegen zu organisieren.",
      ],
      [
        "Sought by the Gestapo as a “leading functionary of the Trotsky movement”.",
        "Von der Gestapo als führender Funktionär der Trotzki-Bewegung gesucht.",
      ],
      [
        "Criticised Bertolt Brecht's silence about Carola Neher in the Trotskyist paper Unser Wort.",
        "Kritisierte in der trotzkistischen Zeitung „Unser Wort“ Bertolt Brechts Schweigen über Carola Neher.",
      ],
      [
        "After the German invasion of Norway, tried to emigrate with his family to the United States by way of Moscow.",
        "Versuchte nach dem deutschen Überfall auf Norwegen, mit seiner Familie über Moskau in die USA auszuwandern.",
      ],
      ["Arrested by the NKVD on a train.", "Vom NKWD in einem Zug verhaftet."],
      ["Held in an NKVD prison in Moscow.", "In einem NKWD-Gefängnis in Moskau festgehalten."],
      [
        "Sentenced to death for “counterrevolutionary Trotskyist activities”.",
        "Wegen „konterrevolutionärer trotzkistischer Tätigkeit“ zum Tode verurteilt.",
      ],
      ["Shot, at the age of 31.", "Im Alter von 31 Jahren erschossen."],
    ],
  },

  "henryk-erlich": {
    bio: {
      en:
        "Henryk Erlich, a Polish socialist and a leader of the Jewish Bund, was held in Moscow, where Walter Held was a fellow prisoner. " +
        "In the 1940s the NKVD killed him together with another Bund leader, whom the text does not name.",
      de:
        "Henryk Erlich, polnischer Sozialist und einer der Führer des jüdischen Bundes, war in Moskau inhaftiert, wo Walter Held sein Mitgefangener war. " +
        "In den 1940er-Jahren tötete ihn der NKWD zusammen mit einem weiteren, im Text nicht genannten Bund-Führer.",
    },
    events: [
      [
        "Imprisoned in Moscow, where Walter Held was a fellow prisoner.",
        "In Moskau inhaftiert, wo Walter Held sein Mitgefangener war.",
      ],
      [
        "Killed by the NKVD together with another leader of the Bund, who is not named.",
        "Vom NKWD zusammen mit einem weiteren, nicht genannten Bund-Führer getötet.",
      ],
    ],
  },

  "karl-fischer": {
    bio: {
      en:
        "Karl Fischer, born in 1918, was an Austrian Trotskyist and resistance fighter who survived the Buchenwald concentration camp; he co-wrote the Trotskyist declaration of the Internationalist Communists from Buchenwald. " +
        "In 1947 the NKVD kidnapped him and deported him to the Gulag. " +
        "He died in 1963.",
      de:
        "Karl Fischer, geboren 1918, war ein österreichischer Trotzkist und Widerstandskämpfer, der das Konzentrationslager Buchenwald überlebte; er war Mitverfasser der trotzkistischen Erklärung der Internationalistischen Kommunisten aus Buchenwald. " +
        "1947 entführte ihn der NKWD und verschleppte ihn in den Gulag. " +
        "Er starb 1963.",
    },
    events: [
      born,
      ["Survived the Buchenwald concentration camp.", "Überlebte das Konzentrationslager Buchenwald."],
      ["Kidnapped by the NKVD.", "Vom NKWD entführt."],
      ["Deported to the Gulag.", "In den Gulag verschleppt."],
      died,
    ],
  },

  "oskar-hippe": {
    bio: {
      en:
        "Oskar Hippe, born in 1900, was a German Trotskyist worker. " +
        "In 1948 the NKVD arrested him in East Germany, and he spent seven years in prison. " +
        "He died in 1990; a photograph in Rippert's lecture shows him with his wife Gertrud.",
      de:
        "Oskar Hippe, geboren 1900, war ein deutscher trotzkistischer Arbeiter. " +
        "1948 verhaftete ihn der NKWD in Ostdeutschland; sieben Jahre blieb er in Haft. " +
        "Er starb 1990; ein Foto in Ripperts Vortrag zeigt ihn mit seiner Frau Gertrud.",
    },
    events: [
      born,
      ["Arrested by the NKVD.", "Vom NKWD verhaftet."],
      [
        "Imprisoned for seven years (the end year is computed).",
        "Sieben Jahre in Haft (das Endjahr ist errechnet).",
      ],
      died,
    ],
  },

  "wolfgang-salus": {
    bio: {
      en:
        "Wolfgang Salus, born in 1909, was a German-Czech Trotskyist who had worked as Trotsky's secretary on Prinkipo. " +
        "In 1953 he was poisoned in Munich by an agent of the GPU.",
      de:
        "Wolfgang Salus, geboren 1909, war ein deutsch-tschechischer Trotzkist und früher Trotzkis Sekretär auf Prinkipo. " +
        "1953 wurde er in München von einem GPU-Agenten vergiftet.",
    },
    events: [
      born,
      ["Worked as Trotsky's secretary.", "Arbeitete als Trotzkis Sekretär."],
      ["Poisoned by a GPU agent.", "Von einem GPU-Agenten vergiftet."],
    ],
  },

  "michalis-bezentakos": {
    bio: {
      en:
        "Michalis Bezentakos, a worker from Piraeus, joined a Trotskyist organisation; arrested by the Greek police in 1931, he faced the death penalty, and a photograph from the early 1930s shows him in a Greek prison with four other socialist workers. " +
        "He escaped in a prison break in Athens organised with the help of the Communist Party and went to Moscow, where he took the name Georgi Bendas, married and worked in a car factory. " +
        "During the purges the NKVD arrested him, questioned him about Trotskyist activity and, on 11 April 1938, shot him on a charge of espionage. " +
        "When he was rehabilitated in the 1950s his family received a false death certificate giving illness in 1942, and the Communist Party of Greece long claimed that he had died as a volunteer in the Spanish Civil War; Rippert, drawing on his NKVD file, shows the 1938 execution to be his true fate.",
      de:
        "Michalis Bezentakos, ein Arbeiter aus Piräus, schloss sich einer trotzkistischen Organisation an; 1931 von der griechischen Polizei verhaftet, drohte ihm die Todesstrafe, und ein Foto aus den frühen 1930er-Jahren zeigt ihn mit vier anderen sozialistischen Arbeitern in einem griechischen Gefängnis. " +
        "Bei einem mit Hilfe der Kommunistischen Partei organisierten Ausbruch in Athen kam er frei und ging nach Moskau, wo er den Namen Georgi Bendas annahm, heiratete und in einer Autofabrik arbeitete. " +
        "Während der Säuberungen verhaftete ihn der NKWD, verhörte ihn zu trotzkistischer Tätigkeit und erschoss ihn am 11. April 1938 unter dem Vorwurf der Spionage. " +
        "Bei seiner Rehabilitierung in den 1950er-Jahren erhielt die Familie eine gefälschte Sterbeurkunde, die eine Krankheit im Jahr 1942 angab, und die Kommunistische Partei Griechenlands behauptete lange, er sei als Freiwilliger im Spanischen Bürgerkrieg gefallen; Rippert weist anhand seiner NKWD-Akte die Erschießung von 1938 als sein wirkliches Schicksal nach.",
    },
    events: [
      [
        "Joined a Trotskyist organisation as a worker.",
        "Schloss sich als Arbeiter einer trotzkistischen Organisation an.",
      ],
      [
        "Arrested by the Greek police; he faced the death penalty.",
        "Von der griechischen Polizei verhaftet; ihm drohte die Todesstrafe.",
      ],
      [
        "Photographed in a Greek prison with four other socialist workers.",
        "Mit vier anderen sozialistischen Arbeitern in einem griechischen Gefängnis fotografiert.",
      ],
      [
        "Escaped in a prison break organised with the help of the Communist Party. A song about the escape is still sung at demonstrations in Greece.",
        "Entkam bei einem mit Hilfe der Kommunistischen Partei organisierten Gefängnisausbruch. Ein Lied über die Flucht wird in Griechenland bis heute auf Demonstrationen gesungen.",
      ],
      [
        "Took the name Georgi Bendas, married and worked in a car factory.",
        "Nahm den Namen Georgi Bendas an, heiratete und arbeitete in einer Autofabrik.",
      ],
      [
        "Arrested by the NKVD during the purges and questioned about Trotskyist activity.",
        "Während der Säuberungen vom NKWD verhaftet und zu trotzkistischer Tätigkeit verhört.",
      ],
      [
        "Shot by the NKVD on a charge of espionage; the date comes from his NKVD file. Rippert shows this to be his true fate, against the false death certificate later given to his family (illness, 1942) and the Greek Communist Party's story that he fell as a volunteer in the Spanish Civil War.",
        "Vom NKWD unter dem Vorwurf der Spionage erschossen; das Datum stammt aus seiner NKWD-Akte. Rippert weist dies als sein wirkliches Schicksal nach – gegen die gefälschte Sterbeurkunde, die seine Familie später erhielt (Krankheit, 1942), und gegen die Darstellung der Kommunistischen Partei Griechenlands, er sei als Freiwilliger im Spanischen Bürgerkrieg gefallen.",
      ],
      [
        "Rehabilitated; the family was given a false death certificate stating that he had died of illness in 1942.",
        "Rehabilitiert; die Familie erhielt eine gefälschte Sterbeurkunde, nach der er 1942 an einer Krankheit gestorben sei.",
      ],
    ],
  },
};

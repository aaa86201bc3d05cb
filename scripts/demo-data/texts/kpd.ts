/** German communists and emigrants persecuted in the Soviet Union (and Thälmann, held by the Nazis). */
import type { PersonTexts } from "./types";

const born = ["Born.", "Geboren."] as const;
const died = ["Died.", "Gestorben."] as const;
const arrested = ["Arrested.", "Verhaftet."] as const;
const killedInTerror = ["Killed in the Stalinist terror.", "Im stalinistischen Terror getötet."] as const;
const purgeArrest = [
  "Arrested during the years of the Great Purge; the text gives no exact date.",
  "In den Jahren der Großen Säuberung verhaftet; ein genaues Datum nennt der Text nicht.",
] as const;

export const KPD: Record<string, PersonTexts> = {
  "heinz-neumann": {
    bio: {
      en:
        "Heinz Neumann, born in 1902, belonged to the leadership of the KPD, sat on its Politburo and had been a Reichstag deputy. " +
        "At the Comintern journal Inprekorr he met Margarete Buber-Neumann, and after the Nazis came to power the couple went to the Soviet Union in 1935. " +
        "In 1936 he was given the transcript of the first Moscow trial to translate. " +
        "Early in 1937 a friend in Spain urged him in a coded letter to leave the USSR; about two months later the NKVD arrested him on fabricated espionage charges, and he was convicted and shot, according to de Jong on 26 November 1937.",
      de:
        "Heinz Neumann, geboren 1902, gehörte zur Führung der KPD, war Mitglied ihres Politbüros und ehemaliger Reichstagsabgeordneter. " +
        "Bei der Komintern-Zeitschrift Inprekorr lernte er Margarete Buber-Neumann kennen; nach der Machtübernahme der Nationalsozialisten gingen beide 1935 in die Sowjetunion. " +
        "1936 erhielt er den Auftrag, das Protokoll des ersten Moskauer Prozesses zu übersetzen. " +
        "Anfang 1937 drängte ihn ein Freund aus Spanien in einem verschlüsselten Brief, die UdSSR zu verlassen; etwa zwei Monate später verhaftete ihn der NKWD unter erfundenen Spionagevorwürfen, und er wurde verurteilt und erschossen, nach de Jong am 26. November 1937.",
    },
    events: [
      born,
      [
        "Met Margarete Buber-Neumann at the journal Inprekorr; the two became partners.",
        "Lernte bei der Zeitschrift Inprekorr Margarete Buber-Neumann kennen; die beiden wurden ein Paar.",
      ],
      [
        "Went to the Soviet Union with his wife after the Nazis took power.",
        "Ging nach der Machtübernahme der Nationalsozialisten mit seiner Frau in die Sowjetunion.",
      ],
      [
        "Was given the transcript of the first Moscow show trial to translate.",
        "Erhielt den Auftrag, das Protokoll des ersten Moskauer Schauprozesses zu übersetzen.",
      ],
      [
        "A friend in Spain urged him in a coded letter to leave the USSR.",
        "Ein Freund aus Spanien forderte ihn in einem verschlüsselten Brief auf, die UdSSR zu verlassen.",
      ],
      [
        "Arrested by the NKVD on fabricated espionage charges; Rogovin places the arrest about two months after the warning letter.",
        "Vom NKWD unter erfundenen Spionagevorwürfen verhaftet; nach Rogovin etwa zwei Monate nach dem Warnbrief.",
      ],
      [
        "Convicted. The verdict is not dated directly: “Gestapo and NKVD” says he was convicted and shot on the same day, and de Jong dates the execution to 26 November 1937.",
        "Verurteilt. Das Urteil ist nicht direkt datiert: Nach „Gestapo and NKVD“ wurde er am selben Tag verurteilt und erschossen; de Jong datiert die Erschießung auf den 26. November 1937.",
      ],
      ["Shot by the NKVD.", "Vom NKWD erschossen."],
    ],
  },

  "hugo-eberlein": {
    bio: {
      en:
        "Hugo Eberlein, born in 1887, was a founding member of the KPD and represented it, in place of Rosa Luxemburg, at the founding congress of the Communist International in 1919; a photograph shows him beside Lenin in the presidium. " +
        "He came to the Soviet Union in 1936 and was arrested by the NKVD the following year, accused of “terrorist activity” on behalf of the Nazis; his interrogators made him stand for ten days and nights, kept him from sleeping, gave him hardly any food and beat him. " +
        "According to Rippert, Herbert Wehner, under his party name “Kurt Funk”, denounced him to the NKVD. " +
        "The NKVD killed him on 16 October 1941; a letter he wrote to his wife was later found in the NKVD archives. " +
        "He was one of seven former members or candidates of the KPD Politburo who died in the Stalinist terror.",
      de:
        "Hugo Eberlein, geboren 1887, war Gründungsmitglied der KPD und vertrat sie 1919 anstelle Rosa Luxemburgs auf dem Gründungskongress der Kommunistischen Internationale; ein Foto zeigt ihn im Präsidium neben Lenin. " +
        "1936 kam er in die Sowjetunion und wurde im Jahr darauf vom NKWD verhaftet, beschuldigt der „terroristischen Tätigkeit“ im Auftrag der Nationalsozialisten; die Vernehmer ließen ihn zehn Tage und Nächte stehen, hinderten ihn am Schlafen, gaben ihm kaum zu essen und schlugen ihn. " +
        "Nach Rippert denunzierte ihn Herbert Wehner unter seinem Parteinamen „Kurt Funk“ beim NKWD. " +
        "Am 16. Oktober 1941 wurde er vom NKWD getötet; ein Brief an seine Frau fand sich später in den NKWD-Archiven. " +
        "Er war einer von sieben ehemaligen Mitgliedern oder Kandidaten des KPD-Politbüros, die im stalinistischen Terror ums Leben kamen.",
    },
    events: [
      born,
      [
        "Represented the KPD at the founding congress of the Communist International in place of Rosa Luxemburg; the photograph of the presidium shows him beside Lenin.",
        "Vertrat die KPD anstelle Rosa Luxemburgs auf dem Gründungskongress der Kommunistischen Internationale; das Foto des Präsidiums zeigt ihn neben Lenin.",
      ],
      ["Came to the Soviet Union.", "Kam in die Sowjetunion."],
      [
        "Arrested by the NKVD the following year, accused of “terrorist activity” on behalf of the Nazis.",
        "Im Jahr darauf vom NKWD verhaftet, beschuldigt der „terroristischen Tätigkeit“ im Auftrag der Nationalsozialisten.",
      ],
      [
        "Interrogated standing for ten days and nights, kept awake, given hardly any food and beaten.",
        "Zehn Tage und Nächte im Stehen verhört, am Schlafen gehindert, kaum verpflegt und geschlagen.",
      ],
      [
        "Rippert writes that Herbert Wehner, under his party name “Kurt Funk”, denounced him to the NKVD; the other texts do not mention it.",
        "Nach Rippert denunzierte ihn Herbert Wehner unter seinem Parteinamen „Kurt Funk“ beim NKWD; die anderen Texte erwähnen das nicht.",
      ],
      [
        "Killed by the NKVD (Rippert: executed in 1941).",
        "Vom NKWD getötet (Rippert: 1941 hingerichtet).",
      ],
    ],
  },

  "willy-harzheim": {
    bio: {
      en:
        "Willy Harzheim, a German journalist, joined the Communist Party in 1923 and in 1929 moved from “Gelzenkirchen” (as the text spells it) to Berlin to work for the Union of Proletarian Writers. " +
        "After the Nazis came to power he emigrated to the USSR, where he was sent to Siberia as a “cultural worker” and wrote for the newspaper Red Miner in Prokopyevsk. " +
        "He was arrested on 20 November 1937 and shot on 17 December 1937 for “counter-revolutionary activity”.",
      de:
        "Willy Harzheim, ein deutscher Journalist, trat 1923 der Kommunistischen Partei bei und zog 1929 von „Gelzenkirchen“ (so die Schreibung im Text) nach Berlin, wo er für den Verband proletarischer Schriftsteller arbeitete. " +
        "Nach der Machtübernahme der Nationalsozialisten emigrierte er in die UdSSR, wurde als „Kulturarbeiter“ nach Sibirien geschickt und arbeitete in Prokopjewsk für die Zeitung „Red Miner“ („Roter Bergmann“). " +
        "Am 20. November 1937 wurde er verhaftet und am 17. Dezember 1937 wegen „konterrevolutionärer Tätigkeit“ erschossen.",
    },
    events: [
      ["Joined the Communist Party.", "Trat der Kommunistischen Partei bei."],
      [
        "Moved from “Gelzenkirchen” (so spelled in the text; presumably Gelsenkirchen) to Berlin and worked for the Union of Proletarian Writers.",
        "Zog von „Gelzenkirchen“ (so im Text; vermutlich Gelsenkirchen) nach Berlin und arbeitete für den Verband proletarischer Schriftsteller.",
      ],
      [
        "The German delegation attended the International Conference of Proletarian and Revolutionary Writers in Kharkiv; the text implies, but does not state, that he was part of it.",
        "Die deutsche Delegation nahm an der Internationalen Konferenz proletarischer und revolutionärer Schriftsteller in Charkiw teil; dass er dazugehörte, legt der Text nahe, sagt es aber nicht ausdrücklich.",
      ],
      [
        "Emigrated to the USSR after the Nazis came to power.",
        "Emigrierte nach der Machtübernahme der Nationalsozialisten in die UdSSR.",
      ],
      ["Sent to Siberia as a “cultural worker”.", "Als „Kulturarbeiter“ nach Sibirien geschickt."],
      [
        "Worked for the newspaper Red Miner.",
        "Arbeitete für die Zeitung „Red Miner“ („Roter Bergmann“).",
      ],
      arrested,
      [
        "Shot for “counter-revolutionary activity”.",
        "Wegen „konterrevolutionärer Tätigkeit“ erschossen.",
      ],
    ],
  },

  "hermann-remmele": {
    bio: {
      en:
        "Hermann Remmele, born in 1880, sat on the Politburo and the Central Committee of the KPD and is described as a fervent Stalinist. " +
        "On 12 April 1933, under the pseudonym Herzen, he sent the party leadership an angry letter blaming it for the “greatest defeat of the German proletariat since 1914”. " +
        "He was arrested during the Great Purge and, according to Rippert, killed in the Stalinist terror in 1939, one of seven former members or candidates of the KPD Politburo to die in it.",
      de:
        "Hermann Remmele, geboren 1880, gehörte dem Politbüro und dem Zentralkomitee der KPD an und wird als überzeugter Stalinist beschrieben. " +
        "Am 12. April 1933 schrieb er unter dem Pseudonym Herzen einen Brandbrief an die Parteiführung, in dem er ihr die schwerste Niederlage des deutschen Proletariats seit 1914 anlastete. " +
        "Während der Großen Säuberung wurde er verhaftet; nach Rippert kam er 1939 im stalinistischen Terror ums Leben – als einer von sieben ehemaligen Mitgliedern oder Kandidaten des KPD-Politbüros.",
    },
    events: [
      born,
      [
        "Sent the KPD leadership an angry letter, signed with his pseudonym Herzen, blaming it for the “greatest defeat of the German proletariat since 1914”.",
        "Schrieb der KPD-Führung unter dem Pseudonym Herzen einen Brandbrief und machte sie für die schwerste Niederlage des deutschen Proletariats seit 1914 verantwortlich.",
      ],
      ["Arrested during the Great Purge.", "Während der Großen Säuberung verhaftet."],
      killedInTerror,
    ],
  },

  "leo-flieg": {
    bio: {
      en:
        "Leo Flieg, born in 1893, was a founding member of the KPD, a friend of Rosa Luxemburg and Karl Liebknecht, and later a member or candidate of the party's Politburo. " +
        "In the early 1930s he worked for the Comintern in Moscow and lived in the Hotel Lux. " +
        "Denounced to the NKVD by Herbert Wehner (“Kurt Funk”), he was arrested in 1938 and shot in March 1939, at the age of 45.",
      de:
        "Leo Flieg, geboren 1893, war Gründungsmitglied der KPD, ein Freund Rosa Luxemburgs und Karl Liebknechts und später Mitglied oder Kandidat ihres Politbüros. " +
        "Anfang der 1930er-Jahre arbeitete er in Moskau für die Komintern und wohnte im Hotel Lux. " +
        "Von Herbert Wehner („Kurt Funk“) beim NKWD denunziert, wurde er 1938 verhaftet und im März 1939 im Alter von 45 Jahren erschossen.",
    },
    events: [
      born,
      [
        "Worked for the Comintern and lived in the Hotel Lux, its residence in Moscow.",
        "Arbeitete für die Komintern und wohnte im Hotel Lux, ihrem Wohnheim in Moskau.",
      ],
      [
        "Denounced to the NKVD by Herbert Wehner (“Kurt Funk”).",
        "Von Herbert Wehner („Kurt Funk“) beim NKWD denunziert.",
      ],
      arrested,
      ["Shot, at the age of 45.", "Im Alter von 45 Jahren erschossen."],
    ],
  },

  "fritz-schulte": {
    bio: {
      en:
        "Fritz Schulte, born in 1890, was a member or candidate of the KPD Politburo. " +
        "Rippert names him among the seven former Politburo members or candidates killed in the Stalinist terror and gives 1943 as the year of his death; the text gives no further details.",
      de:
        "Fritz Schulte, geboren 1890, war Mitglied oder Kandidat des KPD-Politbüros. " +
        "Rippert nennt ihn unter den sieben ehemaligen Mitgliedern oder Kandidaten des Politbüros, die im stalinistischen Terror getötet wurden, und gibt 1943 als Todesjahr an; weitere Einzelheiten nennt der Text nicht.",
    },
    events: [born, killedInTerror],
  },

  "hermann-schubert": {
    bio: {
      en:
        "Hermann Schubert, born in 1886, was a member or candidate of the KPD Politburo. " +
        "Rippert names him among the seven former Politburo members or candidates killed in the Stalinist terror and gives 1938 as the year of his death; the text gives no further details.",
      de:
        "Hermann Schubert, geboren 1886, war Mitglied oder Kandidat des KPD-Politbüros. " +
        "Rippert nennt ihn unter den sieben ehemaligen Mitgliedern oder Kandidaten des Politbüros, die im stalinistischen Terror getötet wurden, und gibt 1938 als Todesjahr an; weitere Einzelheiten nennt der Text nicht.",
    },
    events: [born, killedInTerror],
  },

  "heinrich-suesskind": {
    bio: {
      en:
        "Heinrich Süsskind, born in 1895, was an Austrian of Jewish origin and a member or candidate of the KPD Politburo. " +
        "Rippert names him among the seven former Politburo members or candidates killed in the Stalinist terror and gives 1937 as the year of his death; the text gives no further details.",
      de:
        "Heinrich Süsskind, geboren 1895, war Österreicher jüdischer Herkunft und Mitglied oder Kandidat des KPD-Politbüros. " +
        "Rippert nennt ihn unter den sieben ehemaligen Mitgliedern oder Kandidaten des Politbüros, die im stalinistischen Terror getötet wurden, und gibt 1937 als Todesjahr an; weitere Einzelheiten nennt der Text nicht.",
    },
    events: [born, killedInTerror],
  },

  "ernst-thaelmann": {
    bio: {
      en:
        "Ernst Thälmann led the KPD until 1933, when the Nazis arrested him. " +
        "He was held in prison for eleven years and executed on Hitler's order in 1944. " +
        "Rippert calls him an indirect victim of Stalin: Stalin could have saved him, she writes, but as part of the Hitler–Stalin Pact chose not to. " +
        "His former secretary Hirsch was among the German emigrants arrested in the Soviet Union during the Great Purge.",
      de:
        "Ernst Thälmann führte die KPD bis 1933, als ihn die Nationalsozialisten verhafteten. " +
        "Elf Jahre blieb er in Haft; 1944 wurde er auf Hitlers Befehl hingerichtet. " +
        "Rippert nennt ihn ein indirektes Opfer Stalins: Stalin hätte ihn retten können, habe im Rahmen des Hitler-Stalin-Pakts aber darauf verzichtet. " +
        "Hirsch, früher in seinem Sekretariat tätig, gehörte zu den deutschen Emigranten, die während der Großen Säuberung in der Sowjetunion verhaftet wurden.",
    },
    events: [
      ["Arrested by the Nazis.", "Von den Nationalsozialisten verhaftet."],
      [
        "Held in prison for eleven years. Rippert writes that Stalin could have saved him but, as part of the Hitler–Stalin Pact, chose not to.",
        "Elf Jahre in Haft. Nach Rippert hätte Stalin ihn retten können, verzichtete aber im Rahmen des Hitler-Stalin-Pakts darauf.",
      ],
      ["Executed on Hitler's order.", "Auf Hitlers Befehl hingerichtet."],
    ],
  },

  hirsch: {
    bio: {
      en:
        "Hirsch, formerly Ernst Thälmann's secretary, was one of the German emigrants in the Soviet Union arrested during the Great Purge. " +
        "Rogovin names Hirsch only in a list of such arrests; the text gives neither a given name nor any later fate.",
      de:
        "Hirsch, früher im Sekretariat Ernst Thälmanns tätig, gehörte zu den deutschen Emigranten in der Sowjetunion, die während der Großen Säuberung verhaftet wurden. " +
        "Rogovin nennt Hirsch nur in einer Aufzählung solcher Verhaftungen; Vorname und weiteres Schicksal sind nicht überliefert.",
    },
    events: [purgeArrest],
  },

  kupferstein: {
    bio: {
      en:
        "Kupferstein, one of the leaders of the Red Front, was among the German emigrants in the Soviet Union arrested during the Great Purge. " +
        "Rogovin names Kupferstein only in a list of such arrests, without a given name or later fate.",
      de:
        "Kupferstein, aus der Führung der Roten Front, gehörte zu den deutschen Emigranten in der Sowjetunion, die während der Großen Säuberung verhaftet wurden. " +
        "Rogovin nennt Kupferstein nur in einer Aufzählung solcher Verhaftungen, ohne Vornamen und ohne weiteres Schicksal.",
    },
    events: [purgeArrest],
  },

  otwald: {
    bio: {
      en:
        "Otwald, a writer, was among the German emigrants in the Soviet Union arrested during the Great Purge. " +
        "Rogovin names Otwald only in a list of such arrests, without a given name or later fate.",
      de:
        "Otwald, im Text als Schriftsteller genannt, gehörte zu den deutschen Emigranten in der Sowjetunion, die während der Großen Säuberung verhaftet wurden. " +
        "Rogovin nennt Otwald nur in einer Aufzählung solcher Verhaftungen, ohne Vornamen und ohne weiteres Schicksal.",
    },
    events: [purgeArrest],
  },

  guenther: {
    bio: {
      en:
        "Günther, a writer, was among the German emigrants in the Soviet Union arrested during the Great Purge. " +
        "Rogovin names Günther only in a list of such arrests, without a given name or later fate.",
      de:
        "Günther, im Text als Schriftsteller genannt, gehörte zu den deutschen Emigranten in der Sowjetunion, die während der Großen Säuberung verhaftet wurden. " +
        "Rogovin nennt Günther nur in einer Aufzählung solcher Verhaftungen, ohne Vornamen und ohne weiteres Schicksal.",
    },
    events: [purgeArrest],
  },

  "fritz-noether": {
    bio: {
      en:
        "Fritz Noether, born in 1884, was a German Jewish mathematician who fled the Nazis to the Soviet Union and became a professor at the University of Tomsk. " +
        "He was arrested in 1937; a letter from Albert Einstein to the Soviet foreign minister did not save him. " +
        "He was sent to a labour camp and executed in 1941.",
      de:
        "Fritz Noether, geboren 1884, war ein deutsch-jüdischer Mathematiker, der vor den Nationalsozialisten in die Sowjetunion floh und Professor an der Universität Tomsk wurde. " +
        "1937 wurde er verhaftet; ein Brief Albert Einsteins an den sowjetischen Außenminister konnte ihn nicht retten. " +
        "Er kam in ein Arbeitslager und wurde 1941 hingerichtet.",
    },
    events: [
      born,
      ["Fled the Nazis to the Soviet Union.", "Floh vor den Nationalsozialisten in die Sowjetunion."],
      ["Professor at the University of Tomsk.", "Professor an der Universität Tomsk."],
      [
        "Arrested; a letter from Albert Einstein to the Soviet foreign minister did not save him.",
        "Verhaftet; ein Brief Albert Einsteins an den sowjetischen Außenminister konnte ihn nicht retten.",
      ],
      ["Sent to a labour camp.", "In ein Arbeitslager geschickt."],
      ["Executed.", "Hingerichtet."],
    ],
  },

  "nathan-steinberger": {
    bio: {
      en:
        "Nathan Steinberger, born in 1910, was a German economist and a communist of Jewish background. " +
        "In 1932 he and his wife Edith went to the Soviet Union at the invitation of the Comintern's institute of agricultural science in Moscow. " +
        "The NKVD arrested him in April 1937, and he spent almost ten years in a forced labour camp in Siberia. " +
        "The couple survived and returned to East Germany after the war; interviewed in Berlin in 1997 as a declared opponent of Stalinism, he died in 2004.",
      de:
        "Nathan Steinberger, geboren 1910, war ein deutscher Ökonom und Kommunist jüdischer Herkunft. " +
        "1932 ging er mit seiner Frau Edith auf Einladung des Agrarwissenschaftlichen Instituts der Komintern nach Moskau. " +
        "Im April 1937 verhaftete ihn der NKWD; fast zehn Jahre verbrachte er in einem Zwangsarbeitslager in Sibirien. " +
        "Beide überlebten und kehrten nach dem Krieg nach Ostdeutschland zurück; 1997 gab er in Berlin als erklärter Gegner des Stalinismus ein Interview, 2004 starb er.",
    },
    events: [
      born,
      [
        "Emigrated with his wife Edith, invited to the Comintern's institute of agricultural science in Moscow.",
        "Emigrierte mit seiner Frau Edith auf Einladung des Agrarwissenschaftlichen Instituts der Komintern in Moskau.",
      ],
      ["Arrested by the NKVD.", "Vom NKWD verhaftet."],
      [
        "Spent almost ten years in a forced labour camp (the end year is approximate, counted from the arrest).",
        "Verbrachte fast zehn Jahre in einem Zwangsarbeitslager (das Endjahr ist ungefähr, von der Verhaftung an gerechnet).",
      ],
      [
        "Survived and returned to East Germany after the war.",
        "Überlebte und kehrte nach dem Krieg nach Ostdeutschland zurück.",
      ],
      [
        "Interviewed by the World Socialist Web Site as a declared opponent of Stalinism.",
        "Gab der World Socialist Web Site als erklärter Gegner des Stalinismus ein Interview.",
      ],
      died,
    ],
  },

  "edith-steinberger": {
    bio: {
      en:
        "Edith Steinberger emigrated from Germany to the Soviet Union in 1932 with her husband, the economist Nathan Steinberger. " +
        "She was arrested in 1941. " +
        "Both survived and returned to East Germany after the war.",
      de:
        "Edith Steinberger emigrierte 1932 mit ihrem Mann, dem Ökonomen Nathan Steinberger, aus Deutschland in die Sowjetunion. " +
        "1941 wurde sie verhaftet. " +
        "Beide überlebten und kehrten nach dem Krieg nach Ostdeutschland zurück.",
    },
    events: [
      ["Emigrated with her husband Nathan.", "Emigrierte mit ihrem Mann Nathan."],
      arrested,
      [
        "Survived and returned to East Germany after the war.",
        "Überlebte und kehrte nach dem Krieg nach Ostdeutschland zurück.",
      ],
    ],
  },

  "carola-neher": {
    bio: {
      en:
        "Carola Neher, born in 1900, was a German actress who from 1926 worked closely with Bertolt Brecht in Berlin; he wrote roles for her, and a 1930 photograph shows her in Saint Joan of the Stockyards. " +
        "After 1933 she emigrated to the Soviet Union with her husband Anatol Becker. " +
        "Both perished in the terror; Rippert gives 1942 as the year of her death. " +
        "In October 1938 Walter Held publicly criticised Brecht's silence about her.",
      de:
        "Carola Neher, geboren 1900, war eine deutsche Schauspielerin, die ab 1926 in Berlin eng mit Bertolt Brecht zusammenarbeitete; er schrieb Rollen für sie, und ein Foto von 1930 zeigt sie in „Die heilige Johanna der Schlachthöfe“. " +
        "Nach 1933 emigrierte sie mit ihrem Mann Anatol Becker in die Sowjetunion. " +
        "Beide kamen im Terror ums Leben; Rippert nennt 1942 als ihr Todesjahr. " +
        "Im Oktober 1938 kritisierte Walter Held öffentlich Brechts Schweigen über sie.",
    },
    events: [
      born,
      [
        "Worked closely with Bertolt Brecht, who wrote roles for her; a photograph shows her in “Saint Joan of the Stockyards” (1930).",
        "Arbeitete eng mit Bertolt Brecht zusammen, der Rollen für sie schrieb; ein Foto zeigt sie 1930 in „Die heilige Johanna der Schlachthöfe“.",
      ],
      ["Emigrated with her husband Anatol Becker.", "Emigrierte mit ihrem Mann Anatol Becker."],
      ["Perished in the terror.", "Kam im Terror ums Leben."],
    ],
  },

  "anatol-becker": {
    bio: {
      en:
        "Anatol Becker, a communist from Bessarabia, emigrated to the Soviet Union after 1933 with his wife, the actress Carola Neher. " +
        "He perished in the terror; the text gives no date.",
      de:
        "Anatol Becker, ein Kommunist aus Bessarabien, emigrierte nach 1933 mit seiner Frau, der Schauspielerin Carola Neher, in die Sowjetunion. " +
        "Er kam im Terror ums Leben; ein Datum nennt der Text nicht.",
    },
    events: [
      ["Emigrated with his wife Carola Neher.", "Emigrierte mit seiner Frau Carola Neher."],
      ["Perished in the terror.", "Kam im Terror ums Leben."],
    ],
  },
};

/** People the NKVD handed to the Gestapo or the SD, and those who shared their fate or cell. */
import type { PersonTexts } from "./types";

export const HANDED_OVER: Record<string, PersonTexts> = {
  "margarete-buber-neumann": {
    bio: {
      en:
        "Margarete Buber-Neumann, born in 1901, joined the communist youth movement in 1921 and the KPD in 1926, and from 1928 worked for the Comintern journal Inprekorr, where she met Heinz Neumann. " +
        "After the Nazis came to power the couple sought refuge in the Soviet Union; there the NKVD imprisoned her as well and sent her to a labour camp at Karaganda. " +
        "In 1940 the NKVD handed her over to the SS and Gestapo: at Brest-Litovsk, according to de Jong, while “Gestapo and NKVD”, in whose account her train started moving during the night of 31 December 1939, says the Gestapo met the prisoners on the Bug bridge and took them over in Lublin. " +
        "She then spent about five years in the Ravensbrück concentration camp until she was freed in April 1945. " +
        "Her memoir of both dictatorships appeared in English in 1949; she died in 1989, a few weeks before the Berlin Wall fell.",
      de:
        "Margarete Buber-Neumann, geboren 1901, trat 1921 der kommunistischen Jugendbewegung und 1926 der KPD bei; ab 1928 arbeitete sie für die Komintern-Zeitschrift Inprekorr, wo sie Heinz Neumann kennenlernte. " +
        "Nach der Machtübernahme der Nationalsozialisten suchte das Paar Zuflucht in der Sowjetunion; dort inhaftierte der NKWD auch sie und schickte sie in ein Arbeitslager bei Karaganda. " +
        "1940 übergab sie der NKWD an SS und Gestapo: nach de Jong in Brest-Litowsk, während nach „Gestapo and NKVD“, wo ihr Zug in der Nacht vom 31. Dezember 1939 auf den 1. Januar 1940 abfuhr, die Gestapo die Gefangenen auf der Bugbrücke empfing und erst in Lublin übernahm. " +
        "Danach war sie rund fünf Jahre im Konzentrationslager Ravensbrück, bis sie im April 1945 freikam. " +
        "Ihre Erinnerungen an beide Diktaturen erschienen 1949 auf Englisch; sie starb 1989, wenige Wochen vor dem Fall der Berliner Mauer.",
    },
    events: [
      ["Born.", "Geboren."],
      ["Joined the communist youth movement in Germany.", "Trat der kommunistischen Jugendbewegung in Deutschland bei."],
      [
        "Joined the Communist Party of Germany (KPD), five years after the youth movement.",
        "Trat fünf Jahre später der Kommunistischen Partei Deutschlands (KPD) bei.",
      ],
      [
        "From 1928 worked for Inprekorr, the journal of the Communist International, where she met Heinz Neumann.",
        "Arbeitete ab 1928 für Inprekorr, die Zeitschrift der Kommunistischen Internationale, und lernte dort Heinz Neumann kennen.",
      ],
      [
        "Went with Heinz Neumann to the Soviet Union, seeking refuge after the Nazis took power. The year 1935 comes from “Gestapo and NKVD”; de Jong gives no year.",
        "Ging mit Heinz Neumann in die Sowjetunion, um nach der Machtübernahme der Nationalsozialisten Zuflucht zu finden. Das Jahr 1935 stammt aus „Gestapo and NKVD“; de Jong nennt kein Jahr.",
      ],
      [
        "Imprisoned by the NKVD as well; the text gives no date.",
        "Ebenfalls vom NKWD inhaftiert; der Text nennt kein Datum.",
      ],
      [
        "Sent for five years to a labour camp at Karaganda as a “dangerous element to the public”. Rippert speaks of a labour camp in Kazakhstan.",
        "Als „dangerous element to the public“ (gesellschaftlich gefährliches Element) für fünf Jahre in ein Arbeitslager bei Karaganda geschickt. Rippert spricht von einem Arbeitslager in Kasachstan.",
      ],
      [
        "Left by train on New Year's night 1939/40 with some seventy prisoners, travelling through Poland towards Brest-Litovsk.",
        "Fuhr in der Neujahrsnacht 1939/40 mit etwa siebzig Gefangenen im Zug durch Polen in Richtung Brest-Litowsk.",
      ],
      [
        "According to de Jong, the NKVD handed her over, with twenty-nine others, to the SS and Gestapo at Brest-Litovsk, where SS officers met the GPU chief on the bridge across the Bug.",
        "Nach de Jong übergab sie der NKWD zusammen mit neunundzwanzig anderen in Brest-Litowsk an SS und Gestapo; SS-Offiziere trafen dort den GPU-Chef auf der Bugbrücke.",
      ],
      [
        "Taken on by train to Lublin; according to “Gestapo and NKVD” it was there that she was handed over to the Gestapo.",
        "Mit dem Zug nach Lublin gebracht; nach „Gestapo and NKVD“ wurde sie erst dort der Gestapo übergeben.",
      ],
      [
        "Sent straight on to the women's concentration camp at Ravensbrück, where she spent about five years.",
        "Unmittelbar danach in das Frauen-Konzentrationslager Ravensbrück gebracht, wo sie rund fünf Jahre verbrachte.",
      ],
      [
        "Freed as the Nazi regime collapsed.",
        "Beim Zusammenbruch des NS-Regimes freigekommen.",
      ],
      [
        "Fearing that the Soviets would arrest her again, she made her way 150 kilometres to the west, to the area held by US troops.",
        "Aus Angst, erneut von den Sowjets verhaftet zu werden, gelangte sie 150 Kilometer nach Westen in das von US-Truppen besetzte Gebiet.",
      ],
      [
        "Her memoir appeared in English as “Under Two Dictators: Prisoner of Stalin and Hitler”.",
        "Ihre Erinnerungen erschienen auf Englisch unter dem Titel „Under Two Dictators: Prisoner of Stalin and Hitler“.",
      ],
      [
        "Died a few weeks before the fall of the Berlin Wall.",
        "Starb wenige Wochen vor dem Fall der Berliner Mauer.",
      ],
    ],
  },

  "franz-koritschoner": {
    bio: {
      en:
        "Franz Koritschoner, born in Austria-Hungary in 1892, was a young Jewish socialist when he met Lenin at the Kienthal conference in 1916. " +
        "He helped lead the strikes of January 1918, joined the newly founded Communist Party of Austria (KPÖ) and sat on its central committee until 1924; in the late 1920s he went to the Soviet Union to work for the Profintern. " +
        "Arrested by the NKVD in 1936 as a “counterrevolutionary”, he was held in a labour camp in the far north, where scurvy cost him his teeth, and in April 1941 the Soviet authorities decided to hand him over to the Gestapo. " +
        "Tortured by both the NKVD and the Gestapo, he was sent to Auschwitz on 7 June 1941 and killed there two days later; his cellmate Hans Landauer later told of his last weeks.",
      de:
        "Franz Koritschoner, 1892 in Österreich-Ungarn geboren, lernte als junger jüdischer Sozialist 1916 auf der Konferenz von Kienthal Lenin kennen. " +
        "Im Januar 1918 gehörte er zu den Anführern der Streiks, trat der neu gegründeten KPÖ bei und saß bis 1924 in ihrem Zentralkomitee; Ende der 1920er-Jahre ging er für die Profintern in die Sowjetunion. " +
        "1936 verhaftete ihn der NKWD als „Konterrevolutionär“; in einem Lager im hohen Norden verlor er durch Skorbut seine Zähne, und im April 1941 beschlossen die sowjetischen Behörden, ihn an die Gestapo auszuliefern. " +
        "Von NKWD und Gestapo gefoltert, wurde er am 7. Juni 1941 nach Auschwitz gebracht und dort zwei Tage später ermordet; sein Zellengenosse Hans Landauer hat von seinen letzten Wochen berichtet.",
    },
    events: [
      ["Born in Austria-Hungary.", "Geboren in Österreich-Ungarn."],
      [
        "Met Lenin at the Kienthal conference of socialists opposed to the war.",
        "Lernte auf der Konferenz der Kriegsgegner in Kienthal Lenin kennen.",
      ],
      [
        "Played a leading part in the strikes and protests of January 1918.",
        "Spielte eine führende Rolle bei den Streiks und Protesten im Januar 1918.",
      ],
      [
        "Joined the newly founded Communist Party of Austria (KPÖ).",
        "Trat der neu gegründeten Kommunistischen Partei Österreichs (KPÖ) bei.",
      ],
      [
        "Member of the central committee of the KPÖ; the text also says he edited the party's journal.",
        "Mitglied des Zentralkomitees der KPÖ; laut Text gab er auch die Parteizeitschrift heraus.",
      ],
      [
        "Went to the Soviet Union to work for the Profintern, the Red International of Labour Unions.",
        "Ging in die Sowjetunion, um für die Profintern (Rote Gewerkschaftsinternationale) zu arbeiten.",
      ],
      [
        "Joined the Communist Party of the Soviet Union.",
        "Trat der Kommunistischen Partei der Sowjetunion bei.",
      ],
      [
        "Arrested by the NKVD and accused of being a counterrevolutionary.",
        "Vom NKWD verhaftet und als Konterrevolutionär beschuldigt.",
      ],
      [
        "Held in a labour camp in the Soviet far north, where scurvy cost him his teeth.",
        "In einem Arbeitslager im hohen Norden der Sowjetunion festgehalten, wo er durch Skorbut seine Zähne verlor.",
      ],
      [
        "Tortured by the NKVD and by the Gestapo; Hans Landauer later described the scars.",
        "Von NKWD und Gestapo gefoltert; Hans Landauer berichtete später von den Narben.",
      ],
      [
        "The Soviet authorities decided to hand him over to the Gestapo. When and where he was handed over, the text does not say.",
        "Die sowjetischen Behörden beschlossen, ihn an die Gestapo auszuliefern. Wann und wo er übergeben wurde, sagt der Text nicht.",
      ],
      [
        "Shared a cell with Hans Landauer in the last weeks of his life.",
        "Teilte in seinen letzten Lebenswochen eine Zelle mit Hans Landauer.",
      ],
      ["Sent to Auschwitz by the Nazis.", "Von den Nationalsozialisten nach Auschwitz gebracht."],
      [
        "Killed in Auschwitz two days after he arrived.",
        "Zwei Tage nach seiner Ankunft in Auschwitz ermordet.",
      ],
    ],
  },

  "hans-landauer": {
    bio: {
      en:
        "Hans Landauer, a veteran of the International Brigades, shared a prison cell with Franz Koritschoner in 1941, in the last weeks before Koritschoner was sent to Auschwitz. " +
        "What is known about those weeks, including the scars Koritschoner bore from torture, comes from Landauer's account. " +
        "The text does not say who held Landauer or why; it records that he survived the war.",
      de:
        "Hans Landauer, ein Veteran der Internationalen Brigaden, teilte 1941 eine Gefängniszelle mit Franz Koritschoner – in dessen letzten Wochen, bevor er nach Auschwitz gebracht wurde. " +
        "Was über diese Wochen bekannt ist, auch über Koritschoners Folternarben, geht auf Landauers Bericht zurück. " +
        "Der Text sagt nicht, wer Landauer festhielt und warum; er hält fest, dass er den Krieg überlebte.",
    },
    events: [
      [
        "Shared a cell with Franz Koritschoner during Koritschoner's last weeks; what is known of that time comes from him.",
        "Teilte in Franz Koritschoners letzten Wochen eine Zelle mit ihm; was über diese Zeit bekannt ist, stammt von Landauer.",
      ],
      ["Survived the war.", "Überlebte den Krieg."],
    ],
  },

  "georg-bogner": {
    bio: {
      en:
        "Georg Bogner, a member of the Austrian Schutzbund, fought in the February 1934 uprising in his home town of Attnang-Puchheim and then fled to the Soviet Union. " +
        "The Soviet secret police arrested him in 1938; in December 1939 he was one of a group of 25 deportees, ten of them Schutzbund members, handed over to the Germans, and by the end of that month the Sicherheitsdienst held him in Warsaw. " +
        "What became of him after that is unknown.",
      de:
        "Georg Bogner, Mitglied des österreichischen Schutzbunds, kämpfte im Februar 1934 in seiner Heimatstadt Attnang-Puchheim beim Aufstand mit und floh danach in die Sowjetunion. " +
        "Die sowjetische Geheimpolizei verhaftete ihn 1938; im Dezember 1939 gehörte er zu einer Gruppe von 25 Deportierten, darunter zehn Schutzbündler, die den Deutschen übergeben wurden, und Ende des Monats war er in Warschau in der Hand des Sicherheitsdienstes (SD). " +
        "Was danach aus ihm wurde, ist nicht bekannt.",
    },
    events: [
      [
        "Fought in the February 1934 uprising in his home town.",
        "Kämpfte im Februar 1934 in seiner Heimatstadt beim Aufstand.",
      ],
      ["Fled to the Soviet Union.", "Floh in die Sowjetunion."],
      ["Arrested by the Soviet secret police.", "Von der sowjetischen Geheimpolizei verhaftet."],
      [
        "One of a group of 25 deportees, ten of them Schutzbund members, handed over to the Germans.",
        "Einer von 25 Deportierten, darunter zehn Schutzbündler, die den Deutschen übergeben wurden.",
      ],
      [
        "By late December 1939 in the custody of the German security service, the Sicherheitsdienst (SD), in Warsaw.",
        "Ende Dezember 1939 in Warschau in der Gewalt des Sicherheitsdienstes (SD).",
      ],
      ["What became of him afterwards is not known.", "Was danach aus ihm wurde, ist nicht bekannt."],
    ],
  },

  "ernst-fabisch": {
    bio: {
      en:
        "Ernst Fabisch was born in 1910 to a Jewish family in Breslau. " +
        "De Jong says he joined the Communist Party of Germany (Opposition), the KPO, at nineteen and belonged to its underground leadership after the arrests of 1933, while “Gestapo and NKVD” calls him a member of the communist youth organisation and one of the leaders of the resistance to the Nazis. " +
        "Pursued by the Gestapo, he escaped in 1934 via Czechoslovakia to the Soviet Union and worked on building a power plant in Stalinsk. " +
        "The NKVD arrested him in April 1937 and in January 1938 deported him to Germany, where the Gestapo took him at the border; after about five years in Nazi prisons, where he contracted tuberculosis, he was killed in Auschwitz in 1943.",
      de:
        "Ernst Fabisch wurde 1910 in Breslau in eine jüdische Familie geboren. " +
        "Nach de Jong trat er mit neunzehn Jahren der Kommunistischen Partei Deutschlands (Opposition), der KPO, bei und gehörte nach den Verhaftungen von 1933 zu ihrer illegalen Leitung; „Gestapo and NKVD“ nennt ihn dagegen ein Mitglied der kommunistischen Jugendorganisation und einen der Anführer des Widerstands gegen die Nationalsozialisten. " +
        "Von der Gestapo verfolgt, floh er 1934 über die Tschechoslowakei in die Sowjetunion und arbeitete in Stalinsk am Bau eines Kraftwerks. " +
        "Der NKWD verhaftete ihn im April 1937 und schob ihn im Januar 1938 nach Deutschland ab, wo ihn die Gestapo an der Grenze festnahm; nach rund fünf Jahren in NS-Haft, in der er an Tuberkulose erkrankte, wurde er 1943 in Auschwitz ermordet.",
    },
    events: [
      ["Born to a Jewish family in Breslau.", "In Breslau in eine jüdische Familie geboren."],
      [
        "Joined the Communist Party of Germany (Opposition), the KPO, at the age of nineteen (year computed from his birth in 1910).",
        "Trat mit neunzehn Jahren der Kommunistischen Partei Deutschlands (Opposition), KPO, bei (Jahr aus dem Geburtsjahr 1910 errechnet).",
      ],
      [
        "Became part of the KPO's new underground leadership after the Nazis had arrested its leaders in 1933.",
        "Gehörte zur neuen illegalen Leitung der KPO, nachdem die Nationalsozialisten 1933 ihre Führung verhaftet hatten.",
      ],
      ["The Gestapo tried to arrest him.", "Die Gestapo versuchte, ihn zu verhaften."],
      [
        "Escaped to Czechoslovakia and from there to the Soviet Union. De Jong mentions only the escape to the Soviet Union; the year and the Czechoslovak stage come from “Gestapo and NKVD”.",
        "Floh in die Tschechoslowakei und von dort in die Sowjetunion. De Jong erwähnt nur die Flucht in die Sowjetunion; Jahr und Zwischenstation stammen aus „Gestapo and NKVD“.",
      ],
      [
        "Worked on building a power plant in Stalinsk; the text adds the unexplained words “in Pamaskwe”.",
        "Arbeitete in Stalinsk am Bau eines Kraftwerks; der Text fügt die ungeklärte Angabe „in Pamaskwe“ hinzu.",
      ],
      [
        "Arrested by the NKVD (de Jong gives only the year 1937).",
        "Vom NKWD verhaftet (de Jong nennt nur das Jahr 1937).",
      ],
      [
        "Spent six months in Soviet prisons, according to “Gestapo and NKVD”.",
        "Verbrachte nach „Gestapo and NKVD“ sechs Monate in sowjetischen Gefängnissen.",
      ],
      [
        "Deported to the German Reich (de Jong: “the following year”; “Gestapo and NKVD”: January 1938).",
        "In das Deutsche Reich abgeschoben (de Jong: im Jahr darauf; „Gestapo and NKVD“: Januar 1938).",
      ],
      [
        "Taken into custody by the Gestapo as soon as he reached the border.",
        "Sofort an der Grenze von der Gestapo in Haft genommen.",
      ],
      [
        "Spent about five years in Nazi prisons, where he contracted tuberculosis.",
        "Verbrachte rund fünf Jahre in NS-Gefängnissen und erkrankte dort an Tuberkulose.",
      ],
      ["Killed in Auschwitz.", "In Auschwitz ermordet."],
    ],
  },

  "max-zucker": {
    bio: {
      en:
        "Max Zucker, a Jewish businessman born in Poland, left Germany when Hitler came to power and moved in with his son in the Soviet Union. " +
        "In 1937 the NKVD arrested him in Moscow on a charge of espionage; after the Molotov–Ribbentrop Pact was signed he was deported in 1939 and turned over to the Gestapo at the border. " +
        "As a Jew born in Poland he was sent to the Warsaw Ghetto, where SS men beat him to death in the street on 23 October 1941. " +
        "A brass plate engraved with several dates marks the place in West Berlin where his house stood before the war.",
      de:
        "Max Zucker, ein in Polen geborener jüdischer Geschäftsmann, verließ Deutschland, als Hitler an die Macht kam, und zog zu seinem Sohn in die Sowjetunion. " +
        "1937 verhaftete ihn der NKWD in Moskau unter dem Vorwurf der Spionage; nach der Unterzeichnung des Molotow-Ribbentrop-Pakts wurde er 1939 abgeschoben und an der Grenze der Gestapo übergeben. " +
        "Als in Polen geborener Jude kam er ins Warschauer Ghetto, wo ihn SS-Männer am 23. Oktober 1941 auf offener Straße erschlugen. " +
        "Eine Messingtafel mit mehreren eingravierten Daten erinnert in West-Berlin an der Stelle, an der vor dem Krieg sein Haus stand, an ihn.",
    },
    birth: ["Born in Poland; the text gives no date.", "In Polen geboren; der Text nennt kein Datum."],
    events: [
      [
        "Left Germany when Hitler came to power and moved in with his son in the Soviet Union.",
        "Verließ Deutschland, als Hitler an die Macht kam, und zog zu seinem Sohn in die Sowjetunion.",
      ],
      ["Accused of espionage and arrested by the NKVD.", "Der Spionage beschuldigt und vom NKWD verhaftet."],
      [
        "Deported to Nazi Germany after the Molotov–Ribbentrop Pact had been signed.",
        "Nach der Unterzeichnung des Molotow-Ribbentrop-Pakts nach NS-Deutschland abgeschoben.",
      ],
      ["Handed over to the Gestapo at the border.", "An der Grenze der Gestapo übergeben."],
      [
        "Sent to the Warsaw Ghetto because he was a Jew born in Poland.",
        "Als in Polen geborener Jude ins Warschauer Ghetto gebracht.",
      ],
      [
        "Beaten to death by the SS in a street of the ghetto.",
        "Im Ghetto auf offener Straße von der SS erschlagen.",
      ],
    ],
    markers: [
      [
        "A brass plate engraved with several dates, one of the memorial plaques for victims of Nazism, at the spot where his house stood before the war. The text places it in “Heinrich Dernburg Street, West Berlin” and does not quote the inscription.",
        "Eine Messingtafel mit mehreren eingravierten Daten, eine der Gedenktafeln für Opfer des Nationalsozialismus, an der Stelle, an der vor dem Krieg sein Haus stand. Der Text nennt als Ort „Heinrich Dernburg Street, West Berlin“ und gibt die Inschrift nicht wieder.",
      ],
    ],
  },

  "fritz-baltes": {
    bio: {
      en:
        "Fritz Baltes, a miner, signed a contract at the Soviet trade mission in Berlin in 1931 to work in the Mikhail Kalinin mine at Kizel in the Perm region, where, in the text's words, he “rose to the top ten”. " +
        "The NKVD arrested him on 15 October 1937 as an alleged German spy (Franz Winter, the text says, “was chosen to be another German spy-victim”); by his later account the interrogator Blizniak beat him so badly that he lost eight teeth and his left eardrum was ruptured. " +
        "After the Politburo approved a show trial of “saboteurs” in the Kizel coal basin in January 1938, he was sentenced to death, later commuted to 25 years in a labour camp, and from a camp at Kotlas he wrote to the German embassy for help. " +
        "On 2 May 1940 he was handed across the border at Brest-Litovsk to German border guards and locked up by the Gestapo in Lublin prison; the text does not say what happened to him afterwards.",
      de:
        "Fritz Baltes, ein Bergmann, unterschrieb 1931 bei der sowjetischen Handelsvertretung in Berlin einen Vertrag für die Grube „Michail Kalinin“ in Kisel im Gebiet Perm, wo er es nach dem Text unter die „besten zehn“ schaffte. " +
        "Am 15. Oktober 1937 verhaftete ihn der NKWD als angeblichen deutschen Spion (Franz Winter wurde laut Text als weiteres „German spy-victim“ ausgewählt); nach seinem späteren Bericht schlug ihn der Vernehmer Blizniak so, dass er acht Zähne verlor und sein linkes Trommelfell riss. " +
        "Nachdem das Politbüro im Januar 1938 einen Schauprozess gegen „Schädlinge“ im Kohlebecken von Kisel genehmigt hatte, wurde er zum Tode verurteilt, später zu 25 Jahren Arbeitslager begnadigt; aus einem Lager in Kotlas bat er die deutsche Botschaft um Hilfe. " +
        "Am 2. Mai 1940 wurde er in Brest-Litowsk über die Grenze an deutsche Grenzbeamte übergeben und von der Gestapo im Gefängnis Lublin eingesperrt; was danach mit ihm geschah, sagt der Text nicht.",
    },
    events: [
      [
        "Signed a contract at the Soviet trade mission in Berlin to work in the Mikhail Kalinin mine at Kizel in the Perm region. (The article dates the recruitment campaign in Ruhr newspapers to “the early 1940s”, apparently a slip for the 1930s.)",
        "Unterschrieb bei der sowjetischen Handelsvertretung in Berlin einen Arbeitsvertrag für die Grube „Michail Kalinin“ in Kisel (Gebiet Perm). (Der Artikel datiert die Anwerbung in Zeitungen des Ruhrgebiets auf „the early 1940s“ – offenbar ein Versehen für die 1930er-Jahre.)",
      ],
      [
        "Worked as a miner and, in the text's words, “rose to the top ten”.",
        "Arbeitete als Bergmann und schaffte es nach dem Text unter die „besten zehn“.",
      ],
      ["Arrested.", "Verhaftet."],
      [
        "Beaten by the NKVD interrogator Blizniak, who knocked out eight of his teeth and ruptured his left eardrum. The account is introduced with “he later said”: most probably Baltes is speaking, though the wording could also refer to Franz Winter.",
        "Vom NKWD-Vernehmer Blizniak geschlagen, der ihm acht Zähne ausschlug und das linke Trommelfell zerriss. Der Bericht wird mit „he later said“ eingeleitet: Höchstwahrscheinlich spricht Baltes, sprachlich könnte aber auch Franz Winter gemeint sein.",
      ],
      [
        "The Soviet Politburo authorised the NKVD board in Sverdlovsk to stage an open show trial of “saboteurs active in the Kizel Coal Basin”.",
        "Das sowjetische Politbüro ermächtigte die NKWD-Verwaltung in Swerdlowsk, einen öffentlichen Schauprozess gegen „Schädlinge im Kohlebecken von Kisel“ zu veranstalten.",
      ],
      [
        "Sentenced to death, later commuted to 25 years in a corrective labour camp. The trial date is not given; it came after the authorisation of 7 January 1938.",
        "Zum Tode verurteilt, später zu 25 Jahren Besserungsarbeitslager begnadigt. Das Prozessdatum ist nicht genannt; der Prozess folgte auf die Genehmigung vom 7. Januar 1938.",
      ],
      [
        "Held in a labour camp at Kotlas, from where he wrote to the German embassy asking for help.",
        "In einem Arbeitslager in Kotlas festgehalten; von dort bat er die deutsche Botschaft schriftlich um Hilfe.",
      ],
      [
        "Brought to Brest-Litovsk and handed across the border to German border guards.",
        "Nach Brest-Litowsk gebracht und über die Grenze an deutsche Grenzbeamte übergeben.",
      ],
      [
        "In the hands of the Gestapo, locked up in Lublin prison.",
        "In der Hand der Gestapo im Gefängnis Lublin eingesperrt.",
      ],
    ],
  },

  "franz-winter": {
    bio: {
      en:
        "Franz Winter, a German miner, signed the same contract as Fritz Baltes at the Soviet trade mission in Berlin to work in the Soviet mines. " +
        "After Baltes's arrest in October 1937, in the text's words, “Franz Winter was chosen to be another German spy-victim”; the text does not give the date of Winter's own arrest. " +
        "Sentenced to death at the Kizel show trial, later commuted to 25 years in a labour camp, he wrote to the German embassy for help from a camp at Kotlas. " +
        "On 2 May 1940 he was handed across the border at Brest-Litovsk to German border guards and held by the Gestapo in Lublin prison; his later fate is not stated.",
      de:
        "Franz Winter, ein deutscher Bergmann, unterschrieb bei der sowjetischen Handelsvertretung in Berlin denselben Vertrag wie Fritz Baltes, um in sowjetischen Gruben zu arbeiten. " +
        "Nach Baltes' Verhaftung im Oktober 1937 wurde Franz Winter, so der Text, als weiteres „German spy-victim“ ausgewählt; das Datum von Winters eigener Verhaftung nennt der Text nicht. " +
        "Im Schauprozess von Kisel zum Tode verurteilt und später zu 25 Jahren Arbeitslager begnadigt, bat er aus einem Lager in Kotlas die deutsche Botschaft um Hilfe. " +
        "Am 2. Mai 1940 wurde er in Brest-Litowsk über die Grenze an deutsche Grenzbeamte übergeben und von der Gestapo im Gefängnis Lublin festgehalten; sein weiteres Schicksal ist nicht überliefert.",
    },
    events: [
      [
        "Signed the same contract as Fritz Baltes to work in the Soviet mines.",
        "Unterschrieb denselben Vertrag wie Fritz Baltes für die Arbeit in sowjetischen Gruben.",
      ],
      [
        "In the text's words, “Franz Winter was chosen to be another German spy-victim”, after Baltes's arrest on 15 October 1937; Winter's own arrest date is not given.",
        "Nach dem Text wurde Franz Winter nach Baltes' Verhaftung am 15. Oktober 1937 als weiteres „German spy-victim“ ausgewählt; das Datum von Winters eigener Verhaftung ist nicht überliefert.",
      ],
      [
        "Sentenced to death at the Kizel show trial; the sentence was later commuted to 25 years in a corrective labour camp.",
        "Im Schauprozess von Kisel zum Tode verurteilt; später zu 25 Jahren Besserungsarbeitslager begnadigt.",
      ],
      [
        "Held in a labour camp at Kotlas, from where he wrote to the German embassy asking for help.",
        "In einem Arbeitslager in Kotlas festgehalten; von dort bat er die deutsche Botschaft schriftlich um Hilfe.",
      ],
      [
        "Handed across the border at Brest-Litovsk to German border guards.",
        "In Brest-Litowsk über die Grenze an deutsche Grenzbeamte übergeben.",
      ],
      [
        "In the hands of the Gestapo, locked up in Lublin prison.",
        "In der Hand der Gestapo im Gefängnis Lublin eingesperrt.",
      ],
    ],
  },

  "arnold-klein": {
    bio: {
      en:
        "Arnold Klein worked on publications of the German Communist Party under the party codename Hans Bloch; in 1934 he emigrated to the USSR and worked at a car factory in “Lower Novgorod” (Nizhny Novgorod). " +
        "The NKVD arrested him on 8 March 1938 and charged him with Trotskyism; on 5 February 1940 the Soviet authorities handed him over to the Gestapo. " +
        "Accused of treason, he was held in Lublin prison and later taken to the prison in Düsseldorf, where he died on 25 January 1942. " +
        "The same text mentions, separately, “a Hungarian Jew named Bloch” among the prisoners at the Bug bridge; both were in Lublin in 1940, and whether they were the same person the text leaves open.",
      de:
        "Arnold Klein arbeitete unter dem Parteidecknamen Hans Bloch an Publikationen der Kommunistischen Partei Deutschlands mit; 1934 emigrierte er in die UdSSR und arbeitete in einer Autofabrik in „Lower Novgorod“ (Nischni Nowgorod). " +
        "Der NKWD verhaftete ihn am 8. März 1938 und beschuldigte ihn des Trotzkismus; am 5. Februar 1940 lieferten ihn die sowjetischen Behörden an die Gestapo aus. " +
        "Des Verrats beschuldigt, saß er im Gefängnis Lublin und wurde später in das Gefängnis Düsseldorf gebracht, wo er am 25. Januar 1942 starb. " +
        "Derselbe Text erwähnt an anderer Stelle „a Hungarian Jew named Bloch“ unter den Gefangenen an der Bugbrücke; beide waren 1940 in Lublin, und ob es dieselbe Person war, lässt der Text offen.",
    },
    events: [
      ["Emigrated to the USSR.", "Emigrierte in die UdSSR."],
      [
        "Worked on German Communist Party publications under the party codename Hans Bloch.",
        "Arbeitete unter dem Parteidecknamen Hans Bloch an Publikationen der KPD.",
      ],
      ["Worked at the car factory.", "Arbeitete in der Autofabrik."],
      [
        "Arrested by the NKVD and charged with Trotskyism.",
        "Vom NKWD verhaftet und des Trotzkismus beschuldigt.",
      ],
      [
        "Handed over to the Gestapo by the Soviet authorities; the text does not say where.",
        "Von den sowjetischen Behörden an die Gestapo ausgeliefert; wo, sagt der Text nicht.",
      ],
      [
        "Accused of treason and locked up in Lublin prison.",
        "Des Verrats beschuldigt und im Gefängnis Lublin eingesperrt.",
      ],
      ["Taken to the prison in Düsseldorf.", "In das Gefängnis Düsseldorf gebracht."],
      ["Died in prison.", "Starb im Gefängnis."],
    ],
  },

  "bloch-hungarian-deportee": {
    bio: {
      en:
        "Bloch, a Hungarian Jew whose given name is not recorded, was deported on the same train as Margarete Buber-Neumann, which left on New Year's night 1939/40. " +
        "At the bridge over the Bug at Brest-Litovsk, Bloch refused to cross to the Gestapo, was dragged over by force and was singled out at once by the Nazis and the SS. " +
        "Bloch is known only from Buber-Neumann's memoir as quoted in “Gestapo and NKVD”; a different passage quoted by de Jong mentions an unnamed Jewish emigrant from Hungary among those called out at the bridge, possibly the same person. " +
        "The same text gives Hans Bloch as the party codename of Arnold Klein, who was also in Lublin in 1940; whether the two were the same person it leaves open.",
      de:
        "Bloch, jüdischer Herkunft aus Ungarn und ohne überlieferten Vornamen, wurde im selben Zug wie Margarete Buber-Neumann deportiert, der in der Neujahrsnacht 1939/40 abfuhr. " +
        "An der Bugbrücke bei Brest-Litowsk weigerte sich Bloch, zur Gestapo hinüberzugehen, wurde mit Gewalt hinübergezerrt und sofort von den Nationalsozialisten und der SS ins Visier genommen. " +
        "Bekannt ist Bloch nur aus Buber-Neumanns Erinnerungen, wie „Gestapo and NKVD“ sie zitiert; eine andere, von de Jong zitierte Stelle erwähnt unter den an der Brücke Aufgerufenen einen namenlosen jüdischen Emigranten aus Ungarn – möglicherweise dieselbe Person. " +
        "Derselbe Text nennt Hans Bloch als Parteidecknamen Arnold Kleins, der 1940 ebenfalls in Lublin war; ob beide dieselbe Person waren, lässt er offen.",
    },
    events: [
      [
        "Deported on the same train as Margarete Buber-Neumann.",
        "Im selben Zug wie Margarete Buber-Neumann deportiert.",
      ],
      [
        "Refused to cross the bridge to the Gestapo, was dragged over by force and was singled out at once by the Nazis and the SS. The text gives no exact day; the train had left on New Year's night 1939/40.",
        "Weigerte sich, über die Brücke zur Gestapo zu gehen, wurde mit Gewalt hinübergezerrt und sofort von den Nationalsozialisten und der SS ins Visier genommen. Einen genauen Tag nennt der Text nicht; der Zug war in der Neujahrsnacht 1939/40 abgefahren.",
      ],
    ],
  },
};

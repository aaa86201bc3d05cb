import { defineMessages } from "../../platform/i18n/define";

// The intro says only what the texts behind the demo say: arrests from 1934 (Rogovin), about sixty
// deported in 1937–38, before any common border (de Jong), hundreds handed over under the pact
// until May 1941 (de Jong, Rippert, Mensing), the bridge at Brest-Litovsk among the crossings.
export const homeMessages = defineMessages({
  en: {
    title: "Remembering the refugees Stalin handed to Hitler",
    intro:
      "From 1934 the Soviet secret police arrested German and Austrian refugees who had fled Hitler. About sixty of them were deported to Nazi Germany in 1937–38; after the Hitler–Stalin Pact of 1939, and until May 1941, the NKVD handed hundreds to the Gestapo, some of them on the bridge at Brest-Litovsk. Zeugnis gathers what is known about each of them — from archives in many languages and from their families — checks it, and keeps it for everyone to read and cite.",
    counts: {
      title: "The archive in numbers",
      memorials_one: "{{count, number}} memorial",
      memorials_other: "{{count, number}} memorials",
      handovers_one: "{{count, number}} person handed over to the Gestapo",
      handovers_other: "{{count, number}} people handed over to the Gestapo",
      sources_one: "{{count, number}} source cited",
      sources_other: "{{count, number}} sources cited",
    },
    browse: "Find people",
    how: {
      title: "How the archive works",
      text: "Descendants, relatives and researchers send what they know, with its sources. Volunteer historians check every entry and every correction before it is published; where sources disagree, the archive shows both versions. Nothing is published that has not been reviewed, and nothing that was published is silently changed.",
    },
    feed: "New memorials as an Atom feed",
    recent: "Recently published",
    empty: "No memorials have been published yet.",
    contribute: "Do you know the story of someone who belongs here? Families are this archive's most important source.",
    contributeLink: "Submit a memorial",
  },
  de: {
    title: "Erinnerung an die Flüchtlinge, die Stalin an Hitler auslieferte",
    intro:
      "Ab 1934 verhaftete die sowjetische Geheimpolizei deutsche und österreichische Flüchtlinge, die vor Hitler geflohen waren. Etwa sechzig von ihnen wurden 1937–38 nach NS-Deutschland abgeschoben; nach dem Hitler-Stalin-Pakt von 1939 und bis Mai 1941 übergab der NKWD Hunderte an die Gestapo, manche von ihnen auf der Brücke von Brest-Litowsk. Zeugnis sammelt, was über jede und jeden von ihnen bekannt ist – aus Archiven in vielen Sprachen und aus den Familien –, prüft es und bewahrt es für alle zum Lesen und Zitieren.",
    counts: {
      title: "Das Archiv in Zahlen",
      memorials_one: "{{count, number}} Gedenkeintrag",
      memorials_other: "{{count, number}} Gedenkeinträge",
      handovers_one: "{{count, number}} Person an die Gestapo übergeben",
      handovers_other: "{{count, number}} Personen an die Gestapo übergeben",
      sources_one: "{{count, number}} zitierte Quelle",
      sources_other: "{{count, number}} zitierte Quellen",
    },
    browse: "Menschen finden",
    how: {
      title: "Wie das Archiv arbeitet",
      text: "Nachkommen, Angehörige und Forschende schicken, was sie wissen, mit ihren Quellen. Ehrenamtliche Historikerinnen und Historiker prüfen jeden Eintrag und jede Korrektur vor der Veröffentlichung; wo Quellen sich widersprechen, zeigt das Archiv beide Darstellungen. Nichts wird ungeprüft veröffentlicht, und nichts Veröffentlichtes wird stillschweigend geändert.",
    },
    feed: "Neue Gedenkeinträge als Atom-Feed",
    recent: "Zuletzt veröffentlicht",
    empty: "Es wurden noch keine Gedenkeinträge veröffentlicht.",
    contribute: "Kennen Sie die Geschichte eines Menschen, der hierher gehört? Familien sind die wichtigste Quelle dieses Archivs.",
    contributeLink: "Eintrag einreichen",
  },
  ru: {
    title: "Память о беженцах, которых Сталин выдал Гитлеру",
    intro:
      "С 1934 года советская тайная полиция арестовывала немецких и австрийских беженцев, спасавшихся от Гитлера. Около шестидесяти из них в 1937–1938 годах были высланы в нацистскую Германию; после пакта Гитлера — Сталина 1939 года и до мая 1941 года НКВД выдал гестапо сотни людей, некоторых — на мосту в Брест-Литовске. Zeugnis собирает всё, что известно о каждом из них, — из архивов на многих языках и от их семей, — проверяет и сохраняет, чтобы каждый мог это прочитать и процитировать.",
    counts: {
      title: "Архив в цифрах",
      memorials_one: "{{count, number}} запись",
      memorials_few: "{{count, number}} записи",
      memorials_many: "{{count, number}} записей",
      memorials_other: "{{count, number}} записи",
      handovers_one: "{{count, number}} человек выдан гестапо",
      handovers_few: "{{count, number}} человека выданы гестапо",
      handovers_many: "{{count, number}} человек выданы гестапо",
      handovers_other: "{{count, number}} человека выданы гестапо",
      sources_one: "{{count, number}} источник",
      sources_few: "{{count, number}} источника",
      sources_many: "{{count, number}} источников",
      sources_other: "{{count, number}} источника",
    },
    browse: "Найти людей",
    how: {
      title: "Как устроен архив",
      text: "Потомки, родственники и исследователи присылают то, что знают, вместе с источниками. Историки-волонтёры проверяют каждую запись и каждое исправление перед публикацией; если источники расходятся, архив показывает обе версии. Ничего не публикуется без проверки, и ничего опубликованного не меняется незаметно.",
    },
    feed: "Новые записи в ленте Atom",
    recent: "Недавно опубликованные",
    empty: "Пока не опубликовано ни одной записи.",
    contribute: "Вы знаете историю человека, которому место здесь? Семьи — важнейший источник этого архива.",
    contributeLink: "Добавить запись",
  },
});

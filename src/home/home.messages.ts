import { defineMessages } from "../i18n/define";

export const homeMessages = defineMessages({
  en: {
    title: "Remembering the refugees Stalin handed to Hitler",
    intro:
      "Between 1937 and 1941 the Soviet secret police arrested thousands of German and Austrian refugees who had fled Hitler, and handed hundreds of them over to the Gestapo at the bridge in Brest-Litovsk. Zeugnis gathers what is known about each of them — from archives in many languages and from their families — checks it, and keeps it for everyone to read and cite.",
    counts: {
      title: "The archive in numbers",
      memorials_one: "{{count}} memorial",
      memorials_other: "{{count}} memorials",
      handovers_one: "{{count}} person handed over to the Gestapo",
      handovers_other: "{{count}} people handed over to the Gestapo",
      sources_one: "{{count}} source cited",
      sources_other: "{{count}} sources cited",
    },
    recent: "Recently published",
    empty: "No memorials have been published yet.",
    contribute: "Do you know the story of someone who belongs here? Families are this archive's most important source.",
    contributeLink: "Submit a memorial",
  },
  de: {
    title: "Erinnerung an die Flüchtlinge, die Stalin an Hitler auslieferte",
    intro:
      "Zwischen 1937 und 1941 verhaftete die sowjetische Geheimpolizei Tausende deutsche und österreichische Flüchtlinge, die vor Hitler geflohen waren, und übergab Hunderte von ihnen an der Brücke von Brest-Litowsk der Gestapo. Zeugnis sammelt, was über jede und jeden von ihnen bekannt ist – aus Archiven in vielen Sprachen und aus den Familien –, prüft es und bewahrt es für alle zum Lesen und Zitieren.",
    counts: {
      title: "Das Archiv in Zahlen",
      memorials_one: "{{count}} Gedenkeintrag",
      memorials_other: "{{count}} Gedenkeinträge",
      handovers_one: "{{count}} Person an die Gestapo übergeben",
      handovers_other: "{{count}} Personen an die Gestapo übergeben",
      sources_one: "{{count}} zitierte Quelle",
      sources_other: "{{count}} zitierte Quellen",
    },
    recent: "Zuletzt veröffentlicht",
    empty: "Es wurden noch keine Gedenkeinträge veröffentlicht.",
    contribute: "Kennen Sie die Geschichte eines Menschen, der hierher gehört? Familien sind die wichtigste Quelle dieses Archivs.",
    contributeLink: "Eintrag einreichen",
  },
  ru: {
    title: "Память о беженцах, которых Сталин выдал Гитлеру",
    intro:
      "В 1937–1941 годах советская тайная полиция арестовала тысячи немецких и австрийских беженцев, спасавшихся от Гитлера, и сотни из них выдала гестапо на мосту в Брест-Литовске. Zeugnis собирает всё, что известно о каждом из них, — из архивов на многих языках и от их семей, — проверяет и сохраняет, чтобы каждый мог это прочитать и процитировать.",
    counts: {
      title: "Архив в цифрах",
      memorials_one: "{{count}} запись",
      memorials_few: "{{count}} записи",
      memorials_many: "{{count}} записей",
      memorials_other: "{{count}} записи",
      handovers_one: "{{count}} человек выдан гестапо",
      handovers_few: "{{count}} человека выданы гестапо",
      handovers_many: "{{count}} человек выданы гестапо",
      handovers_other: "{{count}} человека выданы гестапо",
      sources_one: "{{count}} источник",
      sources_few: "{{count}} источника",
      sources_many: "{{count}} источников",
      sources_other: "{{count}} источника",
    },
    recent: "Недавно опубликованные",
    empty: "Пока не опубликовано ни одной записи.",
    contribute: "Вы знаете историю человека, которому место здесь? Семьи — важнейший источник этого архива.",
    contributeLink: "Добавить запись",
  },
});

import { defineMessages } from "../../platform/i18n/define";

/**
 * Plausibility warnings (src/domain/plausibility.ts) in words: shown to submitters on the review
 * step, to moderators in the queue and on the review page, in API answers and import results.
 * `what` is the event type or marker kind, `date` and `other` are dates as the page says them.
 */
export const plausibilityMessages = defineMessages({
  en: {
    codes: {
      death_before_birth: "“{{what}}” ({{date}}) is dated before the birth ({{other}}): the person died before being born.",
      before_birth: "“{{what}}” ({{date}}) is dated before the birth ({{other}}).",
      after_death: "“{{what}}” ({{date}}) is dated after the death ({{other}}). After a death, only a rehabilitation, a memorial or a reburial is expected.",
      age_over_110: "“{{what}}” ({{date}}) would make the person more than 110 years old (born {{other}}).",
      before_arrest: "“{{what}}” ({{date}}) is dated before the arrest ({{other}}).",
      date_in_future: "The date of “{{what}}” ({{date}}) lies in the future.",
      handover_before_september_1939: "The handover to the Gestapo ({{date}}) is dated before September 1939; the NKVD’s handovers to the Gestapo began only after the German–Soviet pact.",
      two_deaths: "A second death is recorded: “{{what}}” ({{date}}) besides “{{otherWhat}}” ({{other}}). If the sources disagree, keep one event and record the other version as disputed.",
    },
    what: {
      otherVersion: "{{what}}, other version",
      file: "file {{n}}",
    },
    undated: "no date",
    title: "Dates to look at twice",
    introSubmitter:
      "These dates look unusual. They do not stop you from sending: the evidence is sometimes strange. Please check them against your sources; if they are right, send the entry as it is and tell the moderators why.",
    introModerator:
      "The archive’s plausibility checks found dates that look unusual. They do not block a decision: check them against the sources.",
    change: "Change",
    explanation: "Why these dates are right (optional)",
    explanationHint: "For example: “The NKVD file gives 1890; the family remembers about 1895.” The moderators read this.",
    explained: "The submitter explains:",
    count_one: "{{count}} date to look at",
    count_other: "{{count}} dates to look at",
    countLabel: "Dates to look at",
  },
  de: {
    codes: {
      death_before_birth: "„{{what}}“ ({{date}}) ist vor der Geburt ({{other}}) datiert: Die Person wäre vor ihrer Geburt gestorben.",
      before_birth: "„{{what}}“ ({{date}}) ist vor der Geburt ({{other}}) datiert.",
      after_death: "„{{what}}“ ({{date}}) ist nach dem Tod ({{other}}) datiert. Nach dem Tod sind nur eine Rehabilitierung, ein Gedenken oder eine Umbettung zu erwarten.",
      age_over_110: "„{{what}}“ ({{date}}) hieße, dass die Person über 110 Jahre alt war (geboren {{other}}).",
      before_arrest: "„{{what}}“ ({{date}}) ist vor der Verhaftung ({{other}}) datiert.",
      date_in_future: "Das Datum von „{{what}}“ ({{date}}) liegt in der Zukunft.",
      handover_before_september_1939: "Die Übergabe an die Gestapo ({{date}}) ist vor September 1939 datiert; die Übergaben des NKWD an die Gestapo begannen erst nach dem Hitler-Stalin-Pakt.",
      two_deaths: "Ein zweiter Tod ist erfasst: „{{what}}“ ({{date}}) neben „{{otherWhat}}“ ({{other}}). Wenn die Quellen sich widersprechen, behalten Sie ein Ereignis und erfassen die andere Fassung als umstritten.",
    },
    what: {
      otherVersion: "{{what}}, andere Fassung",
      file: "Datei {{n}}",
    },
    undated: "ohne Datum",
    title: "Daten, die einen zweiten Blick verdienen",
    introSubmitter:
      "Diese Daten wirken ungewöhnlich. Sie hindern Sie nicht am Absenden: Die Überlieferung ist manchmal seltsam. Bitte prüfen Sie sie an Ihren Quellen; wenn sie stimmen, senden Sie den Eintrag so ab und erklären Sie der Moderation, warum.",
    introModerator:
      "Die Plausibilitätsprüfung des Archivs hat Daten gefunden, die ungewöhnlich wirken. Sie verhindern keine Entscheidung: Prüfen Sie sie an den Quellen.",
    change: "Ändern",
    explanation: "Warum diese Daten stimmen (freiwillig)",
    explanationHint: "Zum Beispiel: „Die NKWD-Akte nennt 1890; die Familie erinnert sich an etwa 1895.“ Die Moderation liest das.",
    explained: "Die Einsenderin oder der Einsender erklärt:",
    count_one: "{{count}} Datum zu prüfen",
    count_other: "{{count}} Daten zu prüfen",
    countLabel: "Zu prüfende Daten",
  },
  ru: {
    codes: {
      death_before_birth: "Событие «{{what}}» ({{date}}) датировано раньше рождения ({{other}}): человек умер бы до своего рождения.",
      before_birth: "Событие «{{what}}» ({{date}}) датировано раньше рождения ({{other}}).",
      after_death: "Событие «{{what}}» ({{date}}) датировано позже смерти ({{other}}). После смерти ожидаются только реабилитация, увековечение памяти или перезахоронение.",
      age_over_110: "По дате события «{{what}}» ({{date}}) человеку было бы больше 110 лет (дата рождения: {{other}}).",
      before_arrest: "Событие «{{what}}» ({{date}}) датировано раньше ареста ({{other}}).",
      date_in_future: "Дата события «{{what}}» ({{date}}) находится в будущем.",
      handover_before_september_1939: "Передача гестапо ({{date}}) датирована раньше сентября 1939 года; НКВД начал передавать людей гестапо только после советско-германского пакта.",
      two_deaths: "Записана вторая смерть: «{{what}}» ({{date}}) наряду с «{{otherWhat}}» ({{other}}). Если источники расходятся, оставьте одно событие, а другую версию запишите как спорную.",
    },
    what: {
      otherVersion: "{{what}}, другая версия",
      file: "файл {{n}}",
    },
    undated: "без даты",
    title: "Даты, которые стоит проверить",
    introSubmitter:
      "Эти даты выглядят необычно. Они не мешают отправке: источники иногда бывают странными. Пожалуйста, сверьте их со своими источниками; если они верны, отправьте запись как есть и объясните модераторам почему.",
    introModerator:
      "Проверка правдоподобия нашла даты, которые выглядят необычно. Они не блокируют решение: сверьте их с источниками.",
    change: "Изменить",
    explanation: "Почему эти даты верны (необязательно)",
    explanationHint: "Например: «В деле НКВД указан 1890 год; семья помнит около 1895 года». Модераторы это прочтут.",
    explained: "Пояснение отправителя:",
    count_one: "{{count}} дата для проверки",
    count_few: "{{count}} даты для проверки",
    count_many: "{{count}} дат для проверки",
    count_other: "{{count}} даты для проверки",
    countLabel: "Даты для проверки",
  },
});

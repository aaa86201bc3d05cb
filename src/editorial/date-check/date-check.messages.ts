import { defineMessages } from "../../platform/i18n/define";

/** The date consistency check, as moderators (queue, review) and operators (operations page) read it. */
export const dateCheckMessages = defineMessages({
  en: {
    notice: {
      title: "Dates whose words and code disagree",
      intro:
        "The words are what the family or the source wrote; the date code is what the archive sorts, filters and shows. Compare each date with its source before approving, and correct the code or ask the submitter.",
      byCheck:
        "Opened by the date consistency check: in this correction each date follows its own words. Compare it with the published version; approve it, or reject it if the words are what must change.",
    },
    finding: {
      disagrees: "{{what}}: the words “{{text}}” say {{words}}, the date code says {{code}}.",
      invalid: "{{what}}: the date code {{code}} is not valid ({{reason}}).",
      invalidWords: "{{what}}: the date code {{code}} is not valid ({{reason}}); the words “{{text}}” say {{words}}.",
    },
    owners: {
      alternative: "{{type}} (other version)",
      marker: "{{kind}}, installed",
      media: "Date of a file",
    },
    reasons: {
      syntax: "not EDTF",
      shortYear: "a year of fewer than four digits",
      reversed: "it ends before it starts",
      time: "a time of day",
      impossible: "a day the calendar does not have",
    },
    queue: {
      flag_one: "{{count}} date contradicts its words",
      flag_other: "{{count}} dates contradict their words",
      byCheck: "opened by the date check",
    },
    operations: {
      title: "Dates whose words and code disagree",
      intro:
        "Stored revisions whose date codes contradict their own words, or that today's rules refuse. Nothing is rewritten: moderators see them in the queue, and a published memorial gets a correction for review. Operators run the check with “npm run dates:check” (docs/operations.md).",
      lastChecked: "Last checked",
      never: "The check has not run yet.",
      total: "Revisions with such dates",
      caption: "The newest {{count}} findings",
      entry: "Entry",
      status: "State",
      dates: "Dates",
      correction: "Correction",
      correctionOpened: "opened for review",
      noCorrection: "—",
    },
  },
  de: {
    notice: {
      title: "Daten, deren Worte und Code sich widersprechen",
      intro:
        "Die Worte sind, was die Familie oder die Quelle schrieb; der Datumscode ist, wonach das Archiv sortiert, filtert und anzeigt. Vergleichen Sie jedes Datum vor der Freigabe mit seiner Quelle und berichtigen Sie den Code oder fragen Sie die Einsendenden.",
      byCheck:
        "Von der Datumsprüfung eröffnet: In dieser Korrektur folgt jedes Datum seinen eigenen Worten. Vergleichen Sie sie mit der veröffentlichten Fassung; geben Sie sie frei oder lehnen Sie sie ab, wenn die Worte zu ändern sind.",
    },
    finding: {
      disagrees: "{{what}}: Die Worte „{{text}}“ sagen {{words}}, der Datumscode sagt {{code}}.",
      invalid: "{{what}}: Der Datumscode {{code}} ist ungültig ({{reason}}).",
      invalidWords: "{{what}}: Der Datumscode {{code}} ist ungültig ({{reason}}); die Worte „{{text}}“ sagen {{words}}.",
    },
    owners: {
      alternative: "{{type}} (andere Darstellung)",
      marker: "{{kind}}, angebracht",
      media: "Datum einer Datei",
    },
    reasons: {
      syntax: "kein EDTF",
      shortYear: "ein Jahr mit weniger als vier Ziffern",
      reversed: "es endet, bevor es beginnt",
      time: "eine Uhrzeit",
      impossible: "einen Tag, den es im Kalender nicht gibt",
    },
    queue: {
      flag_one: "{{count}} Datum widerspricht seinen Worten",
      flag_other: "{{count}} Daten widersprechen ihren Worten",
      byCheck: "von der Datumsprüfung eröffnet",
    },
    operations: {
      title: "Daten, deren Worte und Code sich widersprechen",
      intro:
        "Gespeicherte Fassungen, deren Datumscodes ihren eigenen Worten widersprechen oder die heutige Regeln ablehnen. Nichts wird überschrieben: Die Moderation sieht sie in der Warteschlange, und ein veröffentlichter Eintrag erhält eine Korrektur zur Prüfung. Betreiber starten die Prüfung mit „npm run dates:check“ (docs/operations.md).",
      lastChecked: "Zuletzt geprüft",
      never: "Die Prüfung ist noch nicht gelaufen.",
      total: "Fassungen mit solchen Daten",
      caption: "Die neuesten {{count}} Befunde",
      entry: "Eintrag",
      status: "Stand",
      dates: "Daten",
      correction: "Korrektur",
      correctionOpened: "zur Prüfung eröffnet",
      noCorrection: "—",
    },
  },
  ru: {
    notice: {
      title: "Даты, слова и код которых расходятся",
      intro:
        "Слова — это то, что написала семья или источник; код даты — то, по чему архив сортирует, фильтрует и показывает. Перед одобрением сверьте каждую дату с источником и исправьте код или спросите автора.",
      byCheck:
        "Открыто проверкой дат: в этом исправлении каждая дата следует своим словам. Сравните его с опубликованной версией; одобрите или отклоните, если менять нужно слова.",
    },
    finding: {
      disagrees: "{{what}}: слова «{{text}}» означают {{words}}, код даты — {{code}}.",
      invalid: "{{what}}: код даты {{code}} недопустим ({{reason}}).",
      invalidWords: "{{what}}: код даты {{code}} недопустим ({{reason}}); слова «{{text}}» означают {{words}}.",
    },
    owners: {
      alternative: "{{type}} (другая версия)",
      marker: "{{kind}}, установлен",
      media: "Дата файла",
    },
    reasons: {
      syntax: "не EDTF",
      shortYear: "год меньше чем из четырёх цифр",
      reversed: "конец раньше начала",
      time: "время суток",
      impossible: "дня нет в календаре",
    },
    queue: {
      flag_one: "{{count}} дата противоречит своим словам",
      flag_few: "{{count}} даты противоречат своим словам",
      flag_many: "{{count}} дат противоречат своим словам",
      flag_other: "{{count}} даты противоречат своим словам",
      byCheck: "открыто проверкой дат",
    },
    operations: {
      title: "Даты, слова и код которых расходятся",
      intro:
        "Сохранённые версии, коды дат которых противоречат их собственным словам или не проходят сегодняшние правила. Ничего не перезаписывается: модераторы видят их в очереди, а для опубликованной записи открывается исправление на проверку. Операторы запускают проверку командой «npm run dates:check» (docs/operations.md).",
      lastChecked: "Последняя проверка",
      never: "Проверка ещё не запускалась.",
      total: "Версий с такими датами",
      caption: "Последние {{count}} находок",
      entry: "Запись",
      status: "Состояние",
      dates: "Даты",
      correction: "Исправление",
      correctionOpened: "открыто на проверку",
      noCorrection: "—",
    },
  },
});

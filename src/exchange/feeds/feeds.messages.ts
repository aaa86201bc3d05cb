import { defineMessages } from "../../platform/i18n/define";

export const feedsMessages = defineMessages({
  en: {
    title: "Zeugnis: newly published memorials",
    subtitle: "Memorials of German and Austrian refugees persecuted in the Soviet Union, as they are published after review.",
    link: "Newly published memorials (Atom feed)",
  },
  de: {
    title: "Zeugnis: neu veröffentlichte Gedenkeinträge",
    subtitle: "Gedenkeinträge für deutsche und österreichische Flüchtlinge, die in der Sowjetunion verfolgt wurden, sobald sie nach Prüfung veröffentlicht sind.",
    link: "Neu veröffentlichte Gedenkeinträge (Atom-Feed)",
  },
  ru: {
    title: "Zeugnis: новые записи",
    subtitle: "Записи о немецких и австрийских беженцах, преследовавшихся в Советском Союзе, по мере их публикации после проверки.",
    link: "Новые записи (лента Atom)",
  },
});

import { defineMessages } from "./define";

/** Layout, navigation and error pages. */
export const common = defineMessages({
  en: {
    site: { name: "Zeugnis", tagline: "An archive of German and Austrian refugees persecuted in the Soviet Union" },
    nav: {
      label: "Main",
      home: "Home",
      search: "Search",
      browse: "Browse",
      submit: "Submit a memorial",
      mySubmissions: "My submissions",
      import: "Import a family tree",
      moderation: "Moderation",
      signIn: "Sign in",
      signOut: "Sign out",
      skip: "Skip to content",
      language: "Language",
    },
    search: { label: "Search for a name", placeholder: "Name, alias or place", button: "Search" },
    footer: {
      about: "Zeugnis is a crowdsourced memorial archive. Every entry is reviewed by volunteer historians before it is published.",
      licence: "Texts and data: CC BY-SA 4.0 unless stated otherwise.",
    },
    text: {
      hidden:
        "This text contains an invisible character or a control character (perhaps copied from another program) that the archive cannot keep. Please type the text again or remove that character.",
      invisibleOnly: "This contains only invisible characters. Please write the text.",
    },
    errors: {
      signInTitle: "Please sign in",
      signInBody: "This page is for signed-in contributors and moderators. Sign in with your email address and you will come back here.",
      title: "Something went wrong",
      notFound: "We could not find this page.",
      gone: "This memorial has been withdrawn from public view.",
      generic: "An error occurred. Please try again later.",
      requestId: "Reference for support: {{id}}",
      back: "Back to the home page",
    },
  },
  de: {
    site: { name: "Zeugnis", tagline: "Ein Archiv deutscher und österreichischer Flüchtlinge, die in der Sowjetunion verfolgt wurden" },
    nav: {
      label: "Hauptnavigation",
      home: "Start",
      search: "Suche",
      browse: "Stöbern",
      submit: "Eintrag einreichen",
      mySubmissions: "Meine Einreichungen",
      import: "Stammbaum importieren",
      moderation: "Moderation",
      signIn: "Anmelden",
      signOut: "Abmelden",
      skip: "Zum Inhalt springen",
      language: "Sprache",
    },
    search: { label: "Nach einem Namen suchen", placeholder: "Name, Deckname oder Ort", button: "Suchen" },
    footer: {
      about: "Zeugnis ist ein gemeinschaftlich erstelltes Gedenkarchiv. Jeder Eintrag wird vor der Veröffentlichung von ehrenamtlichen Historikerinnen und Historikern geprüft.",
      licence: "Texte und Daten: CC BY-SA 4.0, sofern nicht anders angegeben.",
    },
    text: {
      hidden:
        "Dieser Text enthält ein unsichtbares Zeichen oder ein Steuerzeichen (vielleicht aus einem anderen Programm kopiert), das das Archiv nicht speichern kann. Bitte tippen Sie den Text neu oder entfernen Sie das Zeichen.",
      invisibleOnly: "Hier stehen nur unsichtbare Zeichen. Bitte schreiben Sie den Text.",
    },
    errors: {
      signInTitle: "Bitte melden Sie sich an",
      signInBody: "Diese Seite ist für angemeldete Beitragende und die Moderation. Melden Sie sich mit Ihrer E-Mail-Adresse an, danach kommen Sie hierher zurück.",
      title: "Etwas ist schiefgegangen",
      notFound: "Diese Seite wurde nicht gefunden.",
      gone: "Dieser Gedenkeintrag wurde aus der öffentlichen Ansicht zurückgezogen.",
      generic: "Ein Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.",
      requestId: "Referenz für Rückfragen: {{id}}",
      back: "Zur Startseite",
    },
  },
  ru: {
    site: { name: "Zeugnis", tagline: "Архив немецких и австрийских беженцев, преследовавшихся в Советском Союзе" },
    nav: {
      label: "Основное меню",
      home: "Главная",
      search: "Поиск",
      browse: "Обзор",
      submit: "Добавить запись",
      mySubmissions: "Мои записи",
      import: "Импорт родословной",
      moderation: "Модерация",
      signIn: "Войти",
      signOut: "Выйти",
      skip: "Перейти к содержанию",
      language: "Язык",
    },
    search: { label: "Поиск по имени", placeholder: "Имя, псевдоним или место", button: "Найти" },
    footer: {
      about: "Zeugnis — мемориальный архив, создаваемый сообща. Каждая запись перед публикацией проверяется историками-волонтёрами.",
      licence: "Тексты и данные: CC BY-SA 4.0, если не указано иное.",
    },
    text: {
      hidden:
        "В тексте есть невидимый или управляющий символ (возможно, скопированный из другой программы), который архив не может сохранить. Пожалуйста, наберите текст заново или удалите этот символ.",
      invisibleOnly: "Здесь только невидимые символы. Пожалуйста, напишите текст.",
    },
    errors: {
      signInTitle: "Пожалуйста, войдите",
      signInBody: "Эта страница доступна участникам и модераторам после входа. Войдите по адресу электронной почты, и вы вернётесь сюда.",
      title: "Что-то пошло не так",
      notFound: "Страница не найдена.",
      gone: "Эта запись снята с публичного доступа.",
      generic: "Произошла ошибка. Пожалуйста, попробуйте позже.",
      requestId: "Номер обращения: {{id}}",
      back: "На главную",
    },
  },
});

import type { Messages } from "../../../platform/i18n/define";
import type { en } from "./en";

/** Deutsche Texte des Einreichungsformulars und von „Meine Einreichungen“. */
export const de: Messages<typeof en> = {
  start: {
    title: "Einen Gedenkeintrag einreichen",
    intro:
      "Erzählen Sie dem Archiv von einem Menschen, der verfolgt wurde. Sie können jederzeit unterbrechen: Jeder Schritt wird gespeichert, und Sie können später unter „Meine Einreichungen“ weitermachen.",
    signInFirst:
      "Bitte melden Sie sich zuerst an. Wir senden Ihnen einen Link per E-Mail – ohne Passwort.",
    signIn: "Anmelden und beginnen",
    nameLabel: "Wie hieß die Person?",
    nameHint:
      "Schreiben Sie den Namen so, wie Ihre Familie ihn kannte, zum Beispiel „Max Zucker“ oder „Maria Osten“. Weitere Namen können Sie später ergänzen.",
    nameRequired: "Bitte schreiben Sie den Namen der Person.",
    check: "Weiter",
    drafts: "Ihre angefangenen Einreichungen",
    continueDraft: "„{{name}}“ fortsetzen",
    unnamed: "(noch ohne Namen)",
  },
  duplicates: {
    title: "Meinen Sie diese Person?",
    intro:
      "Vielleicht kennt das Archiv die Person schon. Wenn einer dieser Einträge die gesuchte Person ist, ergänzen Sie bitte diesen Eintrag, statt einen neuen anzulegen.",
    published: "Veröffentlichter Gedenkeintrag",
    ownPending:
      "Sie haben bereits einen Eintrag mit diesem Namen eingesandt; die Moderation prüft ihn. Sie müssen ihn nicht noch einmal senden.",
    viewOwn: "Ihre Einreichung ansehen",
    othersPending:
      "Jemand hat bereits einen Eintrag zu einem ähnlichen Namen eingesandt. Er ist noch nicht veröffentlicht; die Moderation wird beide vergleichen. Wenn Sie mehr über die Person wissen, machen Sie bitte weiter: Ihr Eintrag hilft.",
    view: "Gedenkeintrag lesen",
    correct: "Diesen Eintrag ergänzen oder berichtigen",
    none: "Nein, die gesuchte Person ist nicht dabei",
    startNew: "Neuen Eintrag für „{{name}}“ beginnen",
  },
  correct: {
    title: "Berichtigung vorschlagen: {{name}}",
    intro:
      "Sie beginnen mit dem Eintrag, wie er veröffentlicht ist. Ändern Sie, was falsch ist oder fehlt, und sagen Sie, woher Sie es wissen. Die Moderation vergleicht Ihre Fassung mit der veröffentlichten, bevor sich etwas ändert.",
    start: "Berichtigung beginnen",
    existing: "Sie haben bereits eine Berichtigung dieses Eintrags begonnen:",
    continue: "Fortsetzen",
    notFound: "Dieser Eintrag ist nicht veröffentlicht und kann hier nicht berichtigt werden.",
  },
  steps: {
    label: "Schritte des Formulars",
    person: "Die Person",
    fate: "Leben und Schicksal",
    biography: "Biografie",
    sources: "Quellen",
    relations: "Verbundene Personen",
    markers: "Erinnerungszeichen",
    media: "Fotos und Dokumente",
    submitter: "Über Sie",
    review: "Prüfen und senden",
    current: "(aktueller Schritt)",
    problem: "(bitte prüfen)",
    count: "Schritt {{n}} von {{total}}",
  },
  titles: {
    new: "Neuer Gedenkeintrag: {{name}}",
    correction: "Berichtigung: {{name}}",
    unnamed: "Neuer Gedenkeintrag",
  },
  actions: {
    continue: "Speichern und weiter",
    back: "Speichern und zurück",
    later: "Speichern und später weitermachen",
    add: "Speichern und weiteren Eintrag hinzufügen",
    remove: "Diesen Eintrag entfernen",
    send: "An die Moderation senden",
    sendAgain: "Überarbeitete Fassung senden",
    change: "Ändern",
  },
  summary: {
    title: "Bitte prüfen Sie Folgendes",
    otherSteps: "Auch diese Schritte brauchen noch Angaben: {{steps}}.",
  },
  person: {
    intro:
      "Beginnen Sie mit den Namen der Person. Viele Menschen im Archiv hatten mehrere: einen Geburtsnamen, einen Ehenamen, einen Parteinamen oder ein Pseudonym.",
    names: "Namen",
    nameN: "Name {{n}}",
    newName: "Weiterer Name (freiwillig)",
    display: "Name, wie er erscheinen soll",
    displayHint: "Zum Beispiel „Max Zucker“ oder „Макс Цуккер“.",
    given: "Vorname(n)",
    family: "Familienname",
    kind: "Was für ein Name ist das?",
    primary: "Das ist der Hauptname des Eintrags",
    sex: "Geschlecht (freiwillig)",
    sexHint: "Wird nur verwendet, um deutsche und russische Sätze richtig zu bilden.",
    sexNone: "Keine Angabe",
  },
  fate: {
    intro:
      "Was der Person geschah, ein Ereignis nach dem anderen, in zeitlicher Folge. Schreiben Sie Daten so, wie Sie sie kennen – „um 1890“, „Dezember 1939“, „zwischen 1937 und 1938“, „23.10.1941“ – das Archiv bewahrt Ihre Worte.",
    eventN: "Ereignis {{n}}",
    newEvent: "Weiteres Ereignis (freiwillig)",
    type: "Was geschah?",
    choose: "– bitte wählen –",
    date: "Wann?",
    dateHint:
      "So genau, wie Sie es wissen, zum Beispiel „um 1890“, „Dezember 1939“, „zwischen 1937 und 1938“, „vor 1938“, „1930er Jahre“ oder „23.10.1941“. Leer lassen, wenn es niemand weiß.",
    edtf: "Für Forschende: das Datum als EDTF-Code (freiwillig)",
    edtfHint:
      "Zum Beispiel 1937-05/1937-06. Der Code folgt den Worten oben; er bleibt nur, wenn Sie ihn hier ändern, und er muss dasselbe Datum nennen wie die Worte.",
    place: "Wo?",
    placeHint:
      "So, wie die Quelle oder Ihre Familie den Ort nennt, zum Beispiel „Brest-Litowsk“ oder „Stalinsk“.",
    modernPlace: "Wie heißt der Ort heute? (freiwillig)",
    description: "Was wissen Sie darüber? (freiwillig)",
    otherLanguages:
      "Zu diesem Ereignis gibt es auch einen Text auf: {{languages}}. Er bleibt unverändert.",
  },
  biography: {
    intro:
      "Erzählen Sie das Leben der Person mit Ihren eigenen Worten. Einfache Formatierung ist möglich: *kursiv*, **fett** und eine Leerzeile zwischen Absätzen.",
    inLanguage: "Biografie auf {{language}}",
    hint: "Freiwillig. Leer lassen, um den Text in dieser Sprache zu entfernen.",
  },
  sources: {
    intro:
      "Woher stammt, was Sie geschrieben haben? Nennen Sie Dokumente, Bücher, Archivakten oder Webseiten. Wenn etwas nur aus der Familie bekannt ist, sagen Sie es – auch das ist wertvoll.",
    sourceN: "Quelle {{n}}",
    newSource: "Weitere Quelle (freiwillig)",
    kind: "Was für eine Quelle ist es?",
    citation: "Beschreiben Sie die Quelle so, dass jemand anderes sie finden kann",
    citationHint:
      "Zum Beispiel: „Brief des Roten Kreuzes an meine Großmutter, 12. Mai 1958 (Familienbesitz)“ oder „GARF f. 10035, op. 1, d. P-54560“.",
    archiveDetails: "Angaben zur Archivakte (freiwillig)",
    archive: "Archiv",
    fond: "Fonds (fond)",
    opis: "Findbuch (opis)",
    delo: "Akte (delo)",
    list: "Blatt (list)",
    page: "Seite",
    url: "Internetadresse (freiwillig)",
    perEvent: "Welche Quelle belegt welches Ereignis?",
    perEventHint:
      "Kreuzen Sie für jedes Ereignis mindestens eine Quelle an – oder „aus der Familie bekannt“, wenn es kein Dokument gibt.",
    family: "Aus der Familie bekannt (kein Dokument)",
    noEvents: "Es gibt noch keine Ereignisse, daher ist hier nichts zuzuordnen.",
  },
  relations: {
    intro:
      "Menschen, die der Person nahestanden oder ihr Schicksal teilten: Ehepartner, Kinder, Eltern, Zellengenossen, Mitangeklagte.",
    relationN: "Person {{n}}",
    newRelation: "Weitere Person (freiwillig)",
    type: "Beziehung",
    name: "Name",
    linked: "Verknüpft mit dem Gedenkeintrag von {{name}}",
    note: "Anmerkung (freiwillig)",
  },
  media: {
    intro: "Fotos, Briefe, Bescheinigungen: Fügen Sie sie hier hinzu. Sie bleiben privat – nur Sie und die Moderation sehen sie –, bis der Eintrag freigegeben ist.",
    none: "Noch keine Dateien.",
    fileN: "Datei {{n}}",
    preview: "Datei {{n}} öffnen",
    caption: "Bildunterschrift",
    credit: "Nachweis",
    licence: "Lizenz",
    add: "Foto oder Dokument hinzufügen",
    saveFirst: "Ihre Änderungen auf dieser Seite bleiben erhalten, wenn Sie eine Datei hinzufügen.",
    attached: "Die Datei wurde dem Eintrag hinzugefügt.",
  },
  markers: {
    intro: "Stolpersteine, Gedenktafeln, Gräber oder Denkmäler, die an die Person erinnern.",
    markerN: "Erinnerungszeichen {{n}}",
    newMarker: "Weiteres Erinnerungszeichen (freiwillig)",
    kind: "Art des Erinnerungszeichens",
    address: "Adresse (freiwillig)",
    place: "Ort (freiwillig)",
    inscription: "Inschrift (freiwillig)",
    installed: "Wann wurde es angebracht? (freiwillig)",
    note: "Anmerkung (freiwillig)",
  },
  submitter: {
    intro: "Einige Fragen zu Ihnen. Ihre E-Mail-Adresse sehen nur die Administratoren des Archivs.",
    relationship: "In welcher Beziehung stehen Sie zu der Person?",
    relationships: {
      descendant: "Ich bin ein Nachkomme",
      relative: "Ich bin anderweitig verwandt",
      researcher: "Ich forsche zu der Person",
      other: "Andere",
    },
    note: "Eine Nachricht an die Moderation (freiwillig)",
    noteHint:
      "Alles, was bei der Prüfung hilft – zum Beispiel, wo die Familienpapiere aufbewahrt werden.",
    showName: "Dürfen wir Ihren Namen beim Gedenkeintrag als Beitragende(n) nennen?",
    showNameYes: "Ja, meinen Namen nennen",
    showNameNo: "Nein, meinen Namen nicht nennen",
    consent:
      "Ich bin einverstanden, dass diese Angaben nach der Prüfung im Archiv unter CC BY-SA 4.0 veröffentlicht werden, und ich habe nur geteilt, was ich teilen darf.",
    consentLegend: "Einverständnis zur Veröffentlichung",
  },
  review: {
    intro:
      "Bitte prüfen Sie Ihren Eintrag. Sie können vor dem Senden alles ändern. Danach prüfen ehrenamtliche Historikerinnen und Historiker den Eintrag; Sie erhalten eine E-Mail, sobald sie entschieden haben.",
    problems: "Bevor Sie senden können, ergänzen Sie bitte diese Punkte:",
    ready: "Alles Nötige ist ausgefüllt. Sie können den Eintrag jetzt senden.",
    moderatorSays: "Die Moderation bittet um Änderungen:",
    empty: "Nichts eingetragen.",
    sex: "Geschlecht",
    source: "Quelle",
    familyAccount: "aus der Familie bekannt",
    noSource: "noch keine Quelle",
    otherContent: "Weitere Teile des Eintrags (bleiben unverändert)",
    yourChanges: "Ihre Änderungen am veröffentlichten Eintrag",
  },
  errors: {
    required: "Bitte füllen Sie dieses Feld aus.",
    choose: "Bitte wählen Sie eine der Möglichkeiten.",
    tooLong: "Bitte kürzen Sie auf höchstens {{max}} Zeichen.",
    tooMany: "Bitte nennen Sie hier höchstens {{max}} Einträge.",
    format: "Diese Angabe hat keine Form, die das Archiv verwenden kann.",
    url: "Bitte geben Sie eine Internetadresse an, die mit http:// oder https:// beginnt.",
    nameRequired: "Bitte nennen Sie mindestens einen Namen.",
    primaryMissing: "Bitte markieren Sie einen Namen als Hauptnamen.",
    primaryTwice: "Nur ein Name kann der Hauptname sein.",
    needsSource:
      "Bitte kreuzen Sie eine Quelle für dieses Ereignis an – oder „aus der Familie bekannt“.",
    unknownSource: "Hier wird auf eine Quelle verwiesen, die nicht mehr in der Liste steht.",
    duplicateSource: "Zwei Quellen haben denselben Schlüssel.",
    relationName: "Bitte schreiben Sie den Namen der Person.",
    latLon: "Der Ort braucht Breite und Länge – oder keine von beiden.",
    disputed: "Eine umstrittene Angabe braucht die andere Darstellung mit ihrer Quelle.",
    alternatives: "Andere Darstellungen werden nur bei umstrittenen Angaben aufbewahrt.",
    edtf: "Dieser Datumscode ist kein gültiges EDTF (Beispiele: 1890~, 1939-12, 1937/1938).",
    edtfReversed: "Dieser Datumscode endet, bevor er beginnt. Bitte das frühere Datum zuerst schreiben, zum Beispiel 1937/1938.",
    edtfShortYear: "Bitte das Jahr im Datumscode vierstellig schreiben: EDTF liest „85“ als Jahrhundert.",
    edtfTime: "Bitte den Tag ohne Uhrzeit angeben, zum Beispiel 1940-02-08.",
    edtfImpossible: "Diesen Tag gibt es im Kalender nicht.",
    wordsDisagree:
      "Die Worte „{{words}}“ und der Datumscode {{code}} nennen verschiedene Daten. Bitte den Code berichtigen oder leeren, dann gelten die Worte.",
    consent:
      "Bitte stimmen Sie der Veröffentlichung zu – sonst kann die Moderation den Eintrag nicht veröffentlichen.",
    relationship: "Bitte sagen Sie, in welcher Beziehung Sie zu der Person stehen.",
    showName: "Bitte wählen Sie, ob Ihr Name genannt werden darf.",
    invalid: "Bitte prüfen Sie dieses Feld.",
    stale:
      "Diese Einreichung wurde inzwischen geändert (vielleicht in einem anderen Fenster). Bitte sehen Sie sie sich noch einmal an.",
    notEditable: "Diese Einreichung liegt bei der Moderation und kann jetzt nicht geändert werden.",
    confirmWithdraw:
      "Bitte bestätigen Sie mit dem Häkchen, dass Sie die Einreichung zurückziehen möchten.",
    messageRequired: "Bitte schreiben Sie eine Nachricht.",
  },
  dateProblems: {
    unrecognised:
      "Wir konnten dieses Datum nicht lesen. Bitte schreiben Sie es etwa so: „um 1890“, „Dezember 1939“, „zwischen 1937 und 1938“ oder „23.10.1941“.",
    twoDigitYear: "Bitte schreiben Sie das Jahr mit vier Ziffern, zum Beispiel 1941 statt 41.",
    dayOrMonth:
      "Steht hier zuerst der Tag oder der Monat? Bitte schreiben Sie den Monat als Wort, zum Beispiel „3. April 1938“.",
    impossible: "Dieses Datum gibt es im Kalender nicht. Bitte prüfen Sie Tag und Monat.",
    unknown: "Wenn das Datum nicht bekannt ist, lassen Sie das Feld bitte leer.",
    reversed: "Das erste Datum liegt nach dem zweiten. Bitte prüfen Sie die Reihenfolge.",
  },
  my: {
    title: "Meine Einreichungen",
    intro:
      "Alles, was Sie gesendet oder begonnen haben, mit seinem Stand. Entwürfe bleiben erhalten, bis Sie sie senden oder zurückziehen.",
    empty: "Sie haben noch nichts eingereicht.",
    start: "Gedenkeintrag einreichen",
    name: "Person",
    kind: "Art",
    status: "Stand",
    updated: "Letzte Änderung",
    kinds: { new: "Neuer Gedenkeintrag", correction: "Berichtigung" },
    continue: "Fortsetzen",
    revise: "Überarbeiten",
    view: "Einzelheiten",
    saved: "Ihr Entwurf ist gespeichert. Sie können ihn hier jederzeit fortsetzen.",
    sent: "Vielen Dank. Ihre Einreichung ist bei der Moderation. Sie erhalten eine E-Mail, sobald entschieden ist.",
    withdrawn: "Die Einreichung wurde zurückgezogen.",
    messageSent: "Ihre Nachricht wurde an die Moderation gesendet.",
    reopen: "Als neuen Entwurf wieder öffnen",
    reopened:
      "Ein neuer Entwurf enthält alles, was Sie zuvor gesendet haben. Ändern Sie, worum die Moderation gebeten hat, und senden Sie ihn erneut.",
  },
  statuses: {
    draft: "Entwurf – noch nicht gesendet",
    pending: "Wartet auf Prüfung",
    in_review: "Wird geprüft",
    changes_requested: "Änderungen erbeten",
    approved: "Veröffentlicht",
    rejected: "Nicht angenommen",
    withdrawn: "Zurückgezogen",
  },
  statusHelp: {
    draft:
      "Nur Sie sehen ihn. Machen Sie dort weiter, wo Sie aufgehört haben, und senden Sie ihn, wenn Sie so weit sind.",
    pending:
      "Eine ehrenamtliche Historikerin oder ein Historiker wird ihn prüfen. Bis zur Freigabe ist nichts öffentlich.",
    in_review: "Die Moderation sieht ihn sich gerade an.",
    changes_requested:
      "Die Moderation bittet Sie, etwas zu ändern. Lesen Sie die Nachricht unten, überarbeiten Sie die Einreichung und senden Sie sie erneut.",
    approved: "Ihre Einreichung wurde veröffentlicht. Vielen Dank.",
    rejected:
      "Die Moderation hat diese Einreichung nicht angenommen. Die Begründung steht unten. Nichts von dem, was Sie gesendet haben, geht verloren: Sie können sie als neuen Entwurf wieder öffnen und erneut senden.",
    withdrawn:
      "Sie haben diese Einreichung zurückgezogen. Sie bleibt in den Unterlagen des Archivs, wird aber nicht geprüft.",
  },
  detail: {
    submitted: "Gesendet am {{date}}",
    started: "Begonnen am {{date}}",
    reason: "Begründung der Moderation",
    thread: "Nachrichten",
    noMessages: "Noch keine Nachrichten.",
    fromModerator: "Moderation",
    fromYou: "Sie",
    reply: "Der Moderation schreiben",
    replyHint: "Zum Beispiel, um eine Frage zu beantworten oder etwas Neues zu ergänzen.",
    sendReply: "Nachricht senden",
    withdrawTitle: "Diese Einreichung zurückziehen",
    withdrawHint:
      "Wenn Sie sie zurückziehen, wird sie nicht geprüft. Das lässt sich nicht rückgängig machen, aber Sie können jederzeit eine neue Einreichung beginnen.",
    withdrawConfirm: "Ja, ich möchte diese Einreichung zurückziehen",
    withdraw: "Zurückziehen",
    content: "Was Sie eingereicht haben",
    memorial: "Der veröffentlichte Gedenkeintrag",
    reopenTitle: "Als neuen Entwurf wieder öffnen",
    reopenHint:
      "Nichts von dem, was Sie gesendet haben, geht verloren. Beim Wiederöffnen entsteht ein neuer Entwurf mit allem, was diese Einreichung enthielt; die Nachrichten der Moderation bleiben hier, und der neue Entwurf verweist darauf.",
    reopenHintReturned:
      "Statt diese Einreichung zu überarbeiten, können Sie einen neuen Entwurf mit allem beginnen, was sie enthält. Diese wird dann zurückgezogen; die Nachrichten der Moderation bleiben hier, und der neue Entwurf verweist darauf.",
    reopen: "Als neuen Entwurf wieder öffnen",
    reopenedAs: "Sie haben diese Einreichung als neuen Entwurf wieder geöffnet.",
    continueReopened: "Mit dem neuen Entwurf weitermachen",
    reopenedFrom: "Diese Einreichung öffnet eine frühere von Ihnen wieder.",
    earlierThread: "Die Nachrichten zur früheren Einreichung",
    openEarlier: "Die frühere Einreichung öffnen",
  },
  sourceKinds: {
    archive: "Archivakte",
    book: "Buch",
    article: "Artikel",
    website: "Webseite",
    family_document: "Familiendokument (Brief, Foto, Urkunde)",
    oral_family: "In der Familie erzählt",
    database: "Datenbank",
  },
  sexes: { female: "weiblich", male: "männlich", unknown: "unbekannt" },
  languages: { de: "Deutsch", en: "Englisch", ru: "Russisch" },
  mail: {
    subject: "Ihre Einreichung „{{name}}“ ist angekommen",
    body: "Guten Tag,\n\nvielen Dank für Ihre Einreichung „{{name}}“. Ehrenamtliche Historikerinnen und Historiker werden sie prüfen; bis zur Freigabe ist nichts öffentlich. Den Stand sehen Sie hier:\n\n{{link}}\n\nZeugnis – ein Gedenkarchiv",
  },
};

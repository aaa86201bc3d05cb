import { defineMessages } from "../i18n/define";

export const authMessages = defineMessages({
  en: {
    signIn: {
      title: "Sign in",
      intro: "We send you a link by email. Open it within 15 minutes to sign in — no password needed.",
      email: "Your email address",
      emailHint: "We never show your address to anyone but the archive's administrators.",
      submit: "Send me a sign-in link",
      invalidEmail: "Please enter a valid email address, such as name@example.org.",
      challenge: "The spam check did not succeed. Please try again.",
      noscript: "The spam check needs JavaScript. If the form does not go through, please enable JavaScript.",
    },
    sent: {
      title: "Check your email",
      body: "If {{email}} can receive mail, a sign-in link is on its way. It works once and expires after 15 minutes.",
      devHint: "Development: the message is in the dev outbox.",
      devLink: "Open the dev outbox",
    },
    verify: {
      failedTitle: "This sign-in link does not work",
      expired: "The link has expired. Links work for 15 minutes.",
      used: "The link has already been used. Each link works only once.",
      invalid: "The link is not valid. Please copy the whole address from the email.",
      again: "Send a new link",
    },
    mail: {
      subject: "Your sign-in link for Zeugnis",
      body: "Hello,\n\nopen this link to sign in to Zeugnis:\n\n{{link}}\n\nThe link works once and expires in 15 minutes. If you did not ask for it, you can ignore this message.\n\nZeugnis — a memorial archive",
    },
    outbox: { title: "Dev outbox", empty: "No messages yet.", to: "To", subject: "Subject", sent: "Sent" },
  },
  de: {
    signIn: {
      title: "Anmelden",
      intro: "Wir senden Ihnen einen Link per E-Mail. Öffnen Sie ihn innerhalb von 15 Minuten, um sich anzumelden – ohne Passwort.",
      email: "Ihre E-Mail-Adresse",
      emailHint: "Ihre Adresse sehen nur die Administratoren des Archivs.",
      submit: "Anmeldelink zusenden",
      invalidEmail: "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.org.",
      challenge: "Die Spam-Prüfung ist nicht gelungen. Bitte versuchen Sie es noch einmal.",
      noscript: "Die Spam-Prüfung braucht JavaScript. Wenn das Formular nicht durchgeht, aktivieren Sie bitte JavaScript.",
    },
    sent: {
      title: "Bitte sehen Sie in Ihr Postfach",
      body: "Wenn {{email}} E-Mails empfangen kann, ist ein Anmeldelink unterwegs. Er funktioniert einmal und verfällt nach 15 Minuten.",
      devHint: "Entwicklung: Die Nachricht liegt im Dev-Postausgang.",
      devLink: "Dev-Postausgang öffnen",
    },
    verify: {
      failedTitle: "Dieser Anmeldelink funktioniert nicht",
      expired: "Der Link ist abgelaufen. Links gelten 15 Minuten.",
      used: "Der Link wurde bereits benutzt. Jeder Link funktioniert nur einmal.",
      invalid: "Der Link ist ungültig. Bitte kopieren Sie die vollständige Adresse aus der E-Mail.",
      again: "Neuen Link anfordern",
    },
    mail: {
      subject: "Ihr Anmeldelink für Zeugnis",
      body: "Guten Tag,\n\nöffnen Sie diesen Link, um sich bei Zeugnis anzumelden:\n\n{{link}}\n\nDer Link funktioniert einmal und verfällt in 15 Minuten. Wenn Sie ihn nicht angefordert haben, können Sie diese Nachricht ignorieren.\n\nZeugnis – ein Gedenkarchiv",
    },
    outbox: { title: "Dev-Postausgang", empty: "Noch keine Nachrichten.", to: "An", subject: "Betreff", sent: "Gesendet" },
  },
  ru: {
    signIn: {
      title: "Вход",
      intro: "Мы отправим вам ссылку по электронной почте. Откройте её в течение 15 минут, чтобы войти, — пароль не нужен.",
      email: "Ваш адрес электронной почты",
      emailHint: "Ваш адрес видят только администраторы архива.",
      submit: "Прислать ссылку для входа",
      invalidEmail: "Введите действительный адрес, например name@example.org.",
      challenge: "Проверка на спам не прошла. Попробуйте ещё раз.",
      noscript: "Для проверки на спам нужен JavaScript. Если форма не отправляется, включите JavaScript.",
    },
    sent: {
      title: "Проверьте почту",
      body: "Если адрес {{email}} может получать почту, ссылка для входа уже отправлена. Она действует один раз и в течение 15 минут.",
      devHint: "Разработка: письмо находится в тестовом почтовом ящике.",
      devLink: "Открыть тестовый ящик",
    },
    verify: {
      failedTitle: "Ссылка для входа не работает",
      expired: "Срок действия ссылки истёк. Ссылка действует 15 минут.",
      used: "Ссылка уже использована. Каждая ссылка действует только один раз.",
      invalid: "Ссылка недействительна. Скопируйте полный адрес из письма.",
      again: "Получить новую ссылку",
    },
    mail: {
      subject: "Ссылка для входа в Zeugnis",
      body: "Здравствуйте!\n\nОткройте эту ссылку, чтобы войти в Zeugnis:\n\n{{link}}\n\nСсылка действует один раз и в течение 15 минут. Если вы её не запрашивали, просто проигнорируйте это письмо.\n\nZeugnis — мемориальный архив",
    },
    outbox: { title: "Тестовый почтовый ящик", empty: "Писем пока нет.", to: "Кому", subject: "Тема", sent: "Отправлено" },
  },
});

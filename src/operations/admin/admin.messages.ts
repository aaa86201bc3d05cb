import { defineMessages } from "../../platform/i18n/define";

export const adminMessages = defineMessages({
  en: {
    users: {
      title: "Users and roles",
      search: "Search by email or name",
      searchButton: "Search",
      email: "Email",
      name: "Name",
      role: "Role",
      change: "Change",
      grant: "Make moderator",
      revoke: "Remove moderator role",
      invalid: "That role change is not possible.",
    },
    roles: { contributor: "Contributor", moderator: "Moderator", admin: "Admin" },
  },
  de: {
    users: {
      title: "Personen und Rollen",
      search: "Nach E-Mail oder Name suchen",
      searchButton: "Suchen",
      email: "E-Mail",
      name: "Name",
      role: "Rolle",
      change: "Ändern",
      grant: "Zur Moderation berechtigen",
      revoke: "Moderationsrolle entziehen",
      invalid: "Diese Rollenänderung ist nicht möglich.",
    },
    roles: { contributor: "Beitragende", moderator: "Moderation", admin: "Administration" },
  },
  ru: {
    users: {
      title: "Пользователи и роли",
      search: "Поиск по почте или имени",
      searchButton: "Искать",
      email: "Почта",
      name: "Имя",
      role: "Роль",
      change: "Изменить",
      grant: "Сделать модератором",
      revoke: "Снять роль модератора",
      invalid: "Такое изменение роли невозможно.",
    },
    roles: { contributor: "Автор", moderator: "Модератор", admin: "Администратор" },
  },
});

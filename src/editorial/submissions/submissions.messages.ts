import { defineMessages } from "../../platform/i18n/define";
import { de } from "./messages/de";
import { en } from "./messages/en";
import { ru } from "./messages/ru";

/** The submission form and "My submissions"; one file per language under messages/. */
export const submissionsMessages = defineMessages({ en, de, ru });

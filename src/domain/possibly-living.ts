/**
 * Privacy rule of domain.md: a memorial of someone who may be alive — no death recorded, and
 * born less than 110 years ago or birth unknown — is approved only after a moderator confirms
 * the death or the person's consent. A recorded death settles the question only when its date
 * makes it certain (`isSettledDeath`): otherwise "died 2099" or an undated "execution" would
 * publish a living person without anyone looking (issue 18). Pure: `now` is passed in.
 */
import { edtfBounds, type DayBounds } from "./dates/edtf";
import { DEATH_EVENT_TYPES, firstEvent, type LifeEvent, type PersonDocument } from "./person-document";

export const LIVING_AGE_LIMIT_YEARS = 110;
const DAY_MS = 86_400_000;

/** How a moderator may settle the question before approving. */
export const LIVING_CONFIRMATIONS = ["death_confirmed", "consent"] as const;
export type LivingConfirmation = (typeof LIVING_CONFIRMATIONS)[number];

const NO_BOUNDS: DayBounds = { earliestDay: null, latestDay: null };

/**
 * A death or execution that rules out a living person: dated, certainly over by today (its
 * latest possible day is not after today; an open end such as "2020/.." may still lie ahead),
 * and not before the birth (its latest possible day is not before the earliest possible day of
 * birth). docs/moderation.md states the rule.
 */
function isSettledDeath(event: LifeEvent, birth: DayBounds, today: number): boolean {
  if (!DEATH_EVENT_TYPES.some((type) => type === event.type) || !event.date) return false;
  const { latestDay } = edtfBounds(event.date.edtf);
  if (latestDay === null || latestDay > today) return false;
  return birth.earliestDay === null || latestDay >= birth.earliestDay;
}

/**
 * True when the document does not rule out that the person is alive today.
 * @example isPossiblyLiving({ events: [{ type: "birth", date: { edtf: "1950" } }] }) === true
 */
export function isPossiblyLiving(doc: Pick<PersonDocument, "events">, now = Date.now()): boolean {
  const birthEdtf = firstEvent(doc, ["birth"])?.date?.edtf;
  const birth = birthEdtf ? edtfBounds(birthEdtf) : NO_BOUNDS;
  const today = Math.floor(now / DAY_MS);
  if (doc.events.some((event) => isSettledDeath(event, birth, today))) return false;
  if (birth.latestDay === null) return true;
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - LIVING_AGE_LIMIT_YEARS);
  // The latest day the birth can mean: if that is within the limit, the person may be younger.
  return birth.latestDay > Math.floor(cutoff.getTime() / DAY_MS);
}

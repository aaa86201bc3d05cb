/**
 * Privacy rule of domain.md: a memorial of someone who may be alive — no death recorded, and
 * born less than 110 years ago or birth unknown — is approved only after a moderator confirms
 * the death or the person's consent. Pure: `now` is passed in.
 */
import { edtfBounds } from "./edtf";
import { DEATH_EVENT_TYPES, firstEvent, type PersonDocument } from "./person-document";

export const LIVING_AGE_LIMIT_YEARS = 110;
const DAY_MS = 86_400_000;

/** How a moderator may settle the question before approving. */
export const LIVING_CONFIRMATIONS = ["death_confirmed", "consent"] as const;
export type LivingConfirmation = (typeof LIVING_CONFIRMATIONS)[number];

/**
 * True when the document does not rule out that the person is alive today.
 * @example isPossiblyLiving({ events: [{ type: "birth", date: { edtf: "1950" } }] }) === true
 */
export function isPossiblyLiving(doc: Pick<PersonDocument, "events">, now = Date.now()): boolean {
  if (firstEvent(doc, DEATH_EVENT_TYPES)) return false;
  const birth = firstEvent(doc, ["birth"])?.date?.edtf;
  if (!birth) return true;
  const { latestDay } = edtfBounds(birth);
  if (latestDay === null) return true;
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - LIVING_AGE_LIMIT_YEARS);
  // The latest day the birth can mean: if that is within the limit, the person may be younger.
  return latestDay > Math.floor(cutoff.getTime() / DAY_MS);
}

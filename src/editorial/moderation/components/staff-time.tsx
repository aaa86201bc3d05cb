/**
 * Times shown to moderators and admins. The server cannot know the reader's time zone, so it
 * writes UTC and says so; public/js/local-time.js (loaded on staff sessions' pages) rewrites
 * each of these elements into the browser's own zone and language. Without JavaScript the
 * UTC text stays, and it is never wrong.
 */
import type { Child } from "hono/jsx";

export type StaffTimeStyle = "datetime" | "time";

/** "2026-12-07 21:45 UTC", or "21:45 UTC" for a time of day (a claim's end). */
export function utcText(at: number, style: StaffTimeStyle = "datetime"): string {
  const iso = new Date(at).toISOString();
  return style === "time" ? `${iso.slice(11, 16)} UTC` : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function StaffTime({ at, style = "datetime" }: { at: number; style?: StaffTimeStyle }) {
  return (
    <time datetime={new Date(at).toISOString()} data-local-time={style}>
      {utcText(at, style)}
    </time>
  );
}

/** Stands for an element inside a translated sentence until the sentence is split around it. */
export const SLOT = "\u2063slot\u2063";

/**
 * A translated sentence with an element where its placeholder was.
 * @example withElement(t("moderation:claim.mine", { until: SLOT }), <StaffTime at={until} style="time" />)
 */
export function withElement(sentence: string, element: Child) {
  const [before, ...after] = sentence.split(SLOT);
  return (
    <>
      {before}
      {after.length ? element : null}
      {after.join("")}
    </>
  );
}

import { postForm, request } from "../helpers/app";
import type { TestUser } from "../helpers/users";

function unescape(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | undefined {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? unescape(match[1]!) : undefined;
}

/**
 * The values a browser would send for the form with `id` (or the first form): what the page
 * shows, unchanged. Buttons are left out; the caller says which one was pressed.
 */
export function formFields(html: string, formId = "step-form"): Record<string, string> {
  const start = html.indexOf(`id="${formId}"`);
  const form = html.slice(
    start >= 0 ? start : html.indexOf("<form"),
    html.indexOf("</form>", start >= 0 ? start : 0),
  );
  const fields: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const type = attribute(tag, "type") ?? "text";
    if (!name) continue;
    if ((type === "checkbox" || type === "radio") && !/\schecked(?:=""|\s|>|\/)/.test(tag))
      continue;
    fields[name] = attribute(tag, "value") ?? "on";
  }
  for (const [, attrs, content] of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(attrs!, "name");
    if (name) fields[name] = unescape(content!);
  }
  for (const [, attrs, options] of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(attrs!, "name");
    const selected =
      options!.match(/<option\b[^>]*\sselected[^>]*>/) ?? options!.match(/<option\b[^>]*>/);
    if (name && selected) fields[name] = attribute(selected[0], "value") ?? "";
  }
  return fields;
}

export function location(res: Response): string {
  return (
    new URL(res.headers.get("location")!, "https://zeugnis.test").pathname +
    new URL(res.headers.get("location")!, "https://zeugnis.test").search
  );
}

/** Starts a new draft for `name` (past the duplicate hint) and answers its revision id. */
export async function startDraft(user: TestUser, name: string): Promise<string> {
  const res = await postForm("/submit", { name, confirmed: "1" }, user.cookie);
  const match = location(res).match(/^\/submit\/(rev_[a-z0-9]+)\/person$/);
  if (!match) throw new Error(`no draft started: ${res.status} ${location(res)}`);
  return match[1]!;
}

export async function page(path: string, user: TestUser): Promise<string> {
  const res = await request(path, { cookie: user.cookie });
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return res.text();
}

/** Posts a step as the browser would after the person changed `changes` and pressed `action`. */
export async function saveStep(
  user: TestUser,
  id: string,
  step: string,
  changes: Record<string, string>,
  action = "continue",
  lang?: string,
) {
  const html = await page(`/submit/${id}/${step}`, user);
  const query = lang ? `?lang=${lang}` : "";
  return postForm(
    `/submit/${id}/${step}${query}`,
    { ...formFields(html), ...changes, action },
    user.cookie,
  );
}

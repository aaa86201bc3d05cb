import { pressSignInButton } from "./sign-in-link";

/**
 * Signing in to a local development server the way api.md describes it: ask for a link, read it
 * from the dev outbox, press the button it opens, keep the session cookie. API requests carry no
 * Origin header, as an API client's do.
 */
export async function devSignIn(base: string, email: string): Promise<string> {
  const asked = await fetch(`${base}/api/v1/auth/login-link`, {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": `10.${Math.floor(Math.random() * 250)}.0.1` },
    body: JSON.stringify({ email }),
  });
  if (asked.status !== 202) throw new Error(`login-link for ${email}: ${asked.status} ${await asked.text()}`);
  const outbox = (await (await fetch(`${base}/api/v1/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { messages: Array<{ link: string }> };
  const link = outbox.messages[0]?.link;
  if (!link) throw new Error(`no sign-in link for ${email} in the dev outbox`);
  const verified = await pressSignInButton(link);
  const cookie = verified.headers.get("set-cookie")?.match(/zeugnis_session=[^;]+/)?.[0];
  if (!cookie) throw new Error(`opening the link for ${email} set no session (${verified.status})`);
  return cookie;
}

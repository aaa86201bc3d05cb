/**
 * What a person does with a mailed sign-in link, for scripts: opening the link only shows a page
 * with one button (api.md), and the button POSTs the link's token from the site's own origin.
 * Answers that POST's response: 303 with the session cookie, or 400 when the link is spent,
 * expired or not valid.
 */
export type Send = (input: string, init?: RequestInit) => Promise<Response>;

export function pressSignInButton(link: string, send: Send = fetch): Promise<Response> {
  const url = new URL(link);
  return send(`${url.origin}/auth/verify`, {
    method: "POST",
    redirect: "manual",
    // The form is an HTML form route: it answers only requests that say they come from the site.
    headers: { origin: url.origin, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token: url.searchParams.get("token") ?? "" }).toString(),
  });
}

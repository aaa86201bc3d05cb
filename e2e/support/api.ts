/** The JSON API as a signed-in person, from Node: for checking what the pages stored. */
import { signInLink } from "./outbox";

export async function apiSession(baseUrl: string, email: string) {
  const asked = await fetch(`${baseUrl}/api/v1/auth/login-link`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email }),
  });
  if (asked.status !== 202) throw new Error(`login link for ${email}: ${asked.status}`);
  // The link opens a page with one button; the button POSTs the token from the site itself.
  const link = new URL(await signInLink(baseUrl, email));
  const verified = await fetch(`${baseUrl}/auth/verify`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: baseUrl, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token: link.searchParams.get("token") ?? "" }).toString(),
  });
  const cookie = verified.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return {
    async get<T>(path: string): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      return (await response.json()) as T;
    },
  };
}

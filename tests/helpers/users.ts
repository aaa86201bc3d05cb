import { newSession } from "../../src/platform/auth/session";
import { sessions, users, type Role } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { request, testDb } from "./app";

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  cookie: string;
}

let counter = 0;

/** A user with a live session, signed in without the email round trip. */
export async function signIn(role: Role = "contributor", email?: string): Promise<TestUser> {
  const db = testDb();
  const id = newId("usr");
  const address = email ?? `${role}-${++counter}-${id.slice(4, 10)}@example.org`;
  await db.insert(users).values({ id, email: address, role, createdAt: Date.now(), displayName: `Test ${role}` });
  const session = await newSession(id);
  await db.insert(sessions).values(session.row);
  return { id, email: address, role, cookie: `zeugnis_session=${session.token}` };
}

/** GET of a mailed sign-in link: the page with one button, which spends nothing. */
export function openSignInLink(link: string, cookie?: string): Promise<Response> {
  const url = new URL(link);
  return request(`${url.pathname}${url.search}`, { cookie });
}

/** The button on that page: POSTs the token from this site, as the browser does. */
export function pressSignIn(token: string, cookie?: string): Promise<Response> {
  return request("/auth/verify", { method: "POST", body: new URLSearchParams({ token }), cookie });
}

/**
 * Opens a mailed sign-in link as a person does — the page, then its button — and answers the
 * response that signs in (303 with the session cookie) or the page that refuses.
 */
export async function followSignInLink(link: string, cookie?: string): Promise<Response> {
  const page = await openSignInLink(link, cookie);
  if (page.status !== 200) return page;
  const token = /name="token" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!token) throw new Error("the sign-in page has no button with the token");
  return pressSignIn(token, cookie);
}

import { newSession } from "../../src/auth/session";
import { sessions, users, type Role } from "../../src/db/schema";
import { newId } from "../../src/lib/ids";
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

/** Opens a mailed sign-in link as a person does; answers the response that signs in (or refuses). */
export async function followSignInLink(link: string, cookie?: string): Promise<Response> {
  const url = new URL(link);
  return request(`${url.pathname}${url.search}`, { cookie });
}

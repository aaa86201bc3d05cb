/**
 * Which client someone signed in from, kept as an HMAC of the client's address and browser
 * (CLIENT_HASH_SECRET): never the address itself, and without the key a leaked database does
 * not tell whose address it was. Kept for SIGN_IN_CLIENT_DAYS after the last sign-in.
 *
 * Two uses: moderators see that a submitter signed in from the same client as a moderator
 * (four eyes with a second account), and the owner of an address still gets sign-in links from
 * a client they signed in from before while strangers flood the address (rate limits).
 */
import { and, eq, gt, inArray, lt, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Context } from "hono";
import { clientAddress } from "../abuse/rate-limit";
import type { Database } from "../db/client";
import { signInClients, users } from "../db/schema";
import type { AppEnv } from "../env";

export const SIGN_IN_CLIENT_DAYS = 30;
export const SIGN_IN_CLIENTS_KEPT_MS = SIGN_IN_CLIENT_DAYS * 86_400_000;
const DEVELOPMENT_KEY = "development-only-client-hash-key";

type ClientEnv = Pick<Env, "CLIENT_HASH_SECRET" | "ENVIRONMENT">;

let cachedKey: { secret: string; key: Promise<CryptoKey> } | null = null;

function hmacKey(env: ClientEnv): Promise<CryptoKey> | null {
  const secret = env.CLIENT_HASH_SECRET;
  if (!secret) return null;
  // The development key in wrangler.toml is public: a deployed archive must set its own.
  if (secret === DEVELOPMENT_KEY && env.ENVIRONMENT !== "development" && env.ENVIRONMENT !== "test") return null;
  if (cachedKey?.secret !== secret) {
    const key = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    cachedKey = { secret, key };
  }
  return cachedKey.key;
}

/**
 * The hash standing for this request's client (address and User-Agent), or null when no key is
 * configured — then nothing is recorded and nothing compared.
 */
export async function requestClientHash(c: Context<AppEnv>): Promise<string | null> {
  const key = hmacKey(c.env);
  if (!key) return null;
  const client = `${clientAddress(c)}\n${c.req.header("user-agent") ?? ""}`;
  const mac = await crypto.subtle.sign("HMAC", await key, new TextEncoder().encode(client));
  return [...new Uint8Array(mac).slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The statement that notes a sign-in from `clientHash`, for the sign-in's batch. */
export function recordSignInClient(db: Database, userId: string, clientHash: string, now: number) {
  return db
    .insert(signInClients)
    .values({ userId, clientHash, firstSeenAt: now, lastSeenAt: now })
    .onConflictDoUpdate({ target: [signInClients.userId, signInClients.clientHash], set: { lastSeenAt: now } });
}

/** Whether the owner of `email` signed in from this client within the kept time. */
export async function isKnownClient(db: Database, email: string, clientHash: string | null, now = Date.now()): Promise<boolean> {
  if (!clientHash) return false;
  const row = await db
    .select({ one: sql<number>`1` })
    .from(signInClients)
    .innerJoin(users, eq(users.id, signInClients.userId))
    .where(and(eq(users.email, email), eq(signInClients.clientHash, clientHash), gt(signInClients.lastSeenAt, now - SIGN_IN_CLIENTS_KEPT_MS)))
    .get();
  return row !== undefined;
}

/**
 * For each of `userIds`, the moderators and admins (other than that user) who signed in from a
 * client that user also signed in from, both within the kept time: their ids and public names.
 */
export async function moderatorsOnSameClient(db: Database, userIds: string[], now = Date.now()) {
  const found = new Map<string, Array<{ id: string; name: string | null }>>();
  if (userIds.length === 0) return found;
  const theirs = alias(signInClients, "theirs");
  const since = now - SIGN_IN_CLIENTS_KEPT_MS;
  const rows = await db
    .selectDistinct({ userId: signInClients.userId, moderatorId: users.id, name: users.displayName })
    .from(signInClients)
    .innerJoin(theirs, and(eq(theirs.clientHash, signInClients.clientHash), ne(theirs.userId, signInClients.userId), gt(theirs.lastSeenAt, since)))
    .innerJoin(users, and(eq(users.id, theirs.userId), inArray(users.role, ["moderator", "admin"])))
    .where(and(inArray(signInClients.userId, [...new Set(userIds)]), gt(signInClients.lastSeenAt, since)));
  for (const row of rows) {
    const list = found.get(row.userId) ?? [];
    list.push({ id: row.moderatorId, name: row.name });
    found.set(row.userId, list);
  }
  return found;
}

/** The nightly clean-up: sign-in clients not seen for the kept time are deleted. */
export async function pruneSignInClients(db: Database, now: number) {
  await db.delete(signInClients).where(lt(signInClients.lastSeenAt, now - SIGN_IN_CLIENTS_KEPT_MS));
}

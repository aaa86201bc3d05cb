/**
 * The client side of `npm run search:rebuild -- --remote` (and of `npm run dates:check --
 * --remote`): signs an admin in by email link; the search rebuild sends POST
 * /api/v1/admin/search/rebuild chunk after chunk until the index is rebuilt
 * (scripts/lib/remote-chunks.ts). Only web APIs (fetch), so the tests run it against the Worker
 * itself (tests/search/rebuild-remote.test.ts).
 */
import { originOf as origin, problemText as problem, RemoteChunkError, runRemoteChunks, type Fetch } from "./remote-chunks";
import { pressSignInButton } from "./sign-in-link";

export type { Fetch };
/** Kept under its old name: the search rebuild's failure, with the cursor to resume from. */
export { RemoteChunkError as RemoteRebuildError };

export interface ChunkAnswer {
  phase: "orphans" | "memorials";
  indexed: number;
  removed: number;
  next_cursor: string | null;
  done: boolean;
}

export interface RemoteRebuildOptions {
  /** The archive's address, e.g. https://archive.example.org */
  base: string;
  /** `zeugnis_session=…` of an admin. */
  cookie: string;
  limit?: number;
  /** Resume from the cursor a failed run printed. */
  cursor?: string | null;
  fetch?: Fetch;
  /** Attempts per chunk for 409 (a memorial changed meanwhile), 429, 5xx and network errors. */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  onChunk?: (chunk: ChunkAnswer, totals: RebuildTotals) => void;
}

export interface RebuildTotals {
  chunks: number;
  indexed: number;
  removed: number;
}

/** Runs the rebuild to its end; throws RemoteRebuildError with the cursor to resume from. */
export async function runRemoteRebuild(options: RemoteRebuildOptions): Promise<RebuildTotals> {
  const totals: RebuildTotals = { chunks: 0, indexed: 0, removed: 0 };
  await runRemoteChunks<ChunkAnswer>({
    ...options,
    path: "/api/v1/admin/search/rebuild",
    onChunk: (answer) => {
      totals.chunks++;
      totals.indexed += answer.indexed;
      totals.removed += answer.removed;
      options.onChunk?.(answer, totals);
    },
  });
  return totals;
}

/**
 * Signs in as `email` the way a person does: asks for a link, and `readLink` (the terminal: the
 * admin pastes it from the mail) supplies it. Answers the session cookie of an admin.
 */
export async function signInByLink(base: string, email: string, readLink: () => Promise<string>, send: Fetch = fetch): Promise<string> {
  const asked = await send(`${origin(base)}/api/v1/auth/login-link`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
  if (asked.status !== 202) throw new Error(`Asking for a sign-in link failed: ${await problem(asked)}`);
  const pasted = (await readLink()).trim();
  const link = URL.canParse(pasted) ? new URL(pasted) : null;
  if (!link || link.origin !== origin(base) || link.pathname !== "/auth/verify") {
    throw new Error(`That is not a sign-in link of ${origin(base)}.`);
  }
  const verified = await pressSignInButton(link.href, send);
  const cookie = verified.headers.get("set-cookie")?.match(/zeugnis_session=[^;]+/)?.[0];
  if (!cookie) throw new Error(`The link did not sign you in (${verified.status}); it may be used or older than 15 minutes.`);
  await requireAdmin(base, cookie, send);
  return cookie;
}

/** Checks that the session belongs to an admin before any work starts. */
export async function requireAdmin(base: string, cookie: string, send: Fetch = fetch): Promise<void> {
  const me = await send(`${origin(base)}/api/v1/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`The session is not signed in (${me.status}).`);
  const { role, email } = (await me.json()) as { role: string; email: string };
  if (role !== "admin") throw new Error(`${email} is ${role}, not admin: only admins can run this command.`);
}

/** Ends the session the command opened. */
export async function signOut(base: string, cookie: string, send: Fetch = fetch): Promise<void> {
  await send(`${origin(base)}/api/v1/auth/logout`, { method: "POST", headers: { cookie, origin: origin(base) } });
}

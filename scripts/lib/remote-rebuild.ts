/**
 * The client side of `npm run search:rebuild -- --remote`: signs an admin in by email link and
 * sends POST /api/v1/admin/search/rebuild chunk after chunk until the index is rebuilt. Only web
 * APIs (fetch), so the tests run it against the Worker itself (tests/search/rebuild-remote.test.ts).
 */
import { pressSignInButton } from "./sign-in-link";

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

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

export class RemoteRebuildError extends Error {
  constructor(
    message: string,
    /** Where to resume: pass it as --cursor. */
    readonly cursor: string | null,
  ) {
    super(message);
  }
}

const origin = (base: string) => new URL(base).origin;

async function problem(res: Response): Promise<string> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { title?: string; detail?: string };
    return `${res.status} ${body.title ?? ""}${body.detail ? `: ${body.detail}` : ""}`;
  } catch {
    return `${res.status} ${text.slice(0, 200)}`;
  }
}

/** Runs the rebuild to its end; throws RemoteRebuildError with the cursor to resume from. */
export async function runRemoteRebuild(options: RemoteRebuildOptions): Promise<RebuildTotals> {
  const send = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = options.attempts ?? 5;
  const url = `${origin(options.base)}/api/v1/admin/search/rebuild`;
  const totals: RebuildTotals = { chunks: 0, indexed: 0, removed: 0 };
  let cursor = options.cursor ?? null;
  for (;;) {
    let answer: ChunkAnswer | undefined;
    for (let attempt = 1; !answer; attempt++) {
      let failure: string;
      try {
        const res = await send(url, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: options.cookie, origin: origin(options.base) },
          body: JSON.stringify({ cursor, ...(options.limit ? { limit: options.limit } : {}) }),
        });
        if (res.ok) {
          answer = (await res.json()) as ChunkAnswer;
          break;
        }
        failure = await problem(res);
        const retryable = res.status === 409 || res.status === 429 || res.status >= 500;
        if (!retryable) throw new RemoteRebuildError(`The archive refused the rebuild: ${failure}`, cursor);
      } catch (error) {
        if (error instanceof RemoteRebuildError) throw error;
        failure = error instanceof Error ? error.message : String(error);
      }
      if (attempt >= attempts) throw new RemoteRebuildError(`Gave up after ${attempts} attempts: ${failure}`, cursor);
      await sleep(Math.min(500 * 2 ** (attempt - 1), 8000));
    }
    totals.chunks++;
    totals.indexed += answer.indexed;
    totals.removed += answer.removed;
    options.onChunk?.(answer, totals);
    if (answer.done || answer.next_cursor === null) return totals;
    cursor = answer.next_cursor;
  }
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
  if (role !== "admin") throw new Error(`${email} is ${role}, not admin: only admins can rebuild the search index.`);
}

/** Ends the session the command opened. */
export async function signOut(base: string, cookie: string, send: Fetch = fetch): Promise<void> {
  await send(`${origin(base)}/api/v1/auth/logout`, { method: "POST", headers: { cookie, origin: origin(base) } });
}

/**
 * Drives an admin API that works in chunks (POST {cursor, limit} → {next_cursor, done, …}) to
 * its end: the search index rebuild and the date consistency check. Only web APIs (fetch), so
 * tests run it against the Worker itself.
 */

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface Chunk {
  next_cursor: string | null;
  done: boolean;
}

export interface RemoteChunksOptions<T extends Chunk> {
  /** The archive's address, e.g. https://archive.example.org */
  base: string;
  /** The API path, e.g. /api/v1/admin/dates/check */
  path: string;
  /** `zeugnis_session=…` of an admin. */
  cookie: string;
  limit?: number;
  /** Resume from the cursor a failed run printed. */
  cursor?: string | null;
  fetch?: Fetch;
  /** Attempts per chunk for 409 (changed meanwhile), 429, 5xx and network errors. */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  onChunk?: (chunk: T) => void;
}

export class RemoteChunkError extends Error {
  constructor(
    message: string,
    /** Where to resume: pass it as --cursor. */
    readonly cursor: string | null,
  ) {
    super(message);
  }
}

export const originOf = (base: string) => new URL(base).origin;

export async function problemText(res: Response): Promise<string> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { title?: string; detail?: string };
    return `${res.status} ${body.title ?? ""}${body.detail ? `: ${body.detail}` : ""}`;
  } catch {
    return `${res.status} ${text.slice(0, 200)}`;
  }
}

/** Sends chunk after chunk until done; throws RemoteChunkError with the cursor to resume from. */
export async function runRemoteChunks<T extends Chunk>(options: RemoteChunksOptions<T>): Promise<number> {
  const send = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = options.attempts ?? 5;
  const url = `${originOf(options.base)}${options.path}`;
  let cursor = options.cursor ?? null;
  for (let chunks = 1; ; chunks++) {
    let answer: T | undefined;
    for (let attempt = 1; !answer; attempt++) {
      let failure: string;
      try {
        const res = await send(url, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: options.cookie, origin: originOf(options.base) },
          body: JSON.stringify({ cursor, ...(options.limit ? { limit: options.limit } : {}) }),
        });
        if (res.ok) {
          answer = (await res.json()) as T;
          break;
        }
        failure = await problemText(res);
        const retryable = res.status === 409 || res.status === 429 || res.status >= 500;
        if (!retryable) throw new RemoteChunkError(`The archive refused: ${failure}`, cursor);
      } catch (error) {
        if (error instanceof RemoteChunkError) throw error;
        failure = error instanceof Error ? error.message : String(error);
      }
      if (attempt >= attempts) throw new RemoteChunkError(`Gave up after ${attempts} attempts: ${failure}`, cursor);
      await sleep(Math.min(500 * 2 ** (attempt - 1), 8000));
    }
    options.onChunk?.(answer);
    if (answer.done || answer.next_cursor === null) return chunks;
    cursor = answer.next_cursor;
  }
}

import { vi } from "vitest";

export interface RequestLogLine {
  msg: string;
  request_id: string;
  route: string;
  status: number;
  duration_ms: number;
  d1_session: string;
  d1_queries: number;
  rows_read: number;
  rows_written: number;
  d1_unmetered?: number;
  /** The page cache's answer (hit, miss, bypass) on the routes it serves. */
  cache?: string;
}

/**
 * Runs a request and returns its response with the JSON log line the Worker wrote for it (matched
 * by X-Request-Id), as Workers Logs would receive it.
 */
export async function withRequestLog(run: () => Promise<Response>): Promise<{ res: Response; line: RequestLogLine }> {
  const spy = vi.spyOn(console, "log");
  try {
    const res = await run();
    const id = res.headers.get("x-request-id");
    const line = spy.mock.calls
      .map((args) => String(args[0]))
      .filter((text) => text.startsWith("{"))
      .map((text) => JSON.parse(text) as RequestLogLine)
      .find((entry) => entry.msg === "request" && entry.request_id === id);
    if (!line) throw new Error(`no request log line for ${id}`);
    return { res, line };
  } finally {
    spy.mockRestore();
  }
}

/** The value of one cookie set by a response, or undefined. */
export function setCookieValue(res: Response, name: string): { value: string; attributes: string } | undefined {
  for (const header of res.headers.getSetCookie()) {
    const [pair = "", ...attributes] = header.split(";");
    const [key, ...value] = pair.split("=");
    if (key?.trim() === name) return { value: value.join("=").trim(), attributes: attributes.join(";") };
  }
  return undefined;
}

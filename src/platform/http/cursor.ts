/**
 * Opaque pagination cursors: the sort key of the last item, base64url-encoded JSON. Clients
 * pass them back unchanged; a tampered cursor answers 400, never a wrong page.
 */
import { AppError } from "./errors";

export function encodeCursor(key: ReadonlyArray<string | number>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor(cursor: string, shape: ReadonlyArray<"string" | "number">): Array<string | number> {
  try {
    const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    const key: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0))));
    if (Array.isArray(key) && key.length === shape.length && key.every((v, i) => typeof v === shape[i])) {
      return key as Array<string | number>;
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("bad_request", "The cursor is not valid; start again without it.");
}

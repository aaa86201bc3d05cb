/**
 * Where the archive may send a browser next: only a path of this site. Browsers drop tabs and
 * line breaks from a Location and read `\` as `/`, so a string check is not enough
 * (`/\t/evil.example` is `//evil.example` to them). The value is parsed by the URL parser
 * against a stand-in origin, and only what stays on that origin, written back in its
 * normalised (percent-encoded, ASCII) form, is accepted.
 */
import { z } from "zod";

export const MAX_LOCAL_PATH_LENGTH = 500;

const STANDIN_ORIGIN = "https://local.invalid";
/** C0 and C1 control characters, DEL, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * What must not reach the path even percent-encoded or as a look-alike (fullwidth ／ and ＼):
 * a decoder or a Unicode normaliser further on would revive it.
 */
function decodesToDanger(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path).normalize("NFKC");
  } catch {
    return true;
  }
  return CONTROL.test(decoded) || decoded.includes("\\") || decoded.startsWith("//");
}

/**
 * The same-origin path (with query and fragment) that `value` names, or null when it names
 * anything else or could be read differently by a browser.
 * @example localPath("/memorials/max-zucker?lang=de") // "/memorials/max-zucker?lang=de"
 * @example localPath("/\t/evil.example") // null
 */
export function localPath(value: string | null | undefined): string | null {
  if (!value || value.length > MAX_LOCAL_PATH_LENGTH) return null;
  if (CONTROL.test(value) || value.includes("\\") || !value.startsWith("/") || value.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(value, STANDIN_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== STANDIN_ORIGIN) return null;
  // Dot segments collapse while parsing ("/.//x" becomes "//x"), so the result is checked again.
  if (url.pathname.startsWith("//") || decodesToDanger(url.pathname)) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.length <= MAX_LOCAL_PATH_LENGTH ? path : null;
}

/**
 * A JSON field that must be a path of this site: control characters and anything else are
 * refused at the schema with the field's path (422), before anything is stored or spent.
 */
export const localPathField = z
  .string()
  .max(MAX_LOCAL_PATH_LENGTH)
  .refine((value) => !CONTROL.test(value), { error: "must not contain control characters such as tabs or line breaks", abort: true })
  .refine((value) => localPath(value) !== null, { error: "must be a path on this site, such as /memorials/max-zucker" })
  .transform((value) => localPath(value)!);

/**
 * A revised Markdown text as a reader sees it: rendered (src/codecs/markdown.ts), with the words
 * taken out struck through (<del>) and the words put in marked (<ins>). The changes are found on
 * the rendered HTML, word by word, so the markup of the new text stays whole: every tag of the
 * new rendering is kept in order, no tag of the old one is, and <ins>/<del> only ever wrap text.
 * Screen readers do not announce <ins>/<del>, so each carries a visually hidden word saying which.
 */
import { renderMarkdown } from "./markdown";
import { diffTokens, tokenize } from "../domain/word-diff";

export interface ChangeWords {
  /** Read out before inserted words, e.g. "added:". */
  added: string;
  /** Read out before removed words, e.g. "removed:". */
  removed: string;
}

const isTag = (token: string) => token.startsWith("<");
const WHITESPACE = /^\s+$/;

/** Text tokens of HTML: a character reference ("&amp;") stays one token, so no mark splits it. */
const HTML_TEXT_TOKENS = /\s+|&#?\w+;|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tags whole, text split into words, whitespace and punctuation. micromark escapes every "<" in text. */
function htmlTokens(html: string): string[] {
  return html.split(/(<[^>]*>)/).flatMap((part) => (part === "" ? [] : isTag(part) ? [part] : tokenize(part, HTML_TEXT_TOKENS)));
}

const sameToken = (a: string, b: string) =>
  a === b || (!isTag(a) && !isTag(b) && WHITESPACE.test(a) && WHITESPACE.test(b));

/** Characters a label may hold, escaped for HTML text. */
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The new text rendered, with word-level changes against the old one marked.
 * @example markdownChanges("He was *murdered* in 1941.", "He was *killed* in 1941.", words)
 * // '<p>He was <em><del>…murdered</del><ins>…killed</ins></em> in 1941.</p>'
 */
export function markdownChanges(before: string, after: string, words: ChangeWords): string {
  const script = diffTokens(htmlTokens(renderMarkdown(before)), htmlTokens(renderMarkdown(after)), sameToken);
  const out: string[] = [];
  let open: "ins" | "del" | null = null;
  let pending: string[] = [];
  const close = () => {
    if (!open) return;
    // A run of nothing but whitespace is no change worth marking.
    if (pending.some((t) => !WHITESPACE.test(t))) {
      const label = escapeText(open === "ins" ? words.added : words.removed);
      out.push(`<${open}><span class="visually-hidden">${label} </span>${pending.join("")}</${open}>`);
    } else if (open === "ins") out.push(...pending);
    open = null;
    pending = [];
  };
  for (const { op, token } of script) {
    if (isTag(token)) {
      close();
      if (op !== "removed") out.push(token);
      continue;
    }
    const mark = op === "added" ? "ins" : op === "removed" ? "del" : null;
    if (mark !== open) close();
    if (mark) {
      open = mark;
      pending.push(token);
    } else out.push(token);
  }
  close();
  return out.join("");
}

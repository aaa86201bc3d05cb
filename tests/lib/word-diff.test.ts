import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownChanges } from "../../src/codecs/markdown-diff";
import { diffTokens, diffWords, tokenize } from "../../src/domain/word-diff";

const words = { added: "added:", removed: "removed:" };
const textOf = (segments: Array<{ op: string; text: string }>, keep: string) =>
  segments.filter((s) => s.op === "same" || s.op === keep).map((s) => s.text).join("");

describe("word-level changes of a text", () => {
  it("marks only the words that changed", () => {
    expect(diffWords("Max Zucker was arrested in 1937 in Moscow.", "Max Zucker was arrested in March 1938 in Moscow.")).toEqual([
      { op: "same", text: "Max Zucker was arrested in " },
      { op: "removed", text: "1937" },
      { op: "added", text: "March 1938" },
      { op: "same", text: " in Moscow." },
    ]);
  });

  it("treats re-wrapped lines as the same text", () => {
    expect(diffWords("He fled\nto Moscow.", "He fled  to Moscow.")).toEqual([{ op: "same", text: "He fled  to Moscow." }]);
  });

  it("shows an addition at the start and a removal at the end", () => {
    expect(diffWords("fled to Moscow in 1933", "He fled to Moscow")).toEqual([
      { op: "added", text: "He " },
      { op: "same", text: "fled to Moscow" },
      { op: "removed", text: " in 1933" },
    ]);
  });

  it("keeps every word of both texts, in order (generated texts)", () => {
    const text = fc.array(fc.constantFrom("a", "b", "c", "1937", "Moscow", " ", "\n"), { maxLength: 40 }).map((t) => t.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const script = diffTokens(tokenize(before), tokenize(after), (a, b) => a === b);
        expect(script.filter((s) => s.op !== "added").map((s) => s.token).join("")).toBe(before);
        expect(script.filter((s) => s.op !== "removed").map((s) => s.token).join("")).toBe(after);
      }),
      { numRuns: 500 },
    );
  });

  it("finds the fewest changes when the texts share most words", () => {
    const before = Array.from({ length: 400 }, (_, i) => `w${i}`).join(" ");
    const after = before.replace("w10 ", "").replace("w300", "w300 new");
    const segments = diffWords(before, after);
    expect(segments.filter((s) => s.op !== "same").map((s) => [s.op, s.text.trim()])).toEqual([
      ["removed", "w10"],
      ["added", "new"],
    ]);
    expect(textOf(segments, "removed").replace(/\s+/g, " ")).toBe(before);
    expect(textOf(segments, "added").replace(/\s+/g, " ")).toBe(after);
  });
});

describe("a revised Markdown text, rendered with its changes", () => {
  it("renders the Markdown and marks the changed words inside the formatting", () => {
    const html = markdownChanges("He was *murdered* in 1941.", "He was *killed* in 1941.", words);
    expect(html).toBe(
      '<p>He was <em><del><span class="visually-hidden">removed: </span>murdered</del><ins><span class="visually-hidden">added: </span>killed</ins></em> in 1941.</p>',
    );
  });

  it("keeps the new text's structure when a paragraph is split and a link added", () => {
    const html = markdownChanges("First part. Second part.", "First part.\n\nSecond part, see [Memorial](https://memo.ru).", words);
    expect(html).toContain('<p>First part.</p>');
    expect(html).toContain('<a href="https://memo.ru"><ins><span class="visually-hidden">added: </span>Memorial</ins></a>');
    expect(html).not.toMatch(/\[Memorial\]|\*/);
    const opened = (html.match(/<(p|a|ins|del)\b/g) ?? []).length;
    const closed = (html.match(/<\/(p|a|ins|del)>/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it("lets no markup from the text through, old or new", () => {
    const html = markdownChanges("<b>old</b> text", '<img src=x onerror="alert(1)"> text', words);
    expect(html).not.toMatch(/<b>|<img/);
    expect(html).toContain("&lt;");
    expect(html).toContain("img src=x onerror=&quot;alert(1)&quot;");
  });
});

/**
 * HTML checks with workerd's HTMLRewriter (a streaming parser: no DOM in Workers). Cheap enough
 * for every test run; the Nu Html Checker (scripts/check-pages.ts) stays the full check.
 */

/** Elements whose content model is phrasing content only (HTML Living Standard §4). */
const PHRASING_ONLY = new Set(
  "p span code strong em b i small label h1 h2 h3 h4 h5 h6 pre abbr cite q time sub sup mark s u var kbd samp dfn bdi bdo data output button".split(" "),
);
/** Flow content that is not phrasing content: never allowed inside the elements above. */
const BLOCK = new Set(
  "address article aside blockquote details dialog div dl fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre section table ul".split(" "),
);

/** Elements without an end tag. */
export const VOID = new Set("area base br col embed hr img input link meta source track wbr".split(" "));

/**
 * Every block element that sits inside a phrasing-only element, as "<ul> inside <span>" (empty
 * when the nesting is valid). Text-level only: attributes and other content rules are vnu's job.
 *
 * @example expect(await blockInPhrasing(await res.text())).toEqual([])
 */
export async function blockInPhrasing(html: string): Promise<string[]> {
  const open: string[] = [];
  const problems: string[] = [];
  const rewriter = new HTMLRewriter().on("*", {
    element(el) {
      const tag = el.tagName.toLowerCase();
      const phrasing = open.findLast((t) => PHRASING_ONLY.has(t));
      if (BLOCK.has(tag) && phrasing) problems.push(`<${tag}> inside <${phrasing}>`);
      if (VOID.has(tag)) return;
      open.push(tag);
      el.onEndTag(() => {
        const at = open.lastIndexOf(tag);
        if (at >= 0) open.length = at;
      });
    },
  });
  await rewriter.transform(new Response(html)).text();
  return [...new Set(problems)];
}

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

/** Decodes the character references a page may contain (hono escapes & < > " '). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

export interface PageScan {
  /** "tag" → how often it occurs. */
  elements: Map<string, number>;
  /** Elements and attributes that may run script or change the page. */
  dangers: string[];
  /** The page's text outside <script>/<style>, character references decoded. */
  text: string;
  /** The content of JSON <script> blocks (JSON-LD, map data). */
  json: string[];
}

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "cite", "ping"]);
const SCRIPT_URL = /^(javascript|vbscript|livescript|data:text\/html)/i;
/** What Markdown (micromark, src/codecs/markdown.ts) may produce. */
const MARKDOWN_ELEMENTS = new Set("p a img em strong code pre blockquote ul ol li h1 h2 h3 h4 h5 h6 hr br".split(" "));
const MARKDOWN_ATTRIBUTES = new Set(["href", "src", "alt", "title", "start", "class"]);

/**
 * Reads a page the way an attacker would hope a browser does: which elements it has, every on…
 * attribute, inline style, script URL and `data-xss` marker (tests/security/browser/
 * xss-payloads.ts), and its text. With `markdown`, also every element or attribute Markdown
 * itself cannot produce.
 */
export async function scanPage(html: string, options: { markdown?: boolean } = {}): Promise<PageScan> {
  const elements = new Map<string, number>();
  const dangers: string[] = [];
  const text: string[] = [];
  const json: string[] = [];
  let raw: "json" | "script" | "style" | null = null;
  let current = "";
  const rewriter = new HTMLRewriter()
    .on("*", {
      element(el) {
        const tag = el.tagName.toLowerCase();
        elements.set(tag, (elements.get(tag) ?? 0) + 1);
        if (options.markdown && !MARKDOWN_ELEMENTS.has(tag)) dangers.push(`<${tag}> from Markdown`);
        for (const [name = "", value = ""] of el.attributes) {
          const attr = name.toLowerCase();
          const plain = decodeEntities(value).replace(/[\s\p{C}]/gu, "");
          if (attr.startsWith("on")) dangers.push(`<${tag} ${attr}>`);
          if (attr === "data-xss" || attr === "style" || attr === "srcdoc" || attr === "http-equiv") dangers.push(`<${tag} ${attr}>`);
          if (URL_ATTRIBUTES.has(attr) && SCRIPT_URL.test(plain)) dangers.push(`<${tag} ${attr}="${value.slice(0, 40)}">`);
          if (options.markdown && !MARKDOWN_ATTRIBUTES.has(attr)) dangers.push(`<${tag} ${attr}> from Markdown`);
        }
        if (tag === "script" || tag === "style") {
          raw = tag === "style" ? "style" : /json/.test(el.getAttribute("type") ?? "") ? "json" : "script";
          current = "";
          el.onEndTag(() => {
            if (raw === "json") json.push(current);
            raw = null;
          });
        }
      },
    })
    .onDocument({
      text(chunk) {
        if (raw) current += chunk.text;
        else text.push(chunk.text);
      },
    });
  await rewriter.transform(new Response(html)).text();
  return { elements, dangers: [...new Set(dangers)], text: decodeEntities(text.join("")), json };
}

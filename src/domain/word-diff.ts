/**
 * Word-level differences between two texts, as a reader marks up a revised page: words kept,
 * words struck out, words inserted. Myers' O(ND) algorithm on word tokens; whitespace counts as
 * one kind of token whatever its width, so re-wrapped lines are not changes. Pure: no I/O.
 */

export type WordOp = "same" | "added" | "removed";

export interface WordSegment {
  op: WordOp;
  text: string;
}

/**
 * Past this many differing tokens the texts have little in common: the whole old text is shown
 * as removed and the whole new text as added, which reads better and bounds the work (Myers
 * keeps O(D²) numbers).
 */
const MAX_EDITS = 1_000;

const WHITESPACE = /^\s+$/;
const sameToken = (a: string, b: string) => a === b || (WHITESPACE.test(a) && WHITESPACE.test(b));

const TOKENS = /\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Words, whitespace and each punctuation mark on its own, so that "bridge." and "bridge over"
 * share the word: "the bridge." → ["the", " ", "bridge", "."].
 * `pattern` may keep more together (character references in HTML text).
 */
export function tokenize(text: string, pattern: RegExp = TOKENS): string[] {
  return text.match(pattern) ?? [];
}

/**
 * The edit script turning `before` into `after`: each token of both, in order, marked same,
 * removed or added (removals of a change come before its additions).
 */
export function diffTokens(
  before: readonly string[],
  after: readonly string[],
  equal: (a: string, b: string) => boolean = sameToken,
): Array<{ op: WordOp; token: string }> {
  let start = 0;
  while (start < before.length && start < after.length && equal(before[start]!, after[start]!)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && equal(before[endB - 1]!, after[endA - 1]!)) [endB, endA] = [endB - 1, endA - 1];
  const middle = myers(before.slice(start, endB), after.slice(start, endA), equal) ?? [
    ...before.slice(start, endB).map((token) => ({ op: "removed" as const, token })),
    ...after.slice(start, endA).map((token) => ({ op: "added" as const, token })),
  ];
  return [
    ...after.slice(0, start).map((token) => ({ op: "same" as const, token })),
    ...middle,
    ...after.slice(endA).map((token) => ({ op: "same" as const, token })),
  ];
}

/** Myers' greedy forward search, keeping each round's frontier to walk back; null past MAX_EDITS. */
function myers(a: readonly string[], b: readonly string[], equal: (x: string, y: string) => boolean) {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const frontier = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(n + m, MAX_EDITS); d++) {
    // Only diagonals -d..d can be reached after d edits: keep just those.
    trace.push(frontier.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
      let x = down ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && equal(a[x]!, b[y]!)) [x, y] = [x + 1, y + 1];
      frontier[offset + k] = x;
      if (x >= n && y >= m) return walkBack(trace, a, b, d);
    }
  }
  return null;
}

function walkBack(trace: Int32Array[], a: readonly string[], b: readonly string[], edits: number) {
  const script: Array<{ op: WordOp; token: string }> = [];
  let x = a.length;
  let y = b.length;
  for (let d = edits; d > 0; d--) {
    // trace[d] holds the frontier as it was before round d, diagonals -(d-1)..(d-1) at index k + d.
    const before = trace[d]!;
    const at = (k: number) => before[k + d]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) script.push({ op: "same", token: b[--y]! }), x--;
    if (down) script.push({ op: "added", token: b[--y]! });
    else script.push({ op: "removed", token: a[--x]! });
  }
  while (x > 0 && y > 0) script.push({ op: "same", token: b[--y]! }), x--;
  return orderHunks(script.reverse());
}

/** Within each run of changes, removals first: "<del>old</del><ins>new</ins>" reads in order. */
function orderHunks(script: Array<{ op: WordOp; token: string }>) {
  const ordered: typeof script = [];
  let hunk: typeof script = [];
  const flush = () => {
    ordered.push(...hunk.filter((s) => s.op === "removed"), ...hunk.filter((s) => s.op === "added"));
    hunk = [];
  };
  for (const step of script) {
    if (step.op === "same") {
      flush();
      ordered.push(step);
    } else hunk.push(step);
  }
  flush();
  return ordered;
}

/**
 * Two plain texts as runs of kept, removed and added words.
 * @example diffWords("arrested in 1937", "arrested in March 1938")
 * // [{op:"same",text:"arrested in "},{op:"removed",text:"1937"},{op:"added",text:"March 1938"}]
 */
export function diffWords(before: string, after: string): WordSegment[] {
  const segments: WordSegment[] = [];
  for (const { op, token } of diffTokens(tokenize(before), tokenize(after))) {
    const last = segments[segments.length - 1];
    if (last && last.op === op) last.text += token;
    else segments.push({ op, text: token });
  }
  return absorbLoneSpaces(segments);
}

/**
 * A space between a removed and an added run belongs to both: show it as kept, not as
 * "<del>1937 </del><ins>March </ins>", and drop whitespace-only changes.
 */
function absorbLoneSpaces(segments: WordSegment[]): WordSegment[] {
  const result: WordSegment[] = [];
  for (const segment of segments) {
    const only = WHITESPACE.test(segment.text);
    if (only && segment.op === "removed") continue;
    const last = result[result.length - 1];
    const op = only ? "same" : segment.op;
    if (last && last.op === op) last.text += segment.text;
    else result.push({ op, text: segment.text });
  }
  return result;
}

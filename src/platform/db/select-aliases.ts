/**
 * Gives every column of a SELECT's result a unique name, so that D1's `all()` — the call that
 * reports rows read and written — can stand in for `raw()`, which drops that report. Drizzle
 * reads every query-builder select through `raw()` (arrays keep columns whose names repeat,
 * such as `"sessions"."id", "users"."id"`); with an alias on each column the same rows come back
 * as objects whose keys we read in order.
 *
 * Only the outermost select list is touched; everything else (WITH clauses, subqueries, strings,
 * comments) is skipped by a small scanner. When the list cannot be aliased safely (`*`, a
 * statement that is not a SELECT, names that would still repeat) the answer is null and the
 * caller keeps `raw()`.
 */

interface Token {
  kind: "word" | "quoted" | "group" | "comma" | "other";
  start: number;
  end: number;
  /** As written; unquoted for quoted identifiers. */
  text: string;
}

export interface AliasedSelect {
  sql: string;
  /** The result column names, in select-list order. */
  names: string[];
}

const LIST_END = new Set(["from", "where", "group", "having", "window", "order", "limit", "union", "intersect", "except"]);
const STATEMENT_START = new Set(["select", "insert", "update", "delete", "replace", "values"]);

/** Index after a quoted run starting at `i` (`'…'`, `"…"`, `` `…` `` with doubled quotes; `[…]`). */
function skipQuoted(sql: string, i: number): number {
  const close = sql[i] === "[" ? "]" : sql[i]!;
  let j = i + 1;
  while (j < sql.length) {
    if (sql[j] === close) {
      if (close !== "]" && sql[j + 1] === close) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** Index after a comment starting at `i`, or `i` when there is none. */
function skipComment(sql: string, i: number): number {
  if (sql.startsWith("--", i)) {
    const end = sql.indexOf("\n", i);
    return end === -1 ? sql.length : end + 1;
  }
  if (sql.startsWith("/*", i)) {
    const end = sql.indexOf("*/", i + 2);
    return end === -1 ? sql.length : end + 2;
  }
  return i;
}

/** Index after the parenthesised group starting at `i` (nested groups, quotes, comments skipped). */
function skipGroup(sql: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < sql.length) {
    const ch = sql[j]!;
    const afterComment = skipComment(sql, j);
    if (afterComment !== j) j = afterComment;
    else if (ch === "'" || ch === '"' || ch === "`" || ch === "[") j = skipQuoted(sql, j);
    else {
      if (ch === "(") depth++;
      else if (ch === ")" && --depth === 0) return j + 1;
      j++;
    }
  }
  return j;
}

/** The statement's top-level tokens; groups in parentheses are single tokens. */
export function topLevelTokens(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    const afterComment = skipComment(sql, i);
    if (afterComment !== i) {
      i = afterComment;
    } else if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"' || ch === "`" || ch === "[") {
      const end = skipQuoted(sql, i);
      const inner = sql.slice(i + 1, end - 1);
      tokens.push({ kind: "quoted", start: i, end, text: ch === "[" ? inner : inner.replaceAll(ch + ch, ch) });
      i = end;
    } else if (ch === "'") {
      const end = skipQuoted(sql, i);
      tokens.push({ kind: "other", start: i, end, text: sql.slice(i, end) });
      i = end;
    } else if (ch === "(") {
      const end = skipGroup(sql, i);
      tokens.push({ kind: "group", start: i, end, text: "" });
      i = end;
    } else if (ch === ",") {
      tokens.push({ kind: "comma", start: i, end: i + 1, text: "," });
      i++;
    } else {
      const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i, i + 64));
      const end = word ? i + word[0].length : i + 1;
      tokens.push({ kind: word ? "word" : "other", start: i, end, text: word ? word[0] : ch });
      i = end;
    }
  }
  return tokens;
}

function isWord(token: Token | undefined, words: string | Set<string>): boolean {
  if (token?.kind !== "word") return false;
  const lower = token.text.toLowerCase();
  return typeof words === "string" ? lower === words : words.has(lower);
}

/** The first token of the main statement, after an optional WITH clause. */
function mainStatementStart(tokens: Token[]): number {
  if (isWord(tokens[0], "select")) return 0;
  if (!isWord(tokens[0], "with")) return -1;
  return tokens.findIndex((t) => isWord(t, STATEMENT_START));
}

function splitItems(tokens: Token[]): Token[][] {
  const items: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === "comma") items.push([]);
    else items.at(-1)!.push(token);
  }
  return items;
}

/** The existing `AS name` alias of a select-list item, if it ends with one. */
function explicitAlias(item: Token[]): string | undefined {
  const [as, name] = item.slice(-2);
  if (item.length < 3 || !isWord(as, "as")) return undefined;
  return name?.kind === "quoted" ? name.text : name?.kind === "word" ? name.text : undefined;
}

/**
 * @example aliasSelectList('select "a"."id", "b"."id" from a join b') →
 *   { sql: 'select "a"."id" AS "__c0", "b"."id" AS "__c1" from a join b', names: ["__c0", "__c1"] }
 */
export function aliasSelectList(sql: string): AliasedSelect | null {
  const tokens = topLevelTokens(sql);
  let i = mainStatementStart(tokens);
  if (i === -1 || !isWord(tokens[i], "select")) return null;
  i++;
  if (isWord(tokens[i], "distinct") || isWord(tokens[i], "all")) i++;
  let end = i;
  while (end < tokens.length && !isWord(tokens[end], LIST_END)) end++;

  const names: string[] = [];
  const insertions: Array<{ at: number; text: string }> = [];
  for (const item of splitItems(tokens.slice(i, end))) {
    const last = item.at(-1);
    if (!last || last.text === "*") return null;
    const alias = explicitAlias(item);
    if (alias !== undefined) {
      names.push(alias);
    } else {
      const name = `__c${names.length}`;
      names.push(name);
      insertions.push({ at: last.end, text: ` AS "${name}"` });
    }
  }
  if (new Set(names).size !== names.length) return null;
  let out = sql;
  for (const { at, text } of insertions.reverse()) out = out.slice(0, at) + text + out.slice(at);
  return { sql: out, names };
}

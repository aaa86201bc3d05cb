/** Keeping the document's references to sources consistent when sources are added or removed. */
import { rowsOf, stringOf, type Draft, type Row } from "../form/draft";

const SOURCE_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** A key for a new source that no other source uses: s1, s2, … */
export function nextSourceId(sources: Row[]): string {
  const used = new Set(sources.map((s) => stringOf(s.id)));
  let n = sources.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

export function validSourceId(value: string | undefined, taken: Set<string>): string | undefined {
  return value && SOURCE_ID.test(value) && !taken.has(value) ? value : undefined;
}

function withoutRefs(row: Row, removed: Set<string>): Row {
  if (!Array.isArray(row.sources)) return row;
  return { ...row, sources: row.sources.filter((id) => !removed.has(String(id))) };
}

/** The draft without references to removed sources, wherever they were cited. */
export function dropSourceRefs(draft: Draft, removed: Set<string>): Draft {
  if (removed.size === 0) return draft;
  const strip = (rows: unknown) => rowsOf(rows).map((r) => withoutRefs(r, removed));
  return {
    ...draft,
    names: strip(draft.names),
    relations: strip(draft.relations),
    markers: strip(draft.markers),
    events: strip(draft.events).map((e) =>
      Array.isArray(e.alternatives) ? { ...e, alternatives: strip(e.alternatives) } : e,
    ),
  };
}

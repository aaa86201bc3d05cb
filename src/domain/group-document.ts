/**
 * The group document (domain.md, "Groups"): a collective fact — a transport, a handover, a list or
 * document, an operation, a trial, a camp cohort — with its members and its counts. Like the person
 * document it is stored whole in every revision; nothing is edited in place. Dates, places and
 * sources are the person document's own shapes, so the same date rules (EDTF with words) hold.
 */
import { z } from "zod";
import { cleanText } from "./text-rules";
import { CERTAINTIES, dateValue, localizedText, place, source } from "./person-document";

export const GROUP_KINDS = [
  "transport",
  "handover",
  "list",
  "document",
  "operation",
  "trial",
  "camp_cohort",
  "circle",
  "statistic",
  "literature",
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** What a person was in the group; a membership says it, not the group. */
export const MEMBER_ROLES = [
  "on_transport",
  "handed_over",
  "refused_to_cross",
  "named_in_list",
  "defendant",
  "arrested",
  "member",
  "mentioned",
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Where a place stands on the group's route. */
export const PLACE_ROLES = ["from", "via", "handed_over_at", "to", "where"] as const;

/** How a figure is given: "325", "about 60", "at least 350", "no more than 350", "more than 600". */
export const COUNT_QUALIFIERS = ["exact", "about", "at_least", "at_most", "more_than"] as const;

/**
 * A count as one source gives it. Counts that disagree stay side by side, each with its source;
 * `disputed` says another source gives a different figure for the same thing, never an average.
 */
export const COUNT_STATUSES = ["stated", "disputed", "refuted"] as const;

export const GROUP_LIMITS = { members: 500, counts: 30, places: 20, sources: 50, unnamed: 1_000_000 } as const;

const sourceRefs = z.array(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/)).max(30);

export const groupMember = z
  .strictObject({
    memorial_id: z.string().regex(/^mem_[a-z0-9]{8,40}$/, { error: "is not a memorial id" }).optional(),
    /** The name as the source gives it, for someone without a memorial ("a German teacher"). */
    name: cleanText(300).optional(),
    role: z.enum(MEMBER_ROLES),
    certainty: z.enum(CERTAINTIES).default("documented"),
    note: localizedText(2_000).optional(),
    sources: sourceRefs.default([]),
  })
  .refine((m) => m.memorial_id || m.name, { error: "needs a memorial or a name", path: ["name"] });

export const groupCount = z.strictObject({
  /** What is counted, in words ("prisoners on the train"). */
  what: localizedText(300),
  value: z.number().int().min(0).max(10_000_000),
  qualifier: z.enum(COUNT_QUALIFIERS).default("exact"),
  /** The source's own words, when they say more than the figure ("with 29 others"). */
  words: cleanText(300).optional(),
  status: z.enum(COUNT_STATUSES).default("stated"),
  sources: sourceRefs.min(1, { error: "a count needs its source" }),
});

export const groupPlace = z.strictObject({ role: z.enum(PLACE_ROLES), place });

export const groupDocumentSchema = z
  .strictObject({
    kind: z.enum(GROUP_KINDS),
    /** The name in English is required; German and Russian where known. */
    name: z.strictObject({ en: cleanText(300), de: cleanText(300).optional(), ru: cleanText(300).optional() }),
    date: dateValue.optional(),
    places: z.array(groupPlace).max(GROUP_LIMITS.places).default([]),
    description: localizedText(5_000).optional(),
    sources: z.array(source).min(1, { error: "a group needs at least one source" }).max(GROUP_LIMITS.sources),
    counts: z.array(groupCount).max(GROUP_LIMITS.counts).default([]),
    members: z.array(groupMember).max(GROUP_LIMITS.members).default([]),
    /** People the sources count but do not name. */
    unnamed_count: z.number().int().min(0).max(GROUP_LIMITS.unnamed).optional(),
  })
  .superRefine((doc, ctx) => {
    const known = new Set(doc.sources.map((s) => s.id));
    const check = (refs: string[], path: (string | number)[]) =>
      refs.forEach((ref, i) => {
        if (!known.has(ref)) ctx.addIssue({ code: "custom", path: [...path, i], message: `names source "${ref}", which the group does not list` });
      });
    doc.counts.forEach((count, i) => check(count.sources, ["counts", i, "sources"]));
    doc.members.forEach((member, i) => check(member.sources, ["members", i, "sources"]));
    const linked = new Set<string>();
    doc.members.forEach((member, i) => {
      if (!member.memorial_id) return;
      if (linked.has(member.memorial_id)) ctx.addIssue({ code: "custom", path: ["members", i, "memorial_id"], message: "is already a member of this group" });
      linked.add(member.memorial_id);
    });
  });

export type GroupDocument = z.infer<typeof groupDocumentSchema>;
export type GroupMember = z.infer<typeof groupMember>;
export type GroupCount = z.infer<typeof groupCount>;

/** A stored document, parsed again so that defaults added since it was written are filled. */
export function readStoredGroupDocument(json: string): GroupDocument {
  return groupDocumentSchema.parse(JSON.parse(json));
}

/** The name in the reader's language, English when the group has none in it. */
export function groupName(doc: Pick<GroupDocument, "name">, locale: "en" | "de" | "ru"): string {
  return doc.name[locale] ?? doc.name.en;
}

/** How many people the group holds as the archive knows them: named members plus the unnamed. */
export function memberCount(doc: Pick<GroupDocument, "members" | "unnamed_count">): number {
  return doc.members.length + (doc.unnamed_count ?? 0);
}

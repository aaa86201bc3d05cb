/**
 * The search parameters of /search and GET /api/v1/memorials, validated once for both.
 * Repeated parameters (fate=arrest&fate=handover) arrive as arrays.
 */
import { z } from "zod";
import { EVENT_TYPES, PERSECUTORS } from "../../domain/person-document";

export const SORTS = ["relevance", "name", "date"] as const;
export type Sort = (typeof SORTS)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

const year = z
  .union([z.literal(""), z.coerce.number().int().min(1000).max(2100)])
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(EVENT_TYPES.length));

export const searchParamsSchema = z.object({
  q: z.string().trim().max(200).default(""),
  fate: list(z.enum(EVENT_TYPES)),
  persecutor: z.union([z.literal(""), z.enum(PERSECUTORS)]).optional().transform((v) => v || undefined),
  event: z.union([z.literal(""), z.enum(EVENT_TYPES)]).optional().transform((v) => v || undefined),
  from: year,
  to: year,
  place: optionalText(100),
  country: z
    .string()
    .trim()
    .regex(/^([A-Za-z]{2})?$/, { error: "must be a two-letter country code" })
    .optional()
    .transform((v) => (v ? v.toUpperCase() : undefined)),
  nationality: optionalText(100),
  organisation: optionalText(300),
  marker: z
    .enum(["", "1", "true", "on"])
    .optional()
    .transform((v) => v !== undefined && v !== ""),
  sort: z.union([z.literal(""), z.enum(SORTS)]).optional().transform((v) => v || undefined),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Whether anything narrows the archive at all; without it /search shows only the form. */
export function hasCriteria(p: SearchParams): boolean {
  return (
    p.q.length > 0 ||
    p.fate.length > 0 ||
    Boolean(p.persecutor || p.event || p.from || p.to || p.place || p.country || p.nationality || p.organisation) ||
    p.marker
  );
}

/** Query-string values, single or repeated, as the schema expects them. */
export function rawSearchParams(url: string): Record<string, string | string[]> {
  const params = new URL(url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = key === "fate" ? values : values[values.length - 1]!;
  }
  return raw;
}

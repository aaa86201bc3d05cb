/** The whole D1 schema; drizzle-kit generates migrations/ from it. */
export * from "./schema/users";
export * from "./schema/memorials";
export * from "./schema/revisions";
export * from "./schema/published";
export * from "./schema/audit-mail-reports";
export * from "./schema/media-files";
export * from "./schema/moderation";
export * from "./schema/search";
export * from "./schema/opendata";
export * from "./schema/counts";
export * from "./schema/date-findings";
export * from "./schema/groups";

/**
 * The API's operations, described next to the zod schemas the handlers validate with. Each
 * feature's handlers stay as they are; this registry refers to their exported schemas, so the
 * OpenAPI document (document.ts) cannot drift from what the routes accept.
 */
import type { z } from "zod";

export type Access = "public" | "contributor" | "moderator" | "admin" | "development";

export const TAGS = {
  memorials: "Memorials",
  auth: "Signing in",
  submissions: "Submissions",
  media: "Media",
  reports: "Reports",
  moderation: "Moderation",
  admin: "Administration",
  opendata: "Open data",
  imports: "Imports",
  groups: "Transports and lists",
} as const;
export type Tag = (typeof TAGS)[keyof typeof TAGS];

/** What each group of operations is for, as the reference page and API tools show it. */
export const TAG_DESCRIPTIONS: Record<Tag, string> = {
  Memorials: "Published memorials: the list, search, and one memorial with its person document.",
  "Signing in": "Sign-in links by mail, the session, and who is signed in.",
  Submissions: "New memorials and corrections sent by contributors, and their thread with the moderators.",
  Media: "Photos, scans and documents: uploads, resumable uploads, and their state.",
  Reports: "Visitors report a problem with a published memorial.",
  Moderation: "The review queue, decisions, reports, withholding and merging, the audit log.",
  Administration: "Users and roles, checks over stored data, the operator's figures.",
  "Open data": "Bulk exports, GEDCOM, and this description of the API.",
  Imports: "GEDCOM and CSV files read into submissions, with notes on what could not be kept.",
  "Transports and lists": "Collective records — transports, handovers, lists, NKVD operations — with their members and disagreeing figures, and proposals to change them.",
};

export interface ResponseSpec {
  description: string;
  /** JSON body (application/json unless `type` says otherwise). */
  schema?: z.ZodType;
  /** Media type of a non-JSON body, e.g. "text/csv" or "application/x-ndjson". */
  type?: string;
  headers?: Record<string, string>;
}

export interface Operation {
  method: "get" | "post" | "put" | "delete";
  /** Hono pattern, e.g. "/api/v1/memorials/:key". */
  path: string;
  id: string;
  tag: Tag;
  summary: string;
  description?: string;
  access: Access;
  /** Descriptions of path parameters; each is a string. */
  params?: Record<string, string>;
  query?: z.ZodType;
  body?: z.ZodType;
  bodyType?: "application/json" | "multipart/form-data" | "application/octet-stream";
  /** The body may be left out entirely. */
  bodyOptional?: boolean;
  headers?: Array<{ name: string; description: string; schema: z.ZodType; required?: boolean }>;
  responses: Record<number, ResponseSpec>;
  /** Problem answers beyond the ones its access level implies (401/403). */
  errors?: number[];
}

/** Hono's ":name" path parameters as OpenAPI's "{name}". */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, "{$1}");
}

export function pathParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_]\w*)/g)].map((m) => m[1]!);
}

/**
 * The admins' API operations (users and roles, the date check, the operator's figures), described
 * with the handlers' own schemas; src/index.ts adds them to the OpenAPI document.
 */
import { TAGS, type Operation } from "../exchange/openapi/registry";
import * as S from "../exchange/openapi/shapes-staff";
import { roleBody, usersQuery } from "./admin/admin.routes";
import { dateCheckBody } from "./dashboard/date-check.routes";

export const adminOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/admin/users",
    id: "listUsers",
    tag: TAGS.admin,
    summary: "Users and their roles",
    access: "admin",
    query: usersQuery,
    responses: { 200: { description: "Users", schema: S.userList } },
    errors: [422],
  },
  {
    method: "post",
    path: "/api/v1/admin/users/:id/role",
    id: "changeRole",
    tag: TAGS.admin,
    summary: "Grant or take back a role",
    access: "admin",
    params: { id: "User id" },
    body: roleBody,
    responses: { 200: { description: "Changed", schema: S.roleChanged } },
    errors: [404, 409, 422],
  },
  {
    method: "post",
    path: "/api/v1/admin/dates/check",
    id: "checkDates",
    tag: TAGS.admin,
    summary: "Check one chunk of stored revisions for dates whose words and code disagree; send next_cursor back until done",
    description:
      "Records each revision whose date codes contradict their own words (or that today's EDTF rules refuse) for moderators and the operations page; nothing in a revision is rewritten. For a published memorial's current revision it opens one correction for review whose dates follow their words. Idempotent: a chunk may be sent again. Each chunk is audited as `dates.check`, each correction as `revision.submit` (via `date_check`). `npm run dates:check -- --remote` drives it (docs/operations.md).",
    access: "admin",
    body: dateCheckBody,
    responses: { 200: { description: "The chunk is done", schema: S.dateCheckChunk } },
    errors: [422],
  },
  {
    method: "get",
    path: "/api/v1/admin/operations",
    id: "operations",
    tag: TAGS.admin,
    summary: "Operator's figures: queue, activity per day, sign-ins, mail backlog, database size",
    access: "admin",
    responses: { 200: { description: "Figures", schema: S.operationsSnapshot } },
    errors: [],
  },
];

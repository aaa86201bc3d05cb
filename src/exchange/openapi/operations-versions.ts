/** The versions of a memorial (api.md "versions"; docs/versions.md), described with the handler's own shapes. */
import { versionDetail, versionList } from "../../archive/versions/versions.shapes";
import { TAGS, type Operation } from "./registry";

export const versionOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/memorials/:key/versions",
    id: "listMemorialVersions",
    tag: TAGS.memorials,
    summary:
      "Every published version of a memorial, newest first, with what each changed and who contributed it (by name only where they chose to be named). A merged memorial keeps its versions; a withheld one answers 410.",
    access: "public",
    params: { key: "Memorial id (mem_…) or any slug it ever had" },
    responses: { 200: { description: "The versions", schema: versionList } },
    errors: [404, 410],
  },
  {
    method: "get",
    path: "/api/v1/memorials/:key/versions/:n",
    id: "getMemorialVersion",
    tag: TAGS.memorials,
    summary:
      "One version as it was published, with its citation (CSL-JSON) and its permanent page address; files rejected after publication are left out.",
    access: "public",
    params: { key: "Memorial id (mem_…) or any slug it ever had", n: "The version number, from 1" },
    responses: { 200: { description: "The version", schema: versionDetail } },
    errors: [404, 410],
  },
];

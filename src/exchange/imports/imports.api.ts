/** The import API: upload a GEDCOM or CSV file, map CSV columns, follow progress, send people. */
import { Hono } from "hono";
import { requireUser } from "../../platform/auth/session";
import type { AppEnv } from "../../platform/env";
import { readJson, validate } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { readUploadForm } from "../../media/media.form-data";
import { csvMappingSchema } from "./csv-mapping";
import { chooseMapping, continueJob, ownJob, startSubmitting, uploadQuota } from "./import-actions";
import { createImport } from "./import-jobs";
import { importSubmitBody, jobJson, rowJson, rowsQuery } from "./imports.shapes";
import { listJobs, listRows, rowCounts, type ImportJob } from "./imports.queries";
import { siteOrigin } from "../../platform/http/site-url";

export const importsApi = new Hono<AppEnv>();

/** The upload route carries a file and is exempt from the 1 MB JSON limit (src/index.ts). */
export function isImportUpload(method: string, path: string): boolean {
  return method === "POST" && path === "/api/v1/imports";
}

async function answer(db: AppEnv["Variables"]["db"], job: ImportJob) {
  return jobJson(job, await rowCounts(db, job.id));
}

importsApi.post("/api/v1/imports", async (c) => {
  const user = requireUser(c);
  await uploadQuota(c, user.id);
  const form = await readUploadForm(c.req.raw);
  if (!form.file) throw new AppError("validation_failed", "Choose a file to import.", { errors: [{ path: "file", message: "choose a file" }] });
  const pieces: Uint8Array[] = [];
  for (const piece of form.file.pieces) pieces.push(piece);
  const job = await createImport({
    db: c.var.db,
    bucket: c.env.MEDIA,
    userId: user.id,
    file: { pieces, filename: form.file.filename },
    origin: siteOrigin(c.env),
    locale: c.var.locale,
    requestId: c.var.requestId,
  });
  c.header("Location", `/api/v1/imports/${job.id}`);
  return c.json(await answer(c.var.db, job), 201);
});

importsApi.get("/api/v1/imports", async (c) => {
  const user = requireUser(c);
  const jobs = await listJobs(c.var.db, user.id);
  return c.json({ items: await Promise.all(jobs.map((j) => answer(c.var.db, j))) });
});

importsApi.get("/api/v1/imports/:id", async (c) => c.json(await answer(c.var.db, await ownJob(c, c.req.param("id")))));

importsApi.get("/api/v1/imports/:id/rows", async (c) => {
  const job = await ownJob(c, c.req.param("id"));
  const query = validate(rowsQuery, c.req.query());
  const rows = await listRows(c.var.db, job.id, query.after, query.limit + 1, query.status);
  const page = rows.slice(0, query.limit);
  return c.json({ items: page.map((row) => rowJson(row, c.var.t, c.var.locale)), next_after: rows.length > query.limit ? (page.at(-1)?.row ?? null) : null });
});

importsApi.put("/api/v1/imports/:id/mapping", async (c) => {
  const job = await ownJob(c, c.req.param("id"));
  const mapping = await readJson(c, csvMappingSchema);
  return c.json(await answer(c.var.db, await chooseMapping(c, job, mapping)));
});

importsApi.post("/api/v1/imports/:id/continue", async (c) => {
  const job = await ownJob(c, c.req.param("id"));
  return c.json(await answer(c.var.db, await continueJob(c, job)));
});

importsApi.post("/api/v1/imports/:id/submit", async (c) => {
  const job = await ownJob(c, c.req.param("id"));
  const body = await readJson(c, importSubmitBody);
  const after = await startSubmitting(c, job, body.rows, body.submitter);
  return c.json(await answer(c.var.db, after), 202);
});

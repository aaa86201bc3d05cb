/** The import pages under /import: they work without JavaScript (one step per Continue). */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../platform/env";
import { readFormBody, readFormValues, type FormErrors, type FormValues } from "../../platform/http/forms";
import { AppError } from "../../platform/http/errors";
import { toFieldErrors } from "../../domain/person-document";
import { readUploadForm } from "../../media/media.form-data";
import { signInRedirect } from "../../editorial/submissions/form-guard";
import { relationshipSchema } from "./import-form";
import { chooseMapping, continueJob, ownJob, startSubmitting, uploadQuota } from "./import-actions";
import { createImport } from "./import-jobs";
import { ImportJobPage } from "./import-job.page";
import { ImportStartPage } from "./imports.pages";
import { listJobs, listRows, rowCounts, type ImportJob } from "./imports.queries";
import { csvMappingSchema } from "./csv-mapping";
import { siteOrigin } from "../../platform/http/site-url";

export const importRoutes = new Hono<AppEnv>();

const PAGE = 100;
const page = (c: Context<AppEnv>) => ({ title: c.var.t("imports:title"), noindex: true });

async function renderJob(c: Context<AppEnv>, job: ImportJob, form?: { values: FormValues; errors: FormErrors; status: 409 | 422 }) {
  const after = Number(c.req.query("after") ?? "0") || 0;
  const [counts, rows] = await Promise.all([rowCounts(c.var.db, job.id), listRows(c.var.db, job.id, after, PAGE + 1)]);
  if (form) c.status(form.status);
  const nextAfter = rows.length > PAGE ? rows[PAGE - 1]!.row : null;
  return c.render(<ImportJobPage job={job} counts={counts} rows={rows.slice(0, PAGE)} nextAfter={nextAfter} values={form?.values} errors={form?.errors} />, {
    title: `${c.var.t("imports:title")}: ${job.filename ?? job.id}`,
    noindex: true,
  });
}

importRoutes.get("/import", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  return c.render(<ImportStartPage jobs={await listJobs(c.var.db, c.var.user.id)} />, page(c));
});

importRoutes.post("/import", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const user = c.var.user;
  await uploadQuota(c, user.id);
  try {
    const form = await readUploadForm(c.req.raw);
    if (!form.file) throw new AppError("validation_failed", c.var.t("imports:file"));
    const pieces: Uint8Array[] = [...form.file.pieces];
    const job = await createImport({ db: c.var.db, bucket: c.env.MEDIA, userId: user.id, file: { pieces, filename: form.file.filename }, origin: siteOrigin(c.env), locale: c.var.locale, requestId: c.var.requestId });
    return c.redirect(`/import/${job.id}`, 303);
  } catch (error) {
    if (!(error instanceof AppError) || !["validation_failed", "payload_too_large", "unsupported_media_type", "bad_request"].includes(error.code)) throw error;
    c.status(error.status as 422);
    const message = error.errors[0]?.message ?? error.message;
    return c.render(<ImportStartPage jobs={await listJobs(c.var.db, user.id)} error={message} />, page(c));
  }
});

importRoutes.get("/import/:id", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  return renderJob(c, await ownJob(c, c.req.param("id")));
});

importRoutes.post("/import/:id/continue", async (c) => {
  const job = await ownJob(c, c.req.param("id"));
  await continueJob(c, job);
  return c.redirect(`/import/${job.id}`, 303);
});

/** Flat form fields ("columns.name", "source.citation") as the mapping schema's object. */
function mappingFromForm(values: FormValues) {
  const columns = Object.fromEntries(
    Object.entries(values).flatMap(([k, v]) => (k.startsWith("columns.") && v !== "" ? [[k.slice(8), v]] : [])),
  );
  return {
    columns,
    source: { kind: values["source.kind"], citation: values["source.citation"] ?? "" },
    header_row: values.header_row === "1",
    ...(values.encoding ? { encoding: values.encoding } : {}),
  };
}

function fieldErrors(error: z.ZodError): FormErrors {
  return Object.fromEntries(toFieldErrors(error).map((e) => [e.path, e.message]));
}

importRoutes.post("/import/:id/mapping", async (c) => {
  const job = await ownJob(c, c.req.param("id"));
  const values = await readFormValues(c);
  const parsed = csvMappingSchema.safeParse(mappingFromForm(values));
  if (!parsed.success) return renderJob(c, job, { values, errors: fieldErrors(parsed.error), status: 422 });
  try {
    await chooseMapping(c, job, parsed.data);
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== "validation_failed" && error.code !== "conflict")) throw error;
    const errors = Object.fromEntries(error.errors.map((e) => [e.path, e.message]));
    return renderJob(c, job, { values, errors: { _form: error.message, ...errors }, status: error.code === "conflict" ? 409 : 422 });
  }
  return c.redirect(`/import/${job.id}`, 303);
});

importRoutes.post("/import/:id/submit", async (c) => {
  const job = await ownJob(c, c.req.param("id"));
  const body = await readFormBody(c, true);
  const text = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : "");
  const rowValues = ([] as unknown[]).concat(body.row ?? []).filter((v): v is string => typeof v === "string");
  const parsed = relationshipSchema.safeParse({
    rows: text("all") === "1" ? "all" : rowValues.map(Number),
    submitter: { relationship: text("relationship"), note: text("note") || undefined, show_name: text("show_name") === "1" },
    consent: { publish: text("consent") === "1" ? true : undefined },
  });
  if (!parsed.success) return renderJob(c, job, { values: {}, errors: fieldErrors(parsed.error), status: 422 });
  await startSubmitting(c, job, parsed.data.rows, parsed.data.submitter);
  return c.redirect(`/import/${job.id}`, 303);
});

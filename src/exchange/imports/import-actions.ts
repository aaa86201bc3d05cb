/** What the HTML pages and the API share: finding one's own job, choosing a mapping, sending. */
import type { Context } from "hono";
import { consumeQuota } from "../../platform/abuse/rate-limit";
import { requireUser } from "../../platform/auth/session";
import { runBatch } from "../../platform/db/client";
import { isStaleWrite } from "../../platform/db/guard";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/http/errors";
import type { CsvMapping } from "./csv-mapping";
import { advanceJob, IMPORT_UPLOAD_QUOTA } from "./import-jobs";
import { findJob, jobUpdate, selectRows, type ImportJob } from "./imports.queries";
import type { SubmitterChoice } from "./import-submit";

/** The caller's own job; others' jobs do not exist for them (404). */
export async function ownJob(c: Context<AppEnv>, id: string): Promise<ImportJob> {
  const user = requireUser(c);
  const job = await findJob(c.var.db, id);
  if (!job || job.userId !== user.id) throw new AppError("not_found", "No such import.");
  return job;
}

function conflict(message: string) {
  return new AppError("conflict", message);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isStaleWrite(error)) throw conflict("The import changed meanwhile; reload it.");
    throw error;
  }
}

export async function chooseMapping(c: Context<AppEnv>, job: ImportJob, mapping: CsvMapping) {
  if (job.status !== "mapping") throw conflict(`The columns can be chosen only before the list is read; this import is ${job.status}.`);
  const preview = JSON.parse(job.header ?? "{}") as { header?: string[] };
  const width = preview.header?.length ?? 0;
  const outside = Object.entries(mapping.columns).filter(([, i]) => i !== undefined && i >= width);
  if (outside.length) {
    throw new AppError("validation_failed", "Some columns do not exist in the list.", {
      errors: outside.map(([field]) => ({ path: `columns.${field}`, message: `the list has ${width} columns` })),
    });
  }
  const encoding = mapping.encoding ?? job.encoding;
  await guarded(() =>
    runBatch(c.var.db, jobUpdate(c.var.db, job, { status: "parsing", mapping: JSON.stringify(mapping), encoding }, { requestId: c.var.requestId })),
  );
  return (await findJob(c.var.db, job.id))!;
}

export async function continueJob(c: Context<AppEnv>, job: ImportJob) {
  return guarded(() => advanceJob(c.var.db, c.env.MEDIA, job, c.var.requestId));
}

/** Marks the chosen rows and starts sending them; the first few are sent at once. */
export async function startSubmitting(c: Context<AppEnv>, job: ImportJob, rows: number[] | "all", submitter: SubmitterChoice) {
  if (job.status !== "ready" && job.status !== "failed" && job.status !== "done") {
    throw conflict(`People can be sent once the file is read; this import is ${job.status}.`);
  }
  await guarded(() =>
    runBatch(c.var.db, [
      ...jobUpdate(
        c.var.db,
        job,
        { status: "submitting", relationship: submitter.relationship, showName: submitter.show_name, note: submitter.note ?? null },
        {
          requestId: c.var.requestId,
          action: "import.submit",
          detail: { rows: rows === "all" ? "all" : rows.length, relationship: submitter.relationship },
        },
      ),
      // The rows are chosen only if the job was still where the contributor saw it.
      ...selectRows(c.var.db, job.id, rows),
    ]),
  );
  return continueJob(c, (await findJob(c.var.db, job.id))!);
}

export async function uploadQuota(c: Context<AppEnv>, userId: string) {
  await consumeQuota(c.var.db, IMPORT_UPLOAD_QUOTA, userId);
}

/**
 * "Report a problem": the form under every memorial (with Turnstile) and POST /api/v1/reports.
 * Reports enter the moderation queue. The reporter's email, if given, is seen by admins only.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { clientAddress, consumeQuota, limitClient, type Quota } from "../../platform/abuse/rate-limit";
import { TURNSTILE_FIELD, verifyTurnstile } from "../../platform/abuse/turnstile";
import { REPORT_KINDS } from "../../platform/db/schema";
import type { AppEnv } from "../../platform/env";
import { readFormValues, validateForm, type FormErrors, type FormValues } from "../../platform/http/forms";
import { checkText, cleanText, textMessages } from "../../domain/text-rules";
import { readJson } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { resolveMemorial } from "../../archive/memorials/memorials.queries";
import { createReport } from "./reports.queries";
import { ReportFormPage, ReportSentPage, TurnstileScript } from "./reports.pages";

export const reportRoutes = new Hono<AppEnv>();

const REPORTS_PER_CLIENT: Quota = { name: "report-client", limit: 20, windowSeconds: 3600 };
const MAX_REPORT_LENGTH = 5_000;

export const reportBody = z.strictObject({
  memorial_id: z.string().min(1).max(200),
  kind: z.enum(REPORT_KINDS),
  message: cleanText(MAX_REPORT_LENGTH, "multiline"),
  email: z.email().max(254).optional(),
});

async function limit(c: Context<AppEnv>) {
  await limitClient(c, "report");
  await consumeQuota(c.var.db, REPORTS_PER_CLIENT, clientAddress(c));
}

/** The published memorial a report is about; reports about anything else are not taken. */
async function reportableMemorial(c: Context<AppEnv>, key: string) {
  const resolved = await resolveMemorial(c.var.db, key);
  if (resolved.kind === "found" || resolved.kind === "redirect") return resolved;
  throw new AppError(resolved.kind === "gone" ? "gone" : "not_found");
}

reportRoutes.post("/api/v1/reports", async (c) => {
  const body = await readJson(c, reportBody);
  await limit(c);
  const { memorial } = await reportableMemorial(c, body.memorial_id);
  const id = await createReport(c.var.db, {
    memorialId: memorial.id,
    kind: body.kind,
    message: body.message,
    reporterUserId: c.var.user?.id ?? null,
    reporterEmail: body.email ?? c.var.user?.email ?? null,
    requestId: c.var.requestId,
  });
  return c.json({ id, status: "open" }, 202);
});

function reportForm(t: AppEnv["Variables"]["t"]) {
  return z.object({
    kind: z.enum(REPORT_KINDS, { error: t("reports:errors.kind") }),
    message: z
      .string()
      .trim()
      .min(1, { error: t("reports:errors.message") })
      .max(MAX_REPORT_LENGTH, { error: t("reports:errors.tooLong") })
      .superRefine(checkText("multiline", textMessages(t))),
    email: z.union([z.literal(""), z.email({ error: t("reports:errors.email") }).max(254)]).optional(),
  });
}

async function renderForm(c: Context<AppEnv>, key: string, form?: { errors: FormErrors; values: FormValues }) {
  const resolved = await reportableMemorial(c, key);
  if (resolved.kind === "redirect") return c.redirect(`/memorials/${resolved.memorial.slug}/report`, 301);
  if (form) c.status(422);
  return c.render(<ReportFormPage memorial={resolved.memorial} siteKey={c.env.TURNSTILE_SITE_KEY} errors={form?.errors} values={form?.values} />, {
    title: c.var.t("reports:form.title"),
    noindex: true,
    head: <TurnstileScript nonce={c.var.secureHeadersNonce} />,
  });
}

reportRoutes.get("/memorials/:key/report", (c) => renderForm(c, c.req.param("key")));

reportRoutes.post("/memorials/:key/report", async (c) => {
  const key = c.req.param("key");
  const values = await readFormValues(c);
  const form = validateForm(reportForm(c.var.t), values);
  const { [TURNSTILE_FIELD]: token, ...kept } = values;
  if (!form.ok) return renderForm(c, key, { errors: form.errors, values: kept });
  const challenge = await verifyTurnstile(c.env, token, clientAddress(c));
  if (!challenge.success) return renderForm(c, key, { errors: { _form: c.var.t("reports:errors.challenge") }, values: kept });
  await limit(c);
  const resolved = await reportableMemorial(c, key);
  await createReport(c.var.db, {
    memorialId: resolved.memorial.id,
    kind: form.data.kind,
    message: form.data.message,
    reporterUserId: c.var.user?.id ?? null,
    reporterEmail: form.data.email || c.var.user?.email || null,
    requestId: c.var.requestId,
  });
  return c.render(<ReportSentPage memorial={resolved.memorial} />, { title: c.var.t("reports:sent.title"), noindex: true });
});

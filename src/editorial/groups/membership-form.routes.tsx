/** The contributors' HTML form proposing one person for a published group. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { requireUser } from "../../platform/auth/session";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/http/errors";
import { readFormValues, validateForm, type FormErrors, type FormValues } from "../../platform/http/forms";
import { CERTAINTIES, SOURCE_KINDS } from "../../domain/person-document";
import { groupName, MEMBER_ROLES } from "../../domain/group-document";
import { checkText } from "../../domain/text-rules";
import { findPublishedGroup } from "../../archive/groups/groups.queries";
import { resolveMemorial } from "../../archive/memorials/memorials.queries";
import { formBodyLimit, signInRedirect } from "../submissions/form-guard";
import { proposeMembership } from "./group-proposals";
import { MembershipForm, MembershipThanks } from "./membership-form";

export const membershipFormRoutes = new Hono<AppEnv>();

const optional = (max: number, kind: "line" | "multiline" = "line") =>
  z.string().trim().max(max).superRefine(checkText(kind)).transform((s) => s || undefined);

const membershipForm = z.object({
  memorial: optional(200),
  name: optional(300),
  role: z.enum(MEMBER_ROLES),
  certainty: z.enum(CERTAINTIES),
  source_kind: z.enum(SOURCE_KINDS),
  citation: z.string().trim().min(1).max(2_000).superRefine(checkText("multiline")),
  note: optional(4_000, "multiline"),
});

async function groupOr404(c: Context<AppEnv>) {
  const found = await findPublishedGroup(c.var.db, c.req.param("slug") ?? "");
  if (!found) throw new AppError("not_found");
  return found;
}

function render(c: Context<AppEnv>, slug: string, name: string, values?: FormValues, errors?: FormErrors) {
  if (errors) c.status(422);
  return c.render(<MembershipForm slug={slug} groupName={name} values={values} errors={errors} />, { title: c.var.t("groupProposals:propose.title", { group: name }), noindex: true });
}

membershipFormRoutes.get("/groups/:slug/propose", async (c) => {
  if (!c.var.user) signInRedirect(c);
  const { group, document } = await groupOr404(c);
  return render(c, group.slug, groupName(document, c.var.locale));
});

membershipFormRoutes.post("/groups/:slug/propose", formBodyLimit, async (c) => {
  const user = requireUser(c);
  const { group, document } = await groupOr404(c);
  const name = groupName(document, c.var.locale);
  const values = await readFormValues(c);
  const form = validateForm(membershipForm, values);
  if (!form.ok) {
    const errors = Object.fromEntries(Object.entries(form.errors).map(([k]) => [k, c.var.t("groupProposals:propose.required")]));
    return render(c, group.slug, name, values, errors);
  }
  const { memorial, ...data } = form.data;
  if (!memorial && !data.name) return render(c, group.slug, name, values, { memorial: c.var.t("groupProposals:propose.needOne") });
  let memorialId: string | undefined;
  if (memorial) {
    const resolved = await resolveMemorial(c.var.db, memorial);
    if (resolved.kind !== "found") return render(c, group.slug, name, values, { memorial: c.var.t("groupProposals:propose.noMemorial") });
    memorialId = resolved.memorial.id;
    if (document.members.some((m) => m.memorial_id === memorialId)) return render(c, group.slug, name, values, { memorial: c.var.t("groupProposals:propose.already") });
  }
  // A source id the group does not use yet, so the proposal never overwrites a listed source.
  let n = document.sources.length + 1;
  while (document.sources.some((s) => s.id === `proposal-${n}`)) n++;
  const source = { id: `proposal-${n}`, kind: data.source_kind, citation: data.citation };
  await proposeMembership(
    c.var.db,
    { userId: user.id, now: Date.now(), requestId: c.var.requestId },
    { groupId: group.id, member: { ...(memorialId ? { memorial_id: memorialId } : {}), ...(data.name ? { name: data.name } : {}), role: data.role, certainty: data.certainty, sources: [source.id] }, source, note: data.note },
  );
  return c.render(<MembershipThanks slug={group.slug} />, { title: c.var.t("groupProposals:propose.thanks"), noindex: true });
});

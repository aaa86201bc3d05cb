/**
 * Plausibility warnings reach the moderators: a count per item in the queue, the list in the
 * queue API, and on the review page with the submitter's explanation. Reading them costs the
 * queue no query per item: they are stored with the revision when it is sent.
 */
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { IMPLAUSIBLE_WARNINGS, implausibleDocument } from "../helpers/implausible";
import { withRequestLog } from "../helpers/request-log";
import { signIn } from "../helpers/users";
import { postSubmission, submissionBody } from "../submissions/submission-helpers";

interface QueueItem {
  id: string;
  warnings: Array<{ path: string; code: string; message: string }>;
}

async function submit(document = implausibleDocument(), extra: Record<string, unknown> = {}) {
  const user = await signIn();
  const res = await postSubmission(user, submissionBody(document, extra));
  return ((await res.json()) as { id: string }).id;
}

async function queue(cookie: string, lang = "en") {
  const res = await request(`/api/v1/moderation/queue?limit=100&lang=${lang}`, { cookie });
  return ((await res.json()) as { items: QueueItem[] }).items;
}

describe("plausibility warnings for moderators", () => {
  it("lists the warnings of each queue item in the API, in the moderator's language", async () => {
    const moderator = await signIn("moderator");
    const implausible = await submit();
    const plausible = await submit(zuckerDocument());
    const items = await queue(moderator.cookie);
    const find = (id: string) => items.find((i) => i.id === id)!;
    expect(find(implausible).warnings.map(({ path, code }) => ({ path, code }))).toEqual(IMPLAUSIBLE_WARNINGS);
    expect(find(implausible).warnings[2]!.message).toBe("“Death” (1890) is dated before the birth (about 1895): the person died before being born.");
    expect(find(plausible).warnings).toEqual([]);
    const german = (await queue(moderator.cookie, "de")).find((i) => i.id === implausible)!;
    expect(german.warnings[0]!.message).toBe("„Verhaftung“ (1937) ist nach dem Tod (1890) datiert. Nach dem Tod sind nur eine Rehabilitierung, ein Gedenken oder eine Umbettung zu erwarten.");
  });

  it("shows a count per item in the HTML queue", async () => {
    const moderator = await signIn("moderator");
    const id = await submit();
    const page = await (await request("/moderation?limit=100", { cookie: moderator.cookie })).text();
    const row = page.slice(page.indexOf(`/moderation/revisions/${id}`));
    expect(row.slice(0, row.indexOf("</tr>"))).toContain("3 dates to look at");
    expect(page).toContain("<th scope=\"col\">Dates to look at</th>");
  });

  it("reads the queue in the same number of queries with one item or several with warnings", async () => {
    const moderator = await signIn("moderator");
    const one = await withRequestLog(() => request("/api/v1/moderation/queue?kind=correction", { cookie: moderator.cookie }));
    await submit();
    await submit();
    await submit();
    const several = await withRequestLog(() => request("/api/v1/moderation/queue?limit=100", { cookie: moderator.cookie }));
    expect(((await several.res.json()) as { items: QueueItem[] }).items.filter((i) => i.warnings.length).length).toBeGreaterThanOrEqual(3);
    expect(several.line.d1_queries).toBe(one.line.d1_queries);
  });

  it("lists the warnings and the submitter's explanation on the review page and in the review API", async () => {
    const moderator = await signIn("moderator");
    const id = await submit(implausibleDocument(), { warnings_explanation: "The NKVD file gives 1890; the family says about 1895." });
    const page = await (await request(`/moderation/revisions/${id}`, { cookie: moderator.cookie })).text();
    expect(page).toContain("Dates to look at twice");
    expect(page).toContain("“Arrest” (1937) is dated after the death (1890).");
    expect(page).toContain("The submitter explains:");
    expect(page).toContain("The NKVD file gives 1890; the family says about 1895.");
    const ru = await (await request(`/moderation/revisions/${id}?lang=ru`, { cookie: moderator.cookie })).text();
    expect(ru).toContain("Событие «Смерть» (1890 г.) датировано раньше рождения (около 1895 г.)");

    const api = (await (await request(`/api/v1/moderation/revisions/${id}`, { cookie: moderator.cookie })).json()) as {
      warnings: QueueItem["warnings"];
      warnings_explanation: string;
    };
    expect(api.warnings.map((w) => w.code)).toEqual(IMPLAUSIBLE_WARNINGS.map((w) => w.code));
    expect(api.warnings_explanation).toBe("The NKVD file gives 1890; the family says about 1895.");
  });

  it("says nothing on the review page of a plausible entry", async () => {
    const moderator = await signIn("moderator");
    const id = await submit(zuckerDocument());
    const page = await (await request(`/moderation/revisions/${id}`, { cookie: moderator.cookie })).text();
    expect(page).not.toContain("Dates to look at twice");
  });
});

import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { rateCounters } from "../../src/platform/db/schema";
import { IMPORT_QUOTA } from "../../src/exchange/imports/import-submit";
import worker from "../../src/index";
import { QUARTER_HOURLY } from "../../src/operations/scheduled";
import { sha256Hex } from "../../src/platform/ids";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { allRows, uploadOk, type JobJson } from "./helpers";
import { largeGedcom } from "./large-gedcom";

async function fireCron() {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron: QUARTER_HOURLY, scheduledTime: Date.now() }), env, ctx);
  await waitOnExecutionContext(ctx);
}

const jobOf = async (cookie: string, id: string) => (await (await request(`/api/v1/imports/${id}`, { cookie })).json()) as JobJson;

describe("imports continue without the contributor's page", () => {
  it("the scheduled step reads a file the contributor left, and sends people once the quota allows", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, largeGedcom(200), "left.ged");
    await fireCron();
    expect(await jobOf(contributor.cookie, job.id)).toMatchObject({ status: "ready", people: 200 });

    // The day's import quota is used up: sending pauses, and nothing is lost.
    const windowMs = IMPORT_QUOTA.windowSeconds * 1000;
    const bucket = `${IMPORT_QUOTA.name}:${(await sha256Hex(contributor.id)).slice(0, 32)}`;
    await testDb().insert(rateCounters).values({ bucket, windowStart: Math.floor(Date.now() / windowMs) * windowMs, count: IMPORT_QUOTA.limit });
    const submit = await request(`/api/v1/imports/${job.id}/submit`, {
      method: "POST",
      cookie: contributor.cookie,
      json: { rows: [1, 2, 3], submitter: { relationship: "relative", show_name: true }, consent: { publish: true } },
    });
    expect(submit.status).toBe(202);
    const paused = (await submit.json()) as JobJson;
    expect(paused).toMatchObject({ status: "paused", counts: { selected: 3, submitted: 0 } });
    expect(paused.failure).toContain("daily limit");

    // The next window: the cron sends the rest.
    await testDb().delete(rateCounters);
    await fireCron();
    const done = await jobOf(contributor.cookie, job.id);
    expect(done).toMatchObject({ status: "done", failure: null, counts: { submitted: 3, selected: 0 } });
    expect((await allRows(contributor.cookie, job.id)).slice(0, 3).every((r) => r.revision_id?.startsWith("rev_"))).toBe(true);
  }, 60_000);

  it("sending needs consent, a relationship, and a file that has been read", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, largeGedcom(8), "small.ged");
    const send = (json: unknown) => request(`/api/v1/imports/${job.id}/submit`, { method: "POST", cookie: contributor.cookie, json });
    expect((await send({ rows: "all", submitter: { relationship: "researcher", show_name: false }, consent: { publish: true } })).status).toBe(409);
    await fireCron();
    expect((await send({ rows: "all", submitter: { relationship: "researcher", show_name: false }, consent: {} })).status).toBe(422);
    expect((await send({ rows: "all", submitter: { relationship: "neighbour", show_name: false }, consent: { publish: true } })).status).toBe(422);
    expect((await jobOf(contributor.cookie, job.id)).counts).toMatchObject({ draft: 8, selected: 0 });
  });
});

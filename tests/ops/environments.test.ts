import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { SITEVERIFY_URL, TURNSTILE_FIELD } from "../../src/platform/abuse/turnstile";
import { mailOutbox, signInClients, users } from "../../src/platform/db/schema";
import worker from "../../src/index";
import { ORIGIN, testDb } from "../helpers/app";
import { setCookieValue } from "../helpers/request-log";

/** The Worker with the vars wrangler.toml declares for a deployed environment. */
function deployedEnv(name: "staging" | "production" | "development"): Env {
  if (name === "development") return { ...env, ENVIRONMENT: "development" };
  return { ...env, ...(env.TEST_DEPLOYED_VARS[name] as Partial<Env>) };
}

async function fetchIn(
  name: Parameters<typeof deployedEnv>[0],
  path: string,
  init: RequestInit & { json?: unknown } = {},
  secrets: Partial<Env> = {},
) {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("content-type", "application/json");
  if (rest.method && rest.method !== "GET") headers.set("origin", ORIGIN);
  const request = new Request(new URL(path, ORIGIN), {
    ...rest,
    headers,
    body: json === undefined ? rest.body : JSON.stringify(json),
    redirect: "manual",
  });
  const ctx = createExecutionContext();
  const res = await worker.fetch(request as Parameters<typeof worker.fetch>[0], { ...deployedEnv(name), ...secrets }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** Signs in through the real email-link flow and answers the role the archive gave the account. */
async function roleAfterSignIn(name: Parameters<typeof deployedEnv>[0], email: string, secrets: Partial<Env> = {}) {
  expect((await fetchIn(name, "/api/v1/auth/login-link", { method: "POST", json: { email } }, secrets)).status).toBe(202);
  const mail = await testDb()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, email), eq(mailOutbox.kind, "login_link")))
    .orderBy(desc(mailOutbox.createdAt))
    .get();
  const link = new URL(mail!.link!);
  expect((await fetchIn(name, link.pathname + link.search, {}, secrets)).status).toBe(200);
  const verified = await fetchIn(name, "/auth/verify", { method: "POST", body: new URLSearchParams({ token: link.searchParams.get("token")! }) }, secrets);
  expect(verified.status).toBe(303);
  const session = setCookieValue(verified, "zeugnis_session")!.value;
  const me = await fetchIn(name, "/api/v1/me", { headers: { cookie: `zeugnis_session=${session}` } }, secrets);
  return ((await me.json()) as { role: string }).role;
}

describe("development-only features stay in development", () => {
  it("wrangler.toml deploys staging and production as what they are, with the secrets kept out of vars", () => {
    expect(env.TEST_DEPLOYED_VARS.staging?.ENVIRONMENT).toBe("staging");
    expect(env.TEST_DEPLOYED_VARS.production?.ENVIRONMENT).toBe("production");
    for (const vars of Object.values(env.TEST_DEPLOYED_VARS)) {
      expect(vars).not.toHaveProperty("TURNSTILE_SECRET");
      expect(vars).not.toHaveProperty("CLIENT_HASH_SECRET");
      expect(String(vars.SITE_URL)).toMatch(/^https:\/\//);
    }
  });

  for (const name of ["staging", "production"] as const) {
    it(`${name}: the dev outbox answers 404, as page and as API`, async () => {
      const api = await fetchIn(name, "/api/v1/dev/outbox");
      expect(api.status).toBe(404);
      expect(api.headers.get("content-type")).toContain("application/problem+json");
      expect((await fetchIn(name, "/dev/outbox")).status).toBe(404);
      // Development itself still has it.
      expect((await fetchIn("development", "/api/v1/dev/outbox")).status).toBe(200);
    });

    it(`${name}: the "link sent" page does not point at a dev outbox`, async () => {
      // Deployed environments check the form's Turnstile token with Cloudflare; its answer is
      // simulated here (no network), the rest of the path is the real one.
      const siteverify = vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
        expect(String(input instanceof Request ? input.url : input)).toBe(SITEVERIFY_URL);
        return Response.json({ success: true, "error-codes": [] });
      });
      try {
        const body = new URLSearchParams({ email: `visitor-${name}@example.org`, [TURNSTILE_FIELD]: "token-from-the-widget" });
        const page = await fetchIn(name, "/auth/sign-in", { method: "POST", body }, { TURNSTILE_SECRET: "0x4AAAA-a-real-secret" });
        expect(page.status).toBe(200);
        expect(await page.text()).not.toContain("/dev/outbox");
        expect(siteverify).toHaveBeenCalledTimes(1);
      } finally {
        siteverify.mockRestore();
      }
    });
  }

  it("production notes sign-in clients only with its own key, never with the development key", async () => {
    const clientsOf = async (email: string) =>
      testDb().select().from(signInClients).innerJoin(users, eq(users.id, signInClients.userId)).where(eq(users.email, email));
    await roleAfterSignIn("production", "client-dev-key@example.org");
    expect(await clientsOf("client-dev-key@example.org")).toHaveLength(0);
    await roleAfterSignIn("production", "client-own-key@example.org", { CLIENT_HASH_SECRET: "a-production-secret" });
    expect(await clientsOf("client-own-key@example.org")).toHaveLength(1);
  });

  it("staging and production give demo addresses no role; development does", async () => {
    expect(await roleAfterSignIn("staging", "moderator@zeugnis.test")).toBe("contributor");
    expect(await roleAfterSignIn("production", "admin@zeugnis.test")).toBe("contributor");
    expect(await roleAfterSignIn("development", "moderator2@zeugnis.test")).toBe("moderator");
  });

  it("crawlers are turned away from staging and shown the sitemap in production", async () => {
    expect(await (await fetchIn("staging", "/robots.txt")).text()).toBe("User-agent: *\nDisallow: /\n");
    expect(await (await fetchIn("production", "/robots.txt")).text()).toContain("Sitemap: ");
  });
});

declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** `vars` of each [env.*] in wrangler.toml (vitest.config.ts). */
    TEST_DEPLOYED_VARS: Record<string, Record<string, unknown>>;
  }
}

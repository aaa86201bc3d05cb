declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** An empty second database for the restore test (vitest.config.ts). */
    RESTORE_DB: D1Database;
    /** `vars` of each [env.*] in wrangler.toml (vitest.config.ts). */
    TEST_DEPLOYED_VARS: Record<string, Record<string, unknown>>;
    /** XML Schema validation in Node (tests/xml/xsd-validator.ts, vitest.config.ts). */
    XSD_VALIDATOR: Fetcher;
  }
}

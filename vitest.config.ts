import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { experimental_readRawConfig } from "wrangler";
import { validateAgainstXsd } from "./tests/xml/xsd-validator.ts";

export default defineConfig(async () => {
  const migrations = await readD1Migrations(fileURLToPath(new URL("./migrations", import.meta.url)));
  // The vars of the deployed environments, as wrangler.toml declares them, so tests can run the
  // Worker exactly as staging and production would (tests/ops/environments.test.ts).
  const { rawConfig } = experimental_readRawConfig({ config: fileURLToPath(new URL("./wrangler.toml", import.meta.url)) });
  const deployedVars = Object.fromEntries(
    Object.entries(rawConfig.env ?? {}).map(([name, environment]) => [name, environment.vars ?? {}]),
  );
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          // A second, empty database for the restore test (tests/ops/).
          d1Databases: { RESTORE_DB: "restore-test" },
          // XML Schema validation, run in Node (tests/xml/xsd-validator.ts).
          serviceBindings: { XSD_VALIDATOR: validateAgainstXsd },
          bindings: {
            ENVIRONMENT: "test",
            // The tests' requests go to this origin (tests/helpers/app.ts); every absolute URL the
            // archive writes comes from SITE_URL, never from the request's Host.
            SITE_URL: "https://zeugnis.test",
            TEST_MIGRATIONS: migrations,
            TEST_DEPLOYED_VARS: deployedVars,
            // A tile server that is never contacted: pages only put its URLs into <img>/<image>.
            TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png",
            TILE_ATTRIBUTION: "© Example tile contributors",
            // The page cache is off unless a test turns it on (tests/cache/): most tests change
            // D1 directly between requests, which in production only moderation's purges do.
            PAGE_CACHE_TTL_SECONDS: "0",
          },
        },
      }),
    ],
    test: {
      include: ["tests/**/*.test.{ts,tsx}"],
      setupFiles: ["./tests/helpers/apply-migrations.ts"],
      // A cap against hangs, not a speed check: on two shared cores, tests that move 50 MB
      // files through local R2 have taken 7 s while other suites ran (never timings in tests).
      testTimeout: 30_000,
      // Request logs are kept for failing tests only.
      silent: "passed-only",
    },
  };
});

import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations(fileURLToPath(new URL("./migrations", import.meta.url)));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          // A second, empty database for the restore test (tests/ops/).
          d1Databases: { RESTORE_DB: "restore-test" },
          bindings: {
            ENVIRONMENT: "test",
            TEST_MIGRATIONS: migrations,
            // A tile server that is never contacted: pages only put its URLs into <img>/<image>.
            TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png",
            TILE_ATTRIBUTION: "© Example tile contributors",
          },
        },
      }),
    ],
    test: {
      include: ["tests/**/*.test.{ts,tsx}"],
      setupFiles: ["./tests/helpers/apply-migrations.ts"],
      // Request logs are kept for failing tests only.
      silent: "passed-only",
    },
  };
});

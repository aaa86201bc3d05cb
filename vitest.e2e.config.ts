/**
 * End-to-end tests (`npm run test:e2e`): headless Chromium against `npm start`, in Node — not in
 * workerd like the unit tests (vitest.config.ts). One server for the run (e2e/global-setup.ts);
 * files run one after another because they share it and the machine has few cores.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["./e2e/global-setup.ts"],
    fileParallelism: false,
    // A journey is dozens of pages, each checked with axe; the first start migrates a database.
    testTimeout: 600_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});

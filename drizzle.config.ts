import { defineConfig } from "drizzle-kit";

// Migrations are generated offline and applied by wrangler (`wrangler d1 migrations apply`),
// locally and remotely, so drizzle-kit needs no database connection.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/platform/db/schema.ts",
  out: "./migrations",
});

/**
 * The floor of a request that touches D1 (bench/run.ts): the smallest Hono Worker that sends one
 * `SELECT 1` through the same D1 binding, runtime and database file as the archive. Every hot path
 * sends at least one statement, so none can be faster than this on the same machine.
 */
import { Hono } from "hono";

const app = new Hono<{ Bindings: { DB: D1Database } }>();
app.get("/", async (c) => {
  await c.env.DB.prepare("SELECT 1").first();
  return c.text("Hello, D1");
});

export default app;

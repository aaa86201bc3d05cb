/**
 * The floor of the request path (bench/run.ts): the smallest Hono Worker, served by the same
 * workerd as the archive. Whatever it costs, every route of the archive costs at least that.
 */
import { Hono } from "hono";

const app = new Hono();
app.get("/", (c) => c.text("Hello, world"));

export default app;

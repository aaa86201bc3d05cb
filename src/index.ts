import { Hono } from "hono";
import { parse } from "edtf";
const app = new Hono<{ Bindings: Env }>();
app.get("/healthz", async (c) => {
  const r = await c.env.DB.prepare("select 1 as x").first();
  const d = parse("1890~");
  return c.json({ status: "ok", r, d });
});
export default app;

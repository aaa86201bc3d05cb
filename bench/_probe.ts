import { startDirect, APP_CONFIG } from "./servers";
import { drive } from "./http-load";
import path from "node:path";
const s = await startDirect(APP_CONFIG, path.resolve(".wrangler/bench-100000"), 8951);
for (const p of process.argv.slice(2)) {
  const r = await drive(s.url, { name: p, target: "", ok: [200, 404], next: () => ({ method: "GET", path: p, headers: {} }) }, { connections: 10, seconds: 4, warmupSeconds: 2 });
  console.log(p, Math.round(r.throughput), "req/s p50", r.p50, "p95", r.p95, JSON.stringify(r.statuses));
}
await s.stop();

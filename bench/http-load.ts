/**
 * Drives one hot path over HTTP with autocannon at a fixed concurrency and collects every
 * response's latency, so p95 (which autocannon's summary leaves out) is computed exactly.
 */
import autocannon from "autocannon";
import type { HotPath } from "./hot-paths";

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadResult extends Percentiles {
  /** Successful responses per second over the measured window. */
  throughput: number;
  /** Responses with a status outside the path's `ok`, plus connection errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function run(url: string, hotPath: HotPath, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let failed = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const next = hotPath.next();
              return { ...request, method: next.method, path: next.path, headers: next.headers, body: next.body };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const ok = latencies.length - failed;
        resolve({
          ...percentiles(latencies),
          throughput: ok / seconds,
          errors: failed + result.errors + result.timeouts,
          statuses,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (!hotPath.ok.includes(status)) failed++;
    });
  });
}

/** A warm-up (JIT, SQLite page cache) that is thrown away, then the measured run. */
export async function drive(url: string, hotPath: HotPath, options: { connections: number; seconds: number; warmupSeconds: number }) {
  await run(url, hotPath, options.connections, options.warmupSeconds);
  return run(url, hotPath, options.connections, options.seconds);
}

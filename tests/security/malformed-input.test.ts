/**
 * Malformed and oversized input on every write route and every API query: broken JSON, wrong
 * content types, invalid UTF-8, deep nesting, bodies over the limit, absurd numbers. Each is
 * answered with a 4xx (problem+json under /api/), never a 5xx.
 */
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { allowedCaller, ROUTES } from "./route-table";
import { clientIp, newWorld } from "./world";

const utf8 = (s: string) => new TextEncoder().encode(s);
const deep = (n: number) => "[".repeat(n) + "]".repeat(n);

/** [label, body, content type (undefined: none)] */
const BODIES: Array<[string, BodyInit | undefined, string | undefined]> = [
  ["empty JSON", "", "application/json"],
  ["truncated JSON", '{"document": {"names": [', "application/json"],
  ["not JSON", "nul", "application/json"],
  ["a JSON string", '"hello"', "application/json"],
  ["a JSON number", "1e400", "application/json"],
  ["JSON null", "null", "application/json"],
  ["a JSON array", "[1,2,3]", "application/json"],
  ["prototype keys", '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},"version":1}', "application/json"],
  ["absurd numbers", '{"version":1e400,"bytes":-0,"limit":9007199254740993}', "application/json"],
  ["lone surrogates and NUL", '{"body":"\\ud800\\u0000","note":"\\udfff","reason":"\\u0000"}', "application/json"],
  ["invalid UTF-8", new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), "application/json"],
  ["a byte-order mark", "\ufeff{}", "application/json"],
  ["deep arrays", deep(100_000), "application/json"],
  ["deep objects", '{"a":'.repeat(20_000) + "1" + "}".repeat(20_000), "application/json"],
  ["deep document", JSON.stringify({ document: { names: [{ display: JSON.parse(deep(500)) }] } }), "application/json"],
  ["over the body limit", JSON.stringify({ body: "x".repeat(1_100_000) }), "application/json"],
  ["a lying content type", "{}", "application/json; charset=utf-16"],
  ["XML", "<a>1</a>", "application/xml"],
  ["text", "version=1", "text/plain"],
  ["no content type", "{}", undefined],
  ["form instead of JSON", "version=1&action=approve&body=x", "application/x-www-form-urlencoded"],
  ["broken multipart", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc", "multipart/form-data; boundary=x"],
  ["multipart without boundary", "abc", "multipart/form-data"],
  ["huge form field", `message=${"x".repeat(1_100_000)}`, "application/x-www-form-urlencoded"],
  ["bad percent-encoding", "name=%E0%A4%A&body=%&version=%ZZ", "application/x-www-form-urlencoded"],
];

const QUERIES = [
  "cursor=%%%",
  "cursor=eyJub3QiOiJhIGN1cnNvciJ9",
  "cursor=" + "A".repeat(5000),
  "limit=-1",
  "limit=1e309",
  "limit=abc",
  "limit=1&limit=2",
  "q=" + "ä".repeat(5000),
  "q=%E0%A4%A",
  "status=%00",
  "subject_id[]=1",
  "lang=../../etc",
  "size=huge",
  "name=" + "x".repeat(10_000),
  "event=nonsense",
  "facets=true&birth_from=abc&death_to=-99999999999",
];

function isProblem(res: Response) {
  return (res.headers.get("content-type") ?? "").startsWith("application/problem+json");
}

describe("malformed input", () => {
  const writes = Object.keys(ROUTES).filter((k) => !k.startsWith("GET "));
  it.each(writes)("%s answers every malformed body with a 4xx", async (key) => {
    const world = newWorld();
    const path = await ROUTES[key]!.path(world);
    const cookie = await world.cookie(allowedCaller(key));
    const failures: string[] = [];
    for (const [label, body, type] of BODIES) {
      const res = await request(path, { method: key.split(" ")[0], cookie, body, headers: { "cf-connecting-ip": clientIp(), ...(type ? { "content-type": type } : {}) } });
      const text = await res.text();
      if (res.status >= 500) failures.push(`${label}: ${res.status} ${text.slice(0, 150)}`);
      if (path.startsWith("/api/") && res.status >= 400 && !isProblem(res)) failures.push(`${label}: ${res.status} without problem+json`);
    }
    expect(failures).toEqual([]);
  }, 60_000);

  const reads = Object.keys(ROUTES).filter((k) => k.startsWith("GET "));
  it.each(reads)("%s answers malformed query strings with a 4xx at most", async (key) => {
    const world = newWorld();
    const path = await ROUTES[key]!.path(world);
    const cookie = await world.cookie(allowedCaller(key));
    const failures: string[] = [];
    for (const query of QUERIES) {
      const res = await request(`${path}${path.includes("?") ? "&" : "?"}${query}`, { cookie, headers: { "cf-connecting-ip": clientIp() } });
      await res.arrayBuffer();
      if (res.status >= 500) failures.push(`${query.slice(0, 40)}: ${res.status}`);
      if (path.startsWith("/api/") && res.status >= 400 && !isProblem(res)) failures.push(`${query.slice(0, 40)}: ${res.status} without problem+json`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});

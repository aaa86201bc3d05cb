/** The SQLite file behind the local D1 database that `wrangler dev --persist-to <state>` uses. */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export function d1SqliteFile(stateDirectory: string): string {
  const dir = path.join(stateDirectory, "v3", "d1", "miniflare-D1DatabaseObject");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".sqlite"))
    .map((f) => path.join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!files[0]) throw new Error(`No local D1 database under ${dir}; apply the migrations first.`);
  return files[0];
}

const snake = new Map<string, string>();
const snakeCase = (key: string) => {
  let name = snake.get(key);
  if (!name) snake.set(key, (name = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
  return name;
};

/** camelCase row → snake_case column names and values (booleans as 0/1). */
export function toColumns(row: Record<string, unknown>): { names: string[]; values: Array<string | number | null> } {
  const names: string[] = [];
  const values: Array<string | number | null> = [];
  for (const key in row) {
    const v = row[key];
    names.push(snakeCase(key));
    values.push(typeof v === "boolean" ? Number(v) : ((v ?? null) as string | number | null));
  }
  return { names, values };
}

import { request } from "../helpers/app";

export interface JobJson {
  id: string;
  status: string;
  format: string;
  people: number;
  failed_row: number | null;
  failure: string | null;
  encoding: string | null;
  progress: number;
  counts: { draft: number; selected: number; submitted: number; needs_edit: number; held: number; reference: number; unchanged: number };
  columns: { separator: string; header: string[]; samples: string[][] } | null;
}

export interface RowJson {
  row: number;
  line: number;
  xref: string | null;
  name: string;
  birth: string | null;
  death: string | null;
  status: string;
  warnings: string[];
  revision_id: string | null;
  error: string | null;
}

export async function upload(cookie: string, bytes: Uint8Array | string, filename: string) {
  const form = new FormData();
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  form.set("file", new File([data], filename, { type: "application/octet-stream" }));
  return request("/api/v1/imports", { method: "POST", body: form, cookie });
}

export async function uploadOk(cookie: string, bytes: Uint8Array | string, filename: string): Promise<JobJson> {
  const res = await upload(cookie, bytes, filename);
  if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as JobJson;
}

/** Steps a job until it stops moving (as the page's Continue button or the cron would). */
export async function runJob(cookie: string, id: string, maxSteps = 1000): Promise<JobJson> {
  let job: JobJson | undefined;
  for (let i = 0; i < maxSteps; i++) {
    const res = await request(`/api/v1/imports/${id}/continue`, { method: "POST", cookie });
    if (res.status !== 200) throw new Error(`continue answered ${res.status}: ${await res.text()}`);
    job = (await res.json()) as JobJson;
    if (job.status !== "parsing" && job.status !== "submitting") return job;
  }
  throw new Error(`job ${id} still ${job?.status} after ${maxSteps} steps`);
}

export async function allRows(cookie: string, id: string): Promise<RowJson[]> {
  const rows: RowJson[] = [];
  let after = 0;
  for (;;) {
    const res = await request(`/api/v1/imports/${id}/rows?after=${after}&limit=500`, { cookie });
    const page = (await res.json()) as { items: RowJson[]; next_after: number | null };
    rows.push(...page.items);
    if (page.next_after === null) return rows;
    after = page.next_after;
  }
}

export async function submitAll(cookie: string, id: string, rows: number[] | "all" = "all") {
  const res = await request(`/api/v1/imports/${id}/submit`, {
    method: "POST",
    cookie,
    json: { rows, submitter: { relationship: "researcher", show_name: false }, consent: { publish: true } },
  });
  if (res.status !== 202) throw new Error(`submit answered ${res.status}: ${await res.text()}`);
  return runJob(cookie, id);
}

/** ANSEL bytes for a Latin-1-ish string: "ä" → e8 61 (the diacritic before its letter). */
export function ansel(text: string): Uint8Array {
  const marks: Record<string, number> = { "\u0308": 0xe8, "\u0301": 0xe2, "\u0300": 0xe1, "\u030c": 0xe9, "\u0327": 0xf0 };
  const out: number[] = [];
  for (const ch of text.normalize("NFD")) {
    const mark = marks[ch];
    if (mark !== undefined) out.splice(out.length - 1, 0, mark);
    else if (ch === "ß") out.push(0xcf);
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else throw new Error(`no ANSEL for ${ch}`);
  }
  return new Uint8Array(out);
}

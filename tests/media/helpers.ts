import { request } from "../helpers/app";

export interface UploadFields {
  caption?: string;
  credit?: string;
  date?: string;
  source?: string;
  licence?: string;
  rights_confirmed?: string;
}

export const GOOD_FIELDS: UploadFields = {
  caption: "Letter from the camp",
  credit: "Family archive",
  licence: "CC-BY-4.0",
  rights_confirmed: "true",
};

/** POST /api/v1/media as a browser or API client sends it (multipart/form-data). */
export function upload(
  cookie: string | undefined,
  bytes: Uint8Array,
  filename: string,
  fields: UploadFields = GOOD_FIELDS,
  type = "application/octet-stream",
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.set(k, v);
  form.set("file", new File([bytes], filename, { type }));
  return request("/api/v1/media", { method: "POST", body: form, cookie });
}

export interface UploadJson {
  id: string;
  sha256: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  metadata_removed: string[];
  ref: Record<string, unknown>;
}

export async function uploadOk(
  cookie: string,
  bytes: Uint8Array,
  filename: string,
  fields?: UploadFields,
): Promise<UploadJson> {
  const res = await upload(cookie, bytes, filename, fields);
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as UploadJson;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

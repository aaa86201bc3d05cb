/** Requests that carry a file and so are exempt from the 1 MB JSON body limit. */
export function isMediaUpload(method: string, path: string): boolean {
  if (method === "POST" && path === "/api/v1/media") return true;
  return method === "PUT" && /^\/api\/v1\/media\/uploads\/[^/]+\/parts\/\d+$/.test(path);
}

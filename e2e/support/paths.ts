import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Screenshots, the served HTML and the server log: the CI artifact (git-ignored). */
export const RESULTS_DIR = path.join(ROOT, "test-results/e2e");

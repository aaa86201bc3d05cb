import { startDirect, APP_CONFIG } from "./servers";
import path from "node:path";
const s = await startDirect(APP_CONFIG, path.resolve(process.argv[2]!), 8941);
console.log("ready", s.url);
await new Promise(() => {});

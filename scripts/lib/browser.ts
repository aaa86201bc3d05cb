/** Headless Chromium from the system (Debian's `chromium`), driven by playwright-core. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const EXECUTABLE = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) {
    console.error(`Chromium not found at ${EXECUTABLE}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(2);
  }
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The server to check: $BASE_URL, or the local one on $PORT (default 8787). */
export function baseUrl(): string {
  return (process.env.BASE_URL || `http://127.0.0.1:${process.env.PORT || "8787"}`).replace(/\/$/, "");
}

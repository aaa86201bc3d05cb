/** Debian's Chromium, driven by playwright-core (test tools cannot download browsers here). */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const EXECUTABLE = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(`Chromium not found at ${EXECUTABLE}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
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

/** Viewports: a laptop, and a phone held upright (iPhone 12–15 size in CSS pixels). */
export const DESKTOP = { viewport: { width: 1280, height: 900 } } as const;
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

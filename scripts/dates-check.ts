/**
 * `npm run dates:check` — finds stored revisions whose dates contradict their own words (or that
 * today's EDTF rules refuse), lists them for moderators and on /admin/operations, and opens a
 * correction for review for each published memorial among them. Nothing is rewritten.
 *
 * - Local ($STATE_DIR, [--env name]): every chunk in a loop, straight against the local D1.
 * - Deployed: `npm run dates:check -- --remote [--env production] [--url https://…]
 *   [--email admin@…] [--limit 100] [--cursor …]`: signs in as an admin (or uses
 *   ZEUGNIS_SESSION) and sends POST /api/v1/admin/dates/check chunk by chunk; an interrupted run
 *   prints the cursor to resume from.
 * docs/operations.md ("Dates whose words and code disagree") explains when and how.
 */
import { checkAllDates } from "../src/editorial/date-check/date-check";
import { adminSession, archiveAddress } from "./lib/admin-session";
import { flag, option, stateDir } from "./lib/cli";
import { withLocalDb } from "./lib/local-d1";
import { RemoteChunkError, runRemoteChunks } from "./lib/remote-chunks";
import { signOut } from "./lib/remote-rebuild";

interface DateCheckAnswer {
  checked: number;
  found: number;
  corrections_opened: number;
  next_cursor: string | null;
  done: boolean;
}

const summary = (t: { checked: number; found: number; corrections: number }) =>
  `${t.checked} revisions read, ${t.found} with dates that contradict their words, ${t.corrections} corrections opened for review`;

async function remote(): Promise<void> {
  const base = archiveAddress();
  const { cookie, signedInHere } = await adminSession(base);
  const totals = { checked: 0, found: 0, corrections: 0 };
  try {
    await runRemoteChunks<DateCheckAnswer>({
      base,
      cookie,
      path: "/api/v1/admin/dates/check",
      limit: option("limit") ? Number(option("limit")) : undefined,
      cursor: option("cursor") ?? null,
      onChunk: (chunk) => {
        totals.checked += chunk.checked;
        totals.found += chunk.found;
        totals.corrections += chunk.corrections_opened;
        process.stdout.write(`\r${summary(totals)}`);
      },
    });
    console.log(`\nDates of ${base} checked: ${summary(totals)}. The list is on /admin/operations.`);
  } catch (error) {
    if (!(error instanceof RemoteChunkError)) throw error;
    console.error(`\n${error.message}`);
    if (error.cursor) console.error(`Resume with: npm run dates:check -- --remote --url ${base} --cursor ${error.cursor}`);
    process.exitCode = 1;
  } finally {
    if (signedInHere) await signOut(base, cookie);
  }
}

if (flag("remote")) {
  await remote().catch((error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
} else {
  await withLocalDb(stateDir(), option("env"), async (db) => {
    const totals = await checkAllDates(db, (t) => process.stdout.write(`\r${summary({ ...t, corrections: t.correctionsOpened })}`));
    console.log(`\nDates checked: ${summary({ ...totals, corrections: totals.correctionsOpened })}. The list is on /admin/operations.`);
  });
}

/**
 * The backup format, shared by the nightly job (src/operations/backup/backup.ts) and the restore
 * (src/operations/backup/restore.ts): under `backups/<UTC time>/`, one JSON Lines file per table (one row
 * object per line, columns by name) and `manifest.json`, written last, so a backup without a
 * manifest is incomplete and never restored.
 */
export const BACKUP_PREFIX = "backups/";
export const FORMAT_VERSION = 1;

export interface TableManifest {
  name: string;
  key: string;
  rows: number;
  sha256: string;
}

export interface BackupManifest {
  format: number;
  created_at: string;
  /** The last audit entry the backup contains; nothing audited after it is in it. */
  audit_high_water: number;
  /**
   * "snapshot": every table was read in one D1 batch (one transaction). "audit-bracketed": read
   * in pages, and the audit log did not move between the first and the last page, so no change
   * (every change writes its audit entry in its own batch) committed meanwhile. "moving": writes
   * kept committing through every attempt; audited tables may disagree by the changes after
   * `audit_high_water`.
   */
  consistency: "snapshot" | "audit-bracketed" | "moving";
  attempts: number;
  migrations: string[];
  tables: TableManifest[];
}

/**
 * Tables a backup leaves out: SQLite's and D1's own, the migration ledger (a restore applies the
 * migrations first) and the search index (`search_*`, including the FTS5 shadow tables), which a
 * restore rebuilds from the revisions.
 */
export function isBackedUp(table: string): boolean {
  return !/^(sqlite_|_cf_|d1_migrations$|search_)/.test(table);
}

export function backupPrefix(now: number): string {
  return `${BACKUP_PREFIX}${new Date(now).toISOString().replace(/[:.]/g, "-")}/`;
}

export async function sha256Text(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The first admin (and any later one): `npm run admin:create -- --email …` (scripts/admin-create.ts).
 * Admins cannot be made in the web interface, so the operator runs these statements against the
 * database: locally through wrangler's platform proxy, in production through `wrangler d1 execute
 * --remote --file`. Both run exactly this SQL, which is why it is plain text with the values
 * written in as SQL literals (a .sql file cannot bind parameters); the address is validated first.
 *
 * The statements create the account if it does not exist, record the grant in the audit log
 * (with the role it had before) and make it an admin. A disabled account is left alone. Running
 * them twice changes nothing the second time.
 */
import { z } from "zod";

const emailSchema = z.email().max(254);

export interface AdminGrant {
  email: string;
  /** The id the account gets if it does not exist yet. */
  newUserId: string;
  displayName?: string;
  now: number;
}

/** A normalised, valid address, or an error message for the command line. */
export function parseAdminEmail(input: string | undefined): { email: string } | { error: string } {
  const email = (input ?? "").trim().toLowerCase();
  return emailSchema.safeParse(email).success ? { email } : { error: `Not an email address: "${input ?? ""}"` };
}

/** A SQL string literal. */
function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
}

export function adminGrantStatements(grant: AdminGrant): string[] {
  const email = literal(grant.email);
  const id = literal(grant.newUserId);
  const name = grant.displayName ? literal(grant.displayName) : "NULL";
  const now = integer(grant.now);
  return [
    `INSERT INTO users (id, email, display_name, role, created_at) VALUES (${id}, ${email}, ${name}, 'contributor', ${now}) ON CONFLICT (email) DO NOTHING;`,
    `INSERT INTO audit_log (at, actor_id, action, subject_type, subject_id, detail) SELECT ${now}, NULL, 'user.grant_admin', 'user', id, json_object('from', role, 'via', 'npm run admin:create', 'new_account', json(CASE WHEN id = ${id} THEN 'true' ELSE 'false' END)) FROM users WHERE email = ${email} AND role <> 'admin' AND disabled_at IS NULL;`,
    `UPDATE users SET role = 'admin' WHERE email = ${email} AND role <> 'admin' AND disabled_at IS NULL;`,
  ];
}

/** The query that shows the result (run after the statements). */
export function adminCheckQuery(email: string): string {
  return `SELECT id, email, role, disabled_at FROM users WHERE email = ${literal(email)};`;
}

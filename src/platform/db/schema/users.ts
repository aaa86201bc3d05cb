import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const ROLES = ["contributor", "moderator", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** People who sign in. Emails are private: only admins ever see them (domain.md, Privacy). */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull().unique(),
    displayName: text("display_name"),
    role: text("role", { enum: ROLES }).notNull().default("contributor"),
    locale: text("locale"),
    createdAt: integer("created_at").notNull(),
    lastLoginAt: integer("last_login_at"),
    disabledAt: integer("disabled_at"),
  },
  // The staff list of the audit page's "who" filter (moderators and admins are few).
  (t) => [index("users_role_idx").on(t.role)],
);

/** Server-side sessions; the cookie holds a random token whose sha256 is the id. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
    revokedAt: integer("revoked_at"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** One-time sign-in links: only the sha256 of the token is stored. */
export const loginTokens = sqliteTable(
  "login_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    email: text("email").notNull(),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    next: text("next"),
  },
  (t) => [index("login_tokens_email_idx").on(t.email, t.createdAt)],
);

/**
 * The clients people signed in from, as a keyed hash of address and browser (never the address
 * itself): so moderators can see that a submitter signed in from the same client as a moderator
 * (four eyes), and so the owner of an address still gets sign-in links while others flood it.
 * Kept 30 days after the last sign-in (the nightly job deletes older rows; docs/operations.md).
 */
export const signInClients = sqliteTable(
  "sign_in_clients",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    clientHash: text("client_hash").notNull(),
    firstSeenAt: integer("first_seen_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.clientHash] }),
    index("sign_in_clients_client_idx").on(t.clientHash, t.lastSeenAt),
    index("sign_in_clients_seen_idx").on(t.lastSeenAt),
  ],
);

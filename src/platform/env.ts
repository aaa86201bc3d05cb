import type { Database } from "./db/client";
import type { MeteredD1 } from "./db/metering";
import type { Locale, Translate } from "./i18n";
import type { SessionUser } from "./auth/session";
import type { PageCacheStatus } from "./cache/page-cache";

/** The one typed environment of the app: Cloudflare bindings plus per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    db: Database;
    /** The request's metered D1 session behind `db` (its usage and bookmark). */
    d1?: MeteredD1;
    requestId: string;
    user: SessionUser | null;
    sessionId: string | null;
    locale: Locale;
    t: Translate;
    language: string;
    secureHeadersNonce?: string;
    /** Set by the page cache on the routes it serves: in the request log line. */
    pageCache?: PageCacheStatus;
  };
}

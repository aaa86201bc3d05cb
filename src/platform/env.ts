import type { Database } from "./db/client";
import type { Locale, Translate } from "./i18n";
import type { SessionUser } from "./auth/session";

/** The one typed environment of the app: Cloudflare bindings plus per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    db: Database;
    requestId: string;
    user: SessionUser | null;
    sessionId: string | null;
    locale: Locale;
    t: Translate;
    language: string;
    secureHeadersNonce?: string;
  };
}

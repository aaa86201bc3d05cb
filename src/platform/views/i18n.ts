import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../env";

/** The visitor's language and translator, inside any component rendered for a request. */
export function useI18n() {
  const c = useRequestContext<AppEnv>();
  return { t: c.var.t, locale: c.var.locale };
}

/** The current request's context, for components that need the user or the URL. */
export function useAppContext() {
  return useRequestContext<AppEnv>();
}

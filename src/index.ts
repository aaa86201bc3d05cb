/**
 * Zeugnis: assembles middleware and feature routers into the Worker. Nothing else lives here.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { authRoutes } from "./auth/auth.routes";
import { loadSession } from "./auth/session";
import type { AppEnv } from "./env";
import { homeRoutes } from "./home/home.routes";
import { AppError } from "./lib/errors";
import { memorialsApi } from "./memorials/memorials.api";
import { memorialPages } from "./memorials/memorials.routes";
import { notFound, onError } from "./middleware/errors";
import { bindTranslator, detectLanguage, requestContext } from "./middleware/request-context";
import { securityHeaders } from "./middleware/security";
import { searchRoutes } from "./search/search.routes";
import { layout } from "./views/layout";

const app = new Hono<AppEnv>();

app.use(requestContext);
app.use(securityHeaders);
app.use(detectLanguage, bindTranslator);
// The renderer comes before anything that can refuse a request, so refusals render as pages too.
app.use(layout);
app.use(csrf());
app.use(
  "/api/*",
  bodyLimit({
    maxSize: 1_048_576,
    onError: () => {
      throw new AppError("payload_too_large", "The request body is larger than 1 MB.");
    },
  }),
);
app.use(loadSession);

app.route("/", homeRoutes);
app.route("/", authRoutes);
// Before memorialsApi: a list request with search parameters is answered by search.
app.route("/", searchRoutes);
app.route("/", memorialsApi);
app.route("/", memorialPages);

app.notFound(notFound);
app.onError(onError);

export default app;

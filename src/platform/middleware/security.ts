/**
 * Security headers on every Worker response: a nonce-based CSP (no inline scripts without the
 * nonce), HSTS, no framing, no MIME sniffing, and a strict referrer policy.
 */
import { NONCE, secureHeaders, type ContentSecurityPolicyOptionHandler } from "hono/secure-headers";
import { tileOrigin } from "../views/map-tiles";

/** Map tiles come from the configured tile server (TILE_URL), the only outside image source. */
const TILE_SOURCE: ContentSecurityPolicyOptionHandler = (c) => tileOrigin((c.env as Env | undefined)?.TILE_URL);

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", NONCE],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:", TILE_SOURCE],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    frameSrc: ["https://challenges.cloudflare.com"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
  },
  strictTransportSecurity: "max-age=63072000; includeSubDomains",
  xFrameOptions: "DENY",
  referrerPolicy: "strict-origin-when-cross-origin",
  crossOriginEmbedderPolicy: false,
  crossOriginResourcePolicy: "same-origin",
});

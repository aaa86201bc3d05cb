import { describe, expect, it } from "vitest";
import { verifyTurnstile } from "../../src/platform/abuse/turnstile";

const test = (secret: string) => ({ ENVIRONMENT: "test", TURNSTILE_SECRET: secret });

describe("Turnstile verification", () => {
  it("answers as Cloudflare documents its test secrets, without a network call", async () => {
    expect(await verifyTurnstile(test("1x0000000000000000000000000000000AA"), undefined)).toEqual({ success: true, errorCodes: [] });
    expect(await verifyTurnstile(test("2x0000000000000000000000000000000AA"), "XXXX.DUMMY.TOKEN.XXXX")).toEqual({
      success: false,
      errorCodes: ["invalid-input-response"],
    });
    expect(await verifyTurnstile(test("3x0000000000000000000000000000000AA"), "XXXX.DUMMY.TOKEN.XXXX")).toEqual({
      success: false,
      errorCodes: ["timeout-or-duplicate"],
    });
  });

  it("never honours a test secret in production, and fails closed without a token", async () => {
    const production = { ENVIRONMENT: "production", TURNSTILE_SECRET: "1x0000000000000000000000000000000AA" };
    expect(await verifyTurnstile(production, undefined)).toEqual({ success: false, errorCodes: ["missing-input-response"] });
    expect(await verifyTurnstile({ ENVIRONMENT: "production" }, "token")).toEqual({ success: false, errorCodes: ["missing-input-secret"] });
  });
});

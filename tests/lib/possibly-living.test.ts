import { describe, expect, it } from "vitest";
import { isPossiblyLiving } from "../../src/lib/possibly-living";
import type { LifeEvent } from "../../src/lib/person-document";

const NOW = Date.UTC(2026, 5, 1);
const birth = (edtf: string): LifeEvent => ({ type: "birth", date: { edtf }, certainty: "documented", sources: ["s1"] });
const death: LifeEvent = { type: "execution", certainty: "documented", sources: ["s1"] };

describe("who may still be alive (domain.md, Privacy)", () => {
  it("anyone whose death is recorded is not", () => {
    expect(isPossiblyLiving({ events: [birth("1950"), death] }, NOW)).toBe(false);
  });

  it("someone born less than 110 years ago without a recorded death may be", () => {
    expect(isPossiblyLiving({ events: [birth("1920")] }, NOW)).toBe(true);
    expect(isPossiblyLiving({ events: [birth("1916-06-02")] }, NOW)).toBe(true);
  });

  it("someone born more than 110 years ago is not", () => {
    expect(isPossiblyLiving({ events: [birth("1901")] }, NOW)).toBe(false);
    expect(isPossiblyLiving({ events: [birth("1916-05-31")] }, NOW)).toBe(false);
    expect(isPossiblyLiving({ events: [birth("190X")] }, NOW)).toBe(false);
  });

  it("an unknown or open-ended birth may be", () => {
    expect(isPossiblyLiving({ events: [] }, NOW)).toBe(true);
    expect(isPossiblyLiving({ events: [{ type: "birth", certainty: "unknown", sources: [] }] }, NOW)).toBe(true);
    expect(isPossiblyLiving({ events: [birth("1900/..")] }, NOW)).toBe(true);
  });
});

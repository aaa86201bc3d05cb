import { describe, expect, it } from "vitest";
import { isPossiblyLiving } from "../../src/domain/possibly-living";
import type { LifeEvent } from "../../src/domain/person-document";

const NOW = Date.UTC(2026, 5, 1);
const birth = (edtf: string): LifeEvent => ({ type: "birth", date: { edtf }, certainty: "documented", sources: ["s1"] });
const death = (edtf?: string, type: LifeEvent["type"] = "death"): LifeEvent => ({
  type,
  ...(edtf ? { date: { edtf } } : {}),
  certainty: "documented",
  sources: ["s1"],
});

describe("who may still be alive (domain.md, Privacy)", () => {
  it("anyone whose death is recorded with a date in the past, after the birth, is not", () => {
    expect(isPossiblyLiving({ events: [birth("1950"), death("2001-03-04")] }, NOW)).toBe(false);
    expect(isPossiblyLiving({ events: [birth("1990"), death("2020", "execution")] }, NOW)).toBe(false);
    expect(isPossiblyLiving({ events: [death("../1941")] }, NOW)).toBe(false);
    expect(isPossiblyLiving({ events: [birth("1950"), death("196X")] }, NOW)).toBe(false);
  });

  it("a death that is undated, in the future or before the birth settles nothing", () => {
    expect(isPossiblyLiving({ events: [birth("1990"), death(undefined, "execution")] }, NOW)).toBe(true);
    expect(isPossiblyLiving({ events: [birth("1990"), death("2099")] }, NOW)).toBe(true);
    expect(isPossiblyLiving({ events: [birth("1990"), death("1941-10-23")] }, NOW)).toBe(true);
    expect(isPossiblyLiving({ events: [death("2026-06-02")] }, NOW)).toBe(true);
    // Might still lie ahead: an open end, or a range reaching past today.
    expect(isPossiblyLiving({ events: [birth("1990"), death("2020/..")] }, NOW)).toBe(true);
    expect(isPossiblyLiving({ events: [birth("1990"), death("2020/2030")] }, NOW)).toBe(true);
  });

  it("one plausible death is enough, whatever else is recorded", () => {
    expect(isPossiblyLiving({ events: [birth("1990"), death("2099"), death("2019", "execution")] }, NOW)).toBe(false);
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

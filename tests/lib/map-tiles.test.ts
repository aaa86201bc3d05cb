import { describe, expect, it } from "vitest";
import { coveringTiles, isTileTemplate, project, tileOrigin } from "../../src/platform/views/map-tiles";

const TEMPLATE = "https://tiles.example.org/{z}/{x}/{y}.png";

describe("map tiles", () => {
  it("projects a point to world pixels the way slippy maps do", () => {
    expect(project(0, 0, 0)).toEqual({ x: 128, y: 128 });
    // Berlin at zoom 10 lies in tile 550/335 (the usual OpenStreetMap numbering).
    const berlin = project(52.52, 13.405, 10);
    expect(Math.floor(berlin.x / 256)).toBe(550);
    expect(Math.floor(berlin.y / 256)).toBe(335);
  });

  it("covers a window centred on the point with every tile it touches", () => {
    const tiles = coveringTiles(TEMPLATE, 52.52, 13.405, 15, 320, 200);
    expect(tiles.length).toBeGreaterThanOrEqual(2);
    expect(tiles.length).toBeLessThanOrEqual(6);
    for (const t of tiles) {
      expect(t.url).toMatch(/^https:\/\/tiles\.example\.org\/15\/\d+\/\d+\.png$/);
      expect(t.x).toBeGreaterThan(-256);
      expect(t.x).toBeLessThan(320);
      expect(t.y).toBeGreaterThan(-256);
      expect(t.y).toBeLessThan(200);
    }
  });

  it("accepts only https templates with {z}, {x} and {y}, and derives the CSP origin", () => {
    expect(isTileTemplate(TEMPLATE)).toBe(true);
    expect(isTileTemplate("")).toBe(false);
    expect(isTileTemplate("http://tiles.example.org/{z}/{x}/{y}.png")).toBe(false);
    expect(isTileTemplate("https://tiles.example.org/{z}/{x}.png")).toBe(false);
    expect(tileOrigin(TEMPLATE)).toBe("https://tiles.example.org");
    expect(tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png")).toBe("https://*.tile.example.org");
    expect(tileOrigin(undefined)).toBe("");
  });
});

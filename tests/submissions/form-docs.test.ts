/** docs/submission-form.md describes the form the code has: every step, in order. */
import { describe, expect, it } from "vitest";
import doc from "../../docs/submission-form.md?raw";
import { STEPS } from "../../src/editorial/submissions/form/draft";

describe("docs/submission-form.md", () => {
  it("lists every step of the form in the URL table, in order", () => {
    const row = doc.split("\n").find((line) => line.startsWith("| `GET`/`POST /submit/{revision_id}/{step}`"));
    expect(row).toBeDefined();
    const listed = [...row!.matchAll(/`([a-z]+)`/g)].map((m) => m[1]);
    expect(listed).toEqual([...STEPS]);
  });

  it("documents the media step and the page that attaches an uploaded file", () => {
    const steps = [...doc.matchAll(/^## .*\(step (\d+)(?: of \d+)?\)$/gm)].map((m) => Number(m[1]));
    expect(Math.max(...steps)).toBe(STEPS.length);
    expect(doc).toMatch(/^## \d+\. Photos and documents \(step 7\)$/m);
    expect(doc).toContain("/submit/{revision_id}/media/attach");
  });
});

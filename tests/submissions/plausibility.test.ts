/**
 * Plausibility warnings reach the submitter: in the API's answers (in the language asked for)
 * and on the form's review step, where they may send anyway and explain. Warnings never refuse.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { revisions } from "../../src/platform/db/schema";
import { postForm, request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { IMPLAUSIBLE_WARNINGS, implausibleDocument } from "../helpers/implausible";
import { createRevision, storedRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";
import { moderatorSets, postSubmission, submissionBody } from "./submission-helpers";

interface Warning {
  path: string;
  code: string;
  message: string;
}

const pathsAndCodes = (warnings: Warning[]) => warnings.map(({ path, code }) => ({ path, code }));

describe("plausibility warnings in the contributor API", () => {
  it("answers 201 with the warnings and stores the submission all the same", async () => {
    const user = await signIn();
    const res = await postSubmission(user, submissionBody(implausibleDocument(), { warnings_explanation: "The NKVD file gives 1890." }));
    expect(res.status).toBe(201);
    const answer = (await res.json()) as { id: string; status: string; warnings: Warning[] };
    expect(answer.status).toBe("pending");
    expect(pathsAndCodes(answer.warnings)).toEqual(IMPLAUSIBLE_WARNINGS);
    expect(answer.warnings[2]!.message).toBe("“Death” (1890) is dated before the birth (about 1895): the person died before being born.");
    const row = await storedRevision(answer.id);
    expect(row).toMatchObject({ status: "pending", plausibilityNote: "The NKVD file gives 1890." });
    expect(JSON.parse(row!.plausibility!)).toHaveLength(3);
  });

  it("answers an empty list for a plausible document", async () => {
    const user = await signIn();
    const answer = (await (await postSubmission(user, submissionBody(zuckerDocument()))).json()) as { warnings: Warning[] };
    expect(answer.warnings).toEqual([]);
  });

  it("says the warnings in the language of the request, and on reading the submission again", async () => {
    const user = await signIn();
    const res = await request("/api/v1/submissions", {
      method: "POST",
      cookie: user.cookie,
      headers: { "accept-language": "de" },
      json: submissionBody(implausibleDocument()),
    });
    const { id, warnings } = (await res.json()) as { id: string; warnings: Warning[] };
    expect(warnings[2]!.message).toBe("„Tod“ (1890) ist vor der Geburt (um 1895) datiert: Die Person wäre vor ihrer Geburt gestorben.");

    const read = await request(`/api/v1/submissions/${id}`, { cookie: user.cookie, headers: { "accept-language": "ru" } });
    const detail = (await read.json()) as { warnings: Warning[]; warnings_explanation: string | null };
    expect(pathsAndCodes(detail.warnings)).toEqual(IMPLAUSIBLE_WARNINGS);
    expect(detail.warnings[0]!.message).toContain("датировано позже смерти");
    expect(detail.warnings_explanation).toBeNull();
  });

  it("answers the revision's warnings on PUT, and none once the dates are corrected", async () => {
    const user = await signIn();
    const { id } = (await (await postSubmission(user, submissionBody(zuckerDocument()))).json()) as { id: string };
    const version = await moderatorSets(id, "changes_requested");
    const put = (body: unknown) => request(`/api/v1/submissions/${id}`, { method: "PUT", cookie: user.cookie, json: body });

    const revised = await put({ ...submissionBody(implausibleDocument()), version, warnings_explanation: "Both dates are in the file." });
    expect(revised.status).toBe(200);
    const answer = (await revised.json()) as { status: string; version: number; warnings: Warning[] };
    expect(answer.status).toBe("pending");
    expect(pathsAndCodes(answer.warnings)).toEqual(IMPLAUSIBLE_WARNINGS);
    expect(await storedRevision(id)).toMatchObject({ plausibilityNote: "Both dates are in the file." });

    const again = await moderatorSets(id, "changes_requested");
    const fixed = (await (await put({ ...submissionBody(zuckerDocument()), version: again })).json()) as { warnings: Warning[] };
    expect(fixed.warnings).toEqual([]);
    expect(JSON.parse((await storedRevision(id))!.plausibility!)).toEqual([]);
  });
});

describe("plausibility warnings on the form's review step", () => {
  it("lists each warning with a link to its field, and sends anyway with the explanation", async () => {
    const user = await signIn();
    const { id } = await createRevision({ submitter: user, status: "draft", document: implausibleDocument() });

    const page = await (await request(`/submit/${id}/review`, { cookie: user.cookie })).text();
    expect(page).toContain("Dates to look at twice");
    expect(page).toContain("“Death” (1890) is dated before the birth (about 1895): the person died before being born.");
    expect(page).toContain(`href="/submit/${id}/fate#f-events-3-date"`);
    expect(page).toContain('name="warnings_explanation"');

    const sent = await postForm(`/submit/${id}/send`, { version: "1", warnings_explanation: "The NKVD file gives 1890; the family remembers about 1895." }, user.cookie);
    expect(sent.status).toBe(303);
    const row = await storedRevision(id);
    expect(row).toMatchObject({ status: "pending", plausibilityNote: "The NKVD file gives 1890; the family remembers about 1895." });
    expect(JSON.parse(row!.plausibility!).map((w: Warning) => w.code)).toEqual(IMPLAUSIBLE_WARNINGS.map((w) => w.code));
  });

  it("shows the warnings in German and Russian", async () => {
    const user = await signIn();
    const { id } = await createRevision({ submitter: user, status: "draft", document: implausibleDocument() });
    const de = await (await request(`/submit/${id}/review?lang=de`, { cookie: user.cookie })).text();
    expect(de).toContain("Daten, die einen zweiten Blick verdienen");
    expect(de).toContain("„Verhaftung“ (1937) ist nach dem Tod (1890) datiert.");
    const ru = await (await request(`/submit/${id}/review?lang=ru`, { cookie: user.cookie })).text();
    expect(ru).toContain("Даты, которые стоит проверить");
    expect(ru).toContain("Почему эти даты верны");
  });

  it("shows no warnings and no explanation field for a plausible entry", async () => {
    const user = await signIn();
    const { id } = await createRevision({ submitter: user, status: "draft" });
    const page = await (await request(`/submit/${id}/review`, { cookie: user.cookie })).text();
    expect(page).not.toContain("Dates to look at twice");
    expect(page).not.toContain('name="warnings_explanation"');
  });

  it("checks a draft that does not validate yet as far as its dates are valid", async () => {
    const user = await signIn();
    const doc = implausibleDocument();
    doc.sources = [];
    const { id } = await createRevision({ submitter: user, status: "draft" });
    // Written as the form stores drafts: unvalidated, here with references to a missing source.
    await testDb().update(revisions).set({ document: JSON.stringify(doc) }).where(eq(revisions.id, id));
    const res = await request(`/api/v1/submissions/${id}`, { cookie: user.cookie });
    expect(pathsAndCodes(((await res.json()) as { warnings: Warning[] }).warnings)).toEqual(IMPLAUSIBLE_WARNINGS);
    const page = await (await request(`/submit/${id}/review`, { cookie: user.cookie })).text();
    expect(page).toContain("“Death” (1890) is dated before the birth");
  });
});

/**
 * The API refuses a date whose words say another date than its code (422 at the date's path),
 * and EDTF that ends before it starts or has a two-digit year; words it cannot read stay allowed.
 */
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";
import { postSubmission, submissionBody } from "./submission-helpers";

type Problem = { errors: Array<{ path: string; message: string }> };

describe("dates sent to the API", () => {
  it("refuses words and code that say different dates, at the date's path", async () => {
    const user = await signIn();
    const document = zuckerDocument();
    document.events![2]!.date = { edtf: "1890", text: "wahrscheinlich 1942" };
    document.events![0]!.date = { edtf: "1937", text: "March 1938" };
    const res = await postSubmission(user, submissionBody(document));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await res.json()) as Problem;
    expect(problem.errors).toEqual([
      { path: "document.events.0.date", message: expect.stringContaining('the words say 1938-03 ("March 1938"), the date says 1937') },
      { path: "document.events.2.date", message: expect.stringContaining('the words say 1942? ("wahrscheinlich 1942"), the date says 1890') },
    ]);
  });

  it("accepts words that agree with the code, and words it cannot read", async () => {
    const user = await signIn();
    const document = zuckerDocument();
    document.events![0]!.date = { edtf: "1937-11", text: "1937" };
    document.events![2]!.date = { edtf: "1941~", text: "um 1942" };
    document.markers![0]!.installed = { edtf: "2011", text: "when the street was renamed" };
    const res = await postSubmission(user, submissionBody(document));
    expect(res.status).toBe(201);
  });

  it.each([
    ["2008/2004", "ends before it starts"],
    ["1985-04-12/1985-04-11", "ends before it starts"],
    ["[1950..1918]", "ends before it starts"],
    ["85", "needs a four-digit year"],
  ])("refuses the EDTF %s: %s", async (edtf, message) => {
    const user = await signIn();
    const document = zuckerDocument();
    document.events![1]!.date = { edtf };
    const res = await postSubmission(user, submissionBody(document));
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).errors).toEqual([{ path: "document.events.1.date.edtf", message: expect.stringContaining(message) }]);
  });

  it("refuses a revision whose words disagree, and stores nothing", async () => {
    const moderator = await signIn("moderator");
    const { id, submitter } = await createRevision();
    await request(`/api/v1/moderation/revisions/${id}/claim`, { method: "POST", cookie: moderator.cookie });
    await request(`/api/v1/moderation/revisions/${id}/decision`, { method: "POST", cookie: moderator.cookie, json: { action: "request_changes", version: 1, reason: "Check the death." } });
    const document = zuckerDocument();
    document.events![2]!.date = { edtf: "1941-10-23", text: "probably 1942" };
    const res = await request(`/api/v1/submissions/${id}`, { method: "PUT", cookie: submitter.cookie, json: { ...submissionBody(document), version: 2 } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).errors[0]).toMatchObject({ path: "document.events.2.date" });
    const stored = await (await request(`/api/v1/submissions/${id}`, { cookie: submitter.cookie })).json();
    expect(stored).toMatchObject({ status: "changes_requested", version: 2 });
  });
});

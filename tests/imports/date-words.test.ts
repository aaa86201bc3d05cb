/** An imported date whose words say another date than its code is reported on its row, not fatal. */
import { describe, expect, it } from "vitest";
import { signIn } from "../helpers/users";
import { allRows, runJob, submitAll, uploadOk } from "./helpers";

const FILE = [
  "0 HEAD",
  "1 GEDC",
  "2 VERS 7.0",
  "0 @I1@ INDI",
  "1 NAME Hans /Quast/",
  "1 DEAT",
  "2 DATE 1890",
  "3 PHRASE wahrscheinlich 1942",
  "0 @I2@ INDI",
  "1 NAME Grete /Quast/",
  "1 BIRT",
  "2 DATE 1895",
  "3 PHRASE um 1895",
  "0 TRLR",
  "",
].join("\n");

describe("dates in imported files", () => {
  it("reports words that contradict the date on the row, and submits the rest of the file", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, FILE, "quast.ged");
    expect(await runJob(contributor.cookie, job.id)).toMatchObject({ status: "ready", people: 2 });
    await submitAll(contributor.cookie, job.id);
    const [hans, grete] = await allRows(contributor.cookie, job.id);
    // Hans becomes a draft to correct, with the reason on his row; Grete goes to the moderators.
    expect(hans).toMatchObject({ status: "needs_edit", revision_id: expect.stringMatching(/^rev_/) });
    expect(hans!.error).toContain('events.0.date: the words say 1942? ("wahrscheinlich 1942"), the date says 1890');
    expect(grete).toMatchObject({ status: "submitted", error: null });
  });
});

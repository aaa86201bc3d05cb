/** Groups made the way the archive makes them: proposed by a contributor, approved by a moderator. */
import { expect } from "vitest";
import type { z } from "zod";
import type { groupDocumentSchema } from "../../src/domain/group-document";
import { request } from "../helpers/app";
import { signIn, type TestUser } from "../helpers/users";

export type GroupInput = z.input<typeof groupDocumentSchema>;

export const SOURCE_A = { id: "s1", kind: "article", citation: "Wilhelm Mensing, From the Ruhr to the Gulag." } as const;
export const SOURCE_B = { id: "s2", kind: "book", citation: "Hans Schafranek, Zwischen NKWD und Gestapo." } as const;

export function trainDocument(name = "Test train to Brest-Litovsk", members: GroupInput["members"] = []): GroupInput {
  return {
    kind: "transport",
    name: { en: name, de: "Testzug nach Brest-Litowsk" },
    date: { edtf: "1940-02-05" },
    places: [{ role: "handed_over_at", place: { name: "Brest-Litovsk", lat: 52.1, lon: 23.7 } }],
    description: { en: "A transport of prisoners handed to the Gestapo on the bridge." },
    sources: [SOURCE_A, SOURCE_B],
    counts: [
      { what: { en: "prisoners handed over" }, value: 325, status: "disputed", sources: ["s1"] },
      { what: { en: "prisoners handed over" }, value: 350, qualifier: "at_least", status: "disputed", sources: ["s2"] },
    ],
    members,
  };
}

export async function propose(user: TestUser, body: unknown) {
  return request("/api/v1/submissions", { method: "POST", json: body, cookie: user.cookie });
}

export async function decide(moderator: TestUser, id: string, body: unknown) {
  return request(`/api/v1/moderation/revisions/${id}/decision`, { method: "POST", json: body, cookie: moderator.cookie });
}

/** A published group, through the real routes; answers its id and slug. */
export async function publishGroup(document: GroupInput): Promise<{ id: string; slug: string }> {
  const contributor = await signIn("contributor");
  const moderator = await signIn("moderator");
  const proposed = await propose(contributor, { kind: "group", document });
  expect(proposed.status).toBe(201);
  const { id, version } = (await proposed.json()) as { id: string; version: number };
  const decided = await decide(moderator, id, { action: "approve", version });
  expect(decided.status).toBe(200);
  const { group_id } = (await decided.json()) as { group_id: string };
  const detail = (await (await request(`/api/v1/groups/${group_id}`)).json()) as { slug: string };
  return { id: group_id, slug: detail.slug };
}

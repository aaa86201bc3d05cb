/**
 * A fresh little archive for one request of the authorisation matrix: the five kinds of caller
 * and, created only when a route asks for them, the things routes act on (the owner's pending,
 * returned, rejected and draft revisions, a published memorial, a report, a private file, an upload).
 * Each call gets its own world, so a write by one role never changes what the next one sees.
 */
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";
import { plainJpeg } from "../media/fixtures";
import { GOOD_FIELDS } from "../media/helpers";

export const ROLES = ["visitor", "owner", "other", "moderator", "admin"] as const;
export type Caller = (typeof ROLES)[number];

let clients = 0;
/**
 * A different client address for each fixture, so the per-client rate limits (which the abuse
 * tests check) do not decide what a matrix row sees.
 */
export function clientIp(): string {
  clients++;
  return `198.18.${(clients >> 8) & 255}.${clients & 255}`;
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

export function newWorld() {
  const user = (role: "contributor" | "moderator" | "admin") => once(() => signIn(role));
  const owner = user("contributor");
  const users: Record<Exclude<Caller, "visitor">, () => Promise<TestUser>> = {
    owner,
    other: user("contributor"),
    moderator: user("moderator"),
    admin: user("admin"),
  };
  const memorial = once(() => publishMemorial(zuckerDocument()));
  const revision = (status: "pending" | "changes_requested" | "draft" | "rejected") =>
    once(async () => (await createRevision({ submitter: await owner(), status })).id);
  return {
    users,
    /** The session cookie of a caller; none for the visitor. */
    async cookie(caller: Caller) {
      return caller === "visitor" ? undefined : (await users[caller]()).cookie;
    },
    target: user("contributor"),
    memorial,
    survivor: once(() => publishMemorial(zuckerDocument())),
    pending: revision("pending"),
    returned: revision("changes_requested"),
    draft: revision("draft"),
    rejected: revision("rejected"),
    report: once(async () => {
      const { memorialId } = await memorial();
      const res = await request("/api/v1/reports", {
        method: "POST",
                headers: { "cf-connecting-ip": clientIp() },
        json: { memorial_id: memorialId, kind: "error", message: "The date of arrest is wrong." },
      });
      if (res.status !== 202) throw new Error(`report: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    }),
    /** A file the owner uploaded; no published memorial lists it, so it is private. */
    media: once(async () => {
      const body = new FormData();
      for (const [k, v] of Object.entries(GOOD_FIELDS)) body.set(k, v);
      body.set("file", new File([plainJpeg()], "letter.jpg"));
      const res = await request("/api/v1/media", { method: "POST", body, cookie: (await owner()).cookie, headers: { "cf-connecting-ip": clientIp() } });
      if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    }),
    upload: once(async () => {
      const res = await request("/api/v1/media/uploads", {
        method: "POST",
        cookie: (await owner()).cookie,
        headers: { "cf-connecting-ip": clientIp() },
        json: { bytes: 100, filename: "scan.jpg", licence: "CC-BY-4.0", rights_confirmed: true },
      });
      if (res.status !== 201) throw new Error(`upload start: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { upload_id: string }).upload_id;
    }),
    /** A GEDCOM import the owner uploaded. */
    importJob: once(async () => {
      const body = new FormData();
      body.set("file", new File([SMALL_GEDCOM], "family.ged"));
      const res = await request("/api/v1/imports", { method: "POST", body, cookie: (await owner()).cookie, headers: { "cf-connecting-ip": clientIp() } });
      if (res.status !== 201) throw new Error(`import: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    }),
  };
}

/** The smallest file a genealogy program writes: one person, GEDCOM 5.5.1. */
export const SMALL_GEDCOM = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Max /Zucker/\n1 DEAT\n2 DATE 23 OCT 1941\n0 TRLR\n";

export type World = ReturnType<typeof newWorld>;

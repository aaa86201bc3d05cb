import { describe, expect, it } from "vitest";
import { BOOKMARK_COOKIE, sessionStart } from "../../src/platform/db/read-session";
import { request } from "../helpers/app";
import { setCookieValue, withRequestLog } from "../helpers/request-log";
import { signIn } from "../helpers/users";
import { postSubmission, revisionRow, submissionBody } from "../submissions/submission-helpers";

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

describe("read replicas with read-your-writes (D1 Sessions API)", () => {
  it("a contributor reads their own submission right after sending it, through the bookmark of that write", async () => {
    const user = await signIn("contributor");
    const sent = await withRequestLog(() => postSubmission(user, submissionBody()));
    expect(sent.res.status).toBe(201);
    const { id } = (await sent.res.json()) as { id: string };
    expect(sent.line.d1_session).toBe("first-primary");
    expect(sent.line.rows_written).toBeGreaterThan(0);
    const bookmark = setCookieValue(sent.res, BOOKMARK_COOKIE);
    expect(bookmark?.value).toMatch(BOOKMARK);
    expect(bookmark?.attributes).toMatch(/HttpOnly/i);
    expect(bookmark?.attributes).toMatch(/Secure/i);
    expect(bookmark?.attributes).toMatch(/SameSite=Lax/i);
    expect((await revisionRow(id))?.status).toBe("pending");

    const cookie = `${user.cookie}; ${BOOKMARK_COOKIE}=${bookmark!.value}`;
    const read = await withRequestLog(() => request(`/api/v1/submissions/${id}`, { cookie }));
    expect(read.res.status).toBe(200);
    expect(((await read.res.json()) as { status: string }).status).toBe("pending");
    expect(read.line.d1_session).toBe("bookmark");
    // A read leaves the bookmark as it is.
    expect(setCookieValue(read.res, BOOKMARK_COOKIE)).toBeUndefined();

    // The next write moves the bookmark forward (bookmarks sort by commit order).
    const withdrawn = await withRequestLog(() => request(`/api/v1/submissions/${id}/withdraw`, { method: "POST", cookie }));
    expect(withdrawn.res.status).toBe(200);
    expect(withdrawn.line.d1_session).toBe("bookmark");
    const next = setCookieValue(withdrawn.res, BOOKMARK_COOKIE)?.value;
    expect(next).toMatch(BOOKMARK);
    expect(next! > bookmark!.value).toBe(true);
    expect((await revisionRow(id))?.status).toBe("withdrawn");
  });

  it("visitors read from the nearest replica and get no bookmark", async () => {
    const { res, line } = await withRequestLog(() => request("/"));
    expect(res.status).toBe(200);
    expect(line.d1_session).toBe("first-unconstrained");
    expect(setCookieValue(res, BOOKMARK_COOKIE)).toBeUndefined();
  });

  it("a visitor's write (a sign-in request) starts on the primary and carries its bookmark on", async () => {
    const { res, line } = await withRequestLog(() =>
      request("/api/v1/auth/login-link", { method: "POST", json: { email: "ryw-visitor@example.org" } }),
    );
    expect(res.status).toBe(202);
    expect(line.d1_session).toBe("first-primary");
    expect(setCookieValue(res, BOOKMARK_COOKIE)?.value).toMatch(BOOKMARK);
  });

  it("ignores a bookmark cookie that is not a D1 bookmark", async () => {
    const user = await signIn("contributor");
    const { res, line } = await withRequestLog(() =>
      request("/api/v1/me", { cookie: `${user.cookie}; ${BOOKMARK_COOKIE}=first-primary'--` }),
    );
    expect(res.status).toBe(200);
    expect(line.d1_session).toBe("first-primary");
  });

  it("chooses the start of each request's session", () => {
    const base = { method: "GET", path: "/", signedIn: false, bookmark: undefined };
    const bookmark = "00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683";
    expect(sessionStart(base).consistency).toBe("first-unconstrained");
    expect(sessionStart({ ...base, signedIn: true }).consistency).toBe("first-primary");
    expect(sessionStart({ ...base, method: "POST" }).consistency).toBe("first-primary");
    // A sign-in link opened in another browser must find the token that was just written.
    expect(sessionStart({ ...base, path: "/auth/verify" }).consistency).toBe("first-primary");
    expect(sessionStart({ ...base, signedIn: true, bookmark })).toEqual({ consistency: "bookmark", start: bookmark });
    expect(sessionStart({ ...base, bookmark: "first-primary" }).consistency).toBe("first-unconstrained");
  });
});

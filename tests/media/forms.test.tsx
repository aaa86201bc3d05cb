import { Hono } from "hono";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { media } from "../../src/platform/db/schema";
import type { AppEnv } from "../../src/platform/env";
import { personDocumentSchema } from "../../src/domain/person-document";
import { MediaReview } from "../../src/media/components/media-review";
import { loadMediaReview } from "../../src/media/media-review.queries";
import {
  bindTranslator,
  detectLanguage,
  requestContext,
} from "../../src/platform/middleware/request-context";
import { layout } from "../../src/platform/views/layout";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { signIn } from "../helpers/users";
import { jpegWithGps, pdfFile, pdfWithMetadata, plainJpeg } from "./fixtures";
import { uploadOk } from "./helpers";

function formWith(fields: Record<string, string>, file?: [Uint8Array, string]) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set("file", new File([file[0]], file[1]));
  return form;
}

describe("the upload form without JavaScript", () => {
  it("stores the file and sends the user back to the page that asked, with the new id", async () => {
    const user = await signIn("contributor");
    const page = await request("/media/new?return_to=/submissions/new%3Fstep%3Dmedia", {
      cookie: user.cookie,
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain('name="rights_confirmed"');
    const res = await request("/media/new", {
      method: "POST",
      cookie: user.cookie,
      body: formWith(
        {
          caption: "Brief aus Workuta",
          caption_lang: "de",
          licence: "CC-BY-SA-4.0",
          rights_confirmed: "true",
          return_to: "/submissions/new?step=media",
        },
        [jpegWithGps(), "brief.jpg"],
      ),
    });
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    expect(location).toMatch(/^\/submissions\/new\?step=media&media=med_[a-z2-7]{16}$/);
    const id = location.split("media=")[1]!;
    const row = await testDb().select().from(media).where(eq(media.id, id)).get();
    expect(row).toMatchObject({
      uploaderId: user.id,
      licence: "CC-BY-SA-4.0",
      caption: JSON.stringify({ de: "Brief aus Workuta" }),
    });
  });

  it("shows what is missing next to the fields, in the reader's language, keeping what was typed", async () => {
    const user = await signIn("contributor");
    const res = await request("/media/new?lang=de", {
      method: "POST",
      cookie: user.cookie,
      body: formWith({ caption: "Passfoto 1936", licence: "CC0-1.0", date: "irgendwann 36" }, [
        pdfFile(),
        "pass.pdf",
      ]),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(
      "Bitte bestätigen Sie, dass Sie die Datei unter der gewählten Lizenz weitergeben dürfen.",
    );
    expect(html).toContain("Wir konnten dieses Datum nicht lesen.");
    expect(html).toContain('value="Passfoto 1936"');
    expect(html).toContain('aria-describedby="media-rights-error"');
    expect(
      (await testDb().select().from(media).where(eq(media.uploaderId, user.id)).all()).length,
    ).toBe(0);

    const wrongType = await request("/media/new", {
      method: "POST",
      cookie: user.cookie,
      body: formWith({ licence: "CC0-1.0", rights_confirmed: "true" }, [
        new TextEncoder().encode("just text"),
        "scan.tif",
      ]),
    });
    expect(wrongType.status).toBe(415);
    expect(await wrongType.text()).toContain("This file is not a JPEG, PNG, WebP, TIFF or PDF");
  });

  it("sends visitors to sign in first", async () => {
    const res = await request("/media/new");
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('href="/auth/sign-in?next=%2Fmedia%2Fnew"');
  });
});

describe("the moderators' file review", () => {
  it("shows each file with its details and rejects one through a plain form", async () => {
    const [uploader, moderator] = [await signIn("contributor"), await signIn("moderator")];
    const photo = await uploadOk(uploader.cookie, jpegWithGps(), "photo.jpg");
    const doc = personDocumentSchema.parse({ ...zuckerDocument(), media: [photo.ref] });

    const app = new Hono<AppEnv>();
    app.use(requestContext, detectLanguage, bindTranslator, layout);
    app.get("/review", async (c) =>
      c.render(
        <MediaReview
          items={await loadMediaReview(c.var.db, doc.media)}
          returnTo="/moderation/rev_x"
        />,
        { title: "Review" },
      ),
    );
    const html = await (
      await app.request("/review", {}, (await import("cloudflare:workers")).env)
    ).text();
    expect(html).toContain(`src="/media/${photo.id}?size=thumb"`);
    expect(html).toContain("Letter from the camp");
    expect(html).toContain("Uploader confirmed the right to share it.");
    expect(html).toContain(`action="/moderation/media/${photo.id}/reject"`);

    const denied = await request(`/moderation/media/${photo.id}/reject`, {
      method: "POST",
      cookie: uploader.cookie,
      body: new URLSearchParams({ reason: "x" }),
    });
    expect(denied.status).toBe(403);
    const res = await request(`/moderation/media/${photo.id}/reject`, {
      method: "POST",
      cookie: moderator.cookie,
      body: new URLSearchParams({
        reason: "Shows a living neighbour.",
        version: "1",
        return_to: "/moderation/rev_x",
      }),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/moderation/rev_x");
    const row = await testDb().select().from(media).where(eq(media.id, photo.id)).get();
    expect(row).toMatchObject({
      status: "rejected",
      rejectedReason: "Shows a living neighbour.",
      rejectedBy: moderator.id,
    });
  });

  it("says in words what was removed from each file before it is served", async () => {
    const uploader = await signIn("contributor");
    const photo = await uploadOk(uploader.cookie, jpegWithGps(1, 31, 17), "photo.jpg");
    const scan = await uploadOk(uploader.cookie, pdfWithMetadata(), "scan.pdf");
    const clean = await uploadOk(uploader.cookie, plainJpeg(29, 13), "clean.jpg");
    const doc = personDocumentSchema.parse({
      ...zuckerDocument(),
      media: [photo.ref, scan.ref, clean.ref],
    });
    const app = new Hono<AppEnv>();
    app.use(requestContext, detectLanguage, bindTranslator, layout);
    app.get("/review", async (c) =>
      c.render(<MediaReview items={await loadMediaReview(c.var.db, doc.media)} returnTo="/m" />, {
        title: "Review",
      }),
    );
    const html = (
      await (
        await app.request("/review?lang=en", {}, (await import("cloudflare:workers")).env)
      ).text()
    ).replaceAll("&#39;", "'");
    const items = html.split('class="media-review__item"').slice(1);
    expect(items[0]).toContain(
      "Removed before serving: camera details and the place where the photo was taken (Exif, GPS); editing history and author details (XMP); text notes and comments.",
    );
    expect(items[1]).toContain("the document's author, title, software and dates");
    expect(items[1]).toContain(
      "in a picture inside the document: camera details and the place where the photo was taken (Exif, GPS)",
    );
    expect(items[1]).toContain("leftovers of earlier versions of the document");
    expect(items[2]).toContain("Nothing had to be removed before serving.");
    expect(html).not.toContain("APP1");
    const german = await (
      await app.request("/review?lang=de", {}, (await import("cloudflare:workers")).env)
    ).text();
    expect(german).toContain("Vor der Auslieferung entfernt: Kameradaten und Aufnahmeort (Exif, GPS)");
  });
});

/**
 * Every route of the app with who may call it (api.md: 401 signed out, 403 wrong role, 404 for
 * another contributor's submission). The matrix test fails when a route of the app is missing
 * here, so a new route cannot ship without saying who may use it.
 *
 * `OK` is a 2xx answer or a redirect that is not to the sign-in page. `GRANTED` is for writes
 * whose outcome depends on state the matrix does not set up (release an unclaimed revision,
 * restore a memorial that is not withheld): any answer that shows the caller got past the
 * access check, i.e. not 401/403/404 and not a 5xx.
 */
import { zuckerDocument } from "../helpers/documents";
import { plainJpeg } from "../media/fixtures";
import { GOOD_FIELDS } from "../media/helpers";
import { SMALL_GEDCOM, type Caller, type World } from "./world";
import { propose, publishGroup, trainDocument } from "../groups/helpers";
import { signIn } from "../helpers/users";

export const OK = "ok";
export const GRANTED = "granted";
export type Expected = number | typeof OK | typeof GRANTED;
export type Expectations = Record<Caller, Expected>;

export type Body =
  | { json: unknown }
  | { form: Record<string, string> }
  | { multipart: FormData }
  | { bytes: Uint8Array; type: string };

export interface RouteCase {
  path: (w: World) => string | Promise<string>;
  body?: (w: World) => Body | Promise<Body>;
  expect: Expectations;
}

const everyone = (e: Expected): Expectations => ({ visitor: e, owner: e, other: e, moderator: e, admin: e });
const PUBLIC = everyone(OK);
const SIGNED_IN: Expectations = { ...everyone(OK), visitor: 401 };
const MODERATORS = (e: Expected = OK): Expectations => ({ visitor: 401, owner: 403, other: 403, moderator: e, admin: e });
const ADMINS: Expectations = { visitor: 401, owner: 403, other: 403, moderator: 403, admin: OK };
/** The owner's own thing: others' existence is not revealed; moderators get `staff`. */
const OWNER = (staff: Expected, visitor: Expected = 401): Expectations => ({ visitor, owner: OK, other: 404, moderator: staff, admin: staff });

const submission = () => ({
  document: zuckerDocument(),
  submitter: { relationship: "descendant", show_name: false },
  consent: { publish: true },
});
const json = (value: unknown) => () => ({ json: value });
const form = (value: Record<string, string>) => () => ({ form: value });
const mem = async (w: World) => (await w.memorial()).memorialId;
let matrixGroup: ReturnType<typeof publishGroup> | undefined;
/** One published group for the whole matrix, made through the real proposal and decision routes. */
const group = () => (matrixGroup ??= publishGroup(trainDocument("Matrix train")));
let matrixProposal: Promise<string> | undefined;
/** One pending group proposal, by a contributor outside the matrix's callers. */
const groupProposal = () =>
  (matrixProposal ??= (async () => {
    const answer = await propose(await signIn("contributor"), { kind: "group", document: trainDocument("Matrix proposal") });
    return ((await answer.json()) as { id: string }).id;
  })());
const slug = async (w: World) => (await w.memorial()).slug;

function mediaForm(): Body {
  const body = new FormData();
  for (const [k, v] of Object.entries(GOOD_FIELDS)) body.set(k, v);
  body.set("file", new File([plainJpeg()], "letter.jpg", { type: "image/jpeg" }));
  return { multipart: body };
}

function gedcomUpload(): Body {
  const body = new FormData();
  body.set("file", new File([SMALL_GEDCOM], "family.ged"));
  return { multipart: body };
}

export const ROUTES: Record<string, RouteCase> = {
  // Public pages, feeds and the read API.
  "GET /": { path: () => "/", expect: PUBLIC },
  "GET /healthz": { path: () => "/healthz", expect: PUBLIC },
  "GET /search": { path: () => "/search?q=Zucker", expect: PUBLIC },
  "GET /api/v1/memorials": { path: () => "/api/v1/memorials", expect: PUBLIC },
  "GET /api/v1/memorials/:key": { path: async (w) => `/api/v1/memorials/${await mem(w)}`, expect: PUBLIC },
  "GET /memorials/:key": { path: async (w) => `/memorials/${await slug(w)}`, expect: PUBLIC },
  // Versions of a memorial (docs/versions.md): public, read only.
  "GET /memorials/:key/history": { path: async (w) => `/memorials/${await slug(w)}/history`, expect: PUBLIC },
  "GET /memorials/:key/v/:n": { path: async (w) => `/memorials/${await mem(w)}/v/1`, expect: PUBLIC },
  "GET /memorials/:key/compare": { path: async (w) => `/memorials/${await mem(w)}/compare?from=1&to=1`, expect: PUBLIC },
  "GET /memorials/:key/v/:n/cite.bib": { path: async (w) => `/memorials/${await mem(w)}/v/1/cite.bib`, expect: PUBLIC },
  "GET /memorials/:key/v/:n/cite.ris": { path: async (w) => `/memorials/${await mem(w)}/v/1/cite.ris`, expect: PUBLIC },
  "GET /memorials/:key/v/:n/cite.json": { path: async (w) => `/memorials/${await mem(w)}/v/1/cite.json`, expect: PUBLIC },
  "GET /api/v1/memorials/:key/versions": { path: async (w) => `/api/v1/memorials/${await mem(w)}/versions`, expect: PUBLIC },
  "GET /api/v1/memorials/:key/versions/:n": { path: async (w) => `/api/v1/memorials/${await mem(w)}/versions/1`, expect: PUBLIC },
  "GET /sitemap.xml": { path: () => "/sitemap.xml", expect: PUBLIC },
  "GET /sitemaps/pages.xml": { path: () => "/sitemaps/pages.xml", expect: PUBLIC },
  "GET /sitemaps/:file{memorials-[0-9]+\\.xml}": { path: async (w) => (await w.memorial(), "/sitemaps/memorials-1.xml"), expect: PUBLIC },
  "GET /feed.atom": { path: () => "/feed.atom", expect: PUBLIC },
  "GET /robots.txt": { path: () => "/robots.txt", expect: PUBLIC },
  "GET /browse": { path: () => "/browse", expect: PUBLIC },
  "GET /browse/fate": { path: () => "/browse/fate", expect: PUBLIC },
  "GET /browse/fate/:type": { path: () => "/browse/fate/handover", expect: PUBLIC },
  "GET /browse/years": { path: () => "/browse/years", expect: PUBLIC },
  "GET /browse/years/:year{[0-9]{4}}": { path: () => "/browse/years/1937", expect: PUBLIC },
  "GET /browse/places": { path: () => "/browse/places", expect: PUBLIC },
  "GET /browse/place": { path: async (w) => (await w.memorial(), "/browse/place?name=Moscow"), expect: PUBLIC },
  "GET /browse/a-z": { path: () => "/browse/a-z", expect: PUBLIC },
  "GET /browse/a-z/:letter": { path: () => "/browse/a-z/z", expect: PUBLIC },
  "GET /map": { path: () => "/map", expect: PUBLIC },
  "GET /timeline": { path: () => "/timeline", expect: PUBLIC },
  "GET /groups": { path: () => "/groups", expect: PUBLIC },
  "GET /groups/:slug": { path: async () => `/groups/${(await group()).slug}`, expect: PUBLIC },
  "GET /api/v1/groups": { path: () => "/api/v1/groups", expect: PUBLIC },
  "GET /groups/:slug/propose": { path: async () => `/groups/${(await group()).slug}/propose`, expect: SIGNED_IN },
  "POST /groups/:slug/propose": {
    path: async () => `/groups/${(await group()).slug}/propose`,
    body: form({ name: "Matrix person", role: "mentioned", certainty: "documented", source_kind: "book", citation: "A matrix book.", memorial: "", note: "" }),
    expect: SIGNED_IN,
  },
  "GET /api/v1/groups/:key": { path: async () => `/api/v1/groups/${(await group()).id}`, expect: PUBLIC },

  // Signing in.
  "POST /api/v1/auth/login-link": { path: () => "/api/v1/auth/login-link", body: json({ email: "matrix@example.org" }), expect: everyone(202) },
  "GET /auth/sign-in": { path: () => "/auth/sign-in", expect: PUBLIC },
  "POST /auth/sign-in": { path: () => "/auth/sign-in", body: form({ email: "matrix-form@example.org" }), expect: PUBLIC },
  "GET /auth/verify": { path: () => "/auth/verify", expect: everyone(400) },
  "POST /auth/verify": { path: () => "/auth/verify", body: form({ token: "nonsense" }), expect: everyone(400) },
  "POST /api/v1/auth/logout": { path: () => "/api/v1/auth/logout", expect: { ...everyone(204), visitor: 401 } },
  "POST /auth/logout": { path: () => "/auth/logout", body: form({}), expect: everyone(303) },
  "GET /api/v1/me": { path: () => "/api/v1/me", expect: SIGNED_IN },
  // Development only; the tests run as ENVIRONMENT=test.
  "GET /api/v1/dev/outbox": { path: () => "/api/v1/dev/outbox", expect: everyone(404) },
  "GET /dev/outbox": { path: () => "/dev/outbox", expect: everyone(404) },

  // Reports from anyone.
  "POST /api/v1/reports": { path: () => "/api/v1/reports", body: async (w) => ({ json: { memorial_id: await mem(w), kind: "error", message: "Wrong date." } }), expect: everyone(202) },
  "GET /memorials/:key/report": { path: async (w) => `/memorials/${await slug(w)}/report`, expect: PUBLIC },
  "POST /memorials/:key/report": { path: async (w) => `/memorials/${await slug(w)}/report`, body: form({ kind: "error", message: "Wrong date." }), expect: PUBLIC },

  // Contributors: the API.
  "POST /api/v1/submissions": { path: () => "/api/v1/submissions", body: () => ({ json: submission() }), expect: { ...everyone(201), visitor: 401 } },
  "GET /api/v1/submissions": { path: () => "/api/v1/submissions", expect: SIGNED_IN },
  "GET /api/v1/submissions/:id": { path: async (w) => `/api/v1/submissions/${await w.pending()}`, expect: OWNER(OK) },
  "PUT /api/v1/submissions/:id": { path: async (w) => `/api/v1/submissions/${await w.returned()}`, body: () => ({ json: { ...submission(), version: 1 } }), expect: OWNER(403) },
  "POST /api/v1/submissions/:id/withdraw": { path: async (w) => `/api/v1/submissions/${await w.pending()}/withdraw`, expect: OWNER(403) },
  "POST /api/v1/submissions/:id/reopen": { path: async (w) => `/api/v1/submissions/${await w.rejected()}/reopen`, expect: OWNER(403) },
  "POST /api/v1/submissions/:id/messages": { path: async (w) => `/api/v1/submissions/${await w.pending()}/messages`, body: json({ body: "One more source." }), expect: OWNER(403) },

  // Contributors: the form and "my submissions" (drafts are the author's alone, even for moderators).
  "GET /submit": { path: () => "/submit", expect: PUBLIC },
  "POST /submit": { path: () => "/submit", body: form({ name: "Wilhelmine Quastfeld", confirmed: "1" }), expect: SIGNED_IN },
  "POST /submit/correct": { path: () => "/submit/correct", body: async (w) => ({ form: { memorial_id: await mem(w) } }), expect: SIGNED_IN },
  "POST /submit/:id/send": { path: async (w) => `/submit/${await w.draft()}/send`, body: form({ version: "1" }), expect: OWNER(404) },
  "GET /submit/:id/media/attach": { path: async (w) => `/submit/${await w.draft()}/media/attach`, expect: OWNER(404) },
  "GET /submit/:id/:step": { path: async (w) => `/submit/${await w.draft()}/person`, expect: OWNER(404) },
  "POST /submit/:id/:step": { path: async (w) => `/submit/${await w.draft()}/person`, body: form({ action: "later" }), expect: OWNER(404) },
  "GET /my/submissions": { path: () => "/my/submissions", expect: SIGNED_IN },
  "GET /my/submissions/:id": { path: async (w) => `/my/submissions/${await w.pending()}`, expect: OWNER(403) },
  "POST /my/submissions/:id/withdraw": { path: async (w) => `/my/submissions/${await w.pending()}/withdraw`, body: form({ confirm: "yes", version: "1" }), expect: OWNER(403) },
  "POST /my/submissions/:id/reopen": { path: async (w) => `/my/submissions/${await w.rejected()}/reopen`, body: form({ version: "1" }), expect: OWNER(403) },
  "POST /my/submissions/:id/messages": { path: async (w) => `/my/submissions/${await w.pending()}/messages`, body: form({ message: "One more source." }), expect: OWNER(403) },

  // Files: private to the uploader and moderators until published (404 for everyone else).
  "POST /api/v1/media": { path: () => "/api/v1/media", body: mediaForm, expect: { ...everyone(201), visitor: 401 } },
  "GET /api/v1/media/:id": { path: async (w) => `/api/v1/media/${await w.media()}`, expect: OWNER(OK, 404) },
  "GET /media/:id{med_[a-z0-9]{8,40}}": { path: async (w) => `/media/${await w.media()}`, expect: OWNER(OK, 404) },
  "GET /media/new": { path: () => "/media/new", expect: SIGNED_IN },
  "POST /media/new": { path: () => "/media/new", body: mediaForm, expect: SIGNED_IN },
  "POST /api/v1/media/uploads": { path: () => "/api/v1/media/uploads", body: json({ bytes: 100, licence: "CC-BY-4.0", rights_confirmed: true }), expect: { ...everyone(201), visitor: 401 } },
  "GET /api/v1/media/uploads/:id": { path: async (w) => `/api/v1/media/uploads/${await w.upload()}`, expect: OWNER(404) },
  "PUT /api/v1/media/uploads/:id/parts/:n": { path: async (w) => `/api/v1/media/uploads/${await w.upload()}/parts/1`, body: () => ({ bytes: plainJpeg().slice(0, 100), type: "application/octet-stream" }), expect: OWNER(404) },
  "POST /api/v1/media/uploads/:id/complete": { path: async (w) => `/api/v1/media/uploads/${await w.upload()}/complete`, expect: { ...OWNER(404), owner: GRANTED } },
  "DELETE /api/v1/media/uploads/:id": { path: async (w) => `/api/v1/media/uploads/${await w.upload()}`, expect: OWNER(404) },
  "POST /api/v1/moderation/media/:id/reject": { path: async (w) => `/api/v1/moderation/media/${await w.media()}/reject`, body: json({ reason: "Not this person." }), expect: MODERATORS() },
  "POST /moderation/media/:id/reject": { path: async (w) => `/moderation/media/${await w.media()}/reject`, body: form({ reason: "Not this person." }), expect: MODERATORS() },

  // Moderation: the API.
  "GET /api/v1/moderation/group-revisions": { path: () => "/api/v1/moderation/group-revisions", expect: MODERATORS() },
  "GET /api/v1/moderation/queue": { path: () => "/api/v1/moderation/queue?status=pending", expect: MODERATORS() },
  "GET /api/v1/moderation/revisions/:id": { path: async (w) => `/api/v1/moderation/revisions/${await w.pending()}`, expect: MODERATORS() },
  "POST /api/v1/moderation/revisions/:id/claim": { path: async (w) => `/api/v1/moderation/revisions/${await w.pending()}/claim`, expect: MODERATORS() },
  "POST /api/v1/moderation/revisions/:id/release": { path: async (w) => `/api/v1/moderation/revisions/${await w.pending()}/release`, expect: MODERATORS(GRANTED) },
  "GET /api/v1/moderation/revisions/:id/diff": { path: async (w) => `/api/v1/moderation/revisions/${await w.pending()}/diff`, expect: MODERATORS() },
  "POST /api/v1/moderation/revisions/:id/decision": { path: async (w) => `/api/v1/moderation/revisions/${await w.pending()}/decision`, body: json({ action: "approve", version: 1 }), expect: MODERATORS() },
  "GET /api/v1/moderation/revisions/:id/messages": { path: async (w) => `/api/v1/moderation/revisions/${await w.pending()}/messages`, expect: MODERATORS() },
  "POST /api/v1/moderation/revisions/:id/messages": { path: async (w) => `/api/v1/moderation/revisions/${await w.pending()}/messages`, body: json({ body: "Which archive?" }), expect: MODERATORS() },
  "GET /api/v1/audit": { path: async (w) => `/api/v1/audit?subject_id=${await mem(w)}`, expect: MODERATORS() },
  "GET /api/v1/moderation/reports/:id": { path: async (w) => `/api/v1/moderation/reports/${await w.report()}`, expect: MODERATORS() },
  "POST /api/v1/moderation/reports/:id/claim": { path: async (w) => `/api/v1/moderation/reports/${await w.report()}/claim`, expect: MODERATORS() },
  "POST /api/v1/moderation/reports/:id/resolve": { path: async (w) => `/api/v1/moderation/reports/${await w.report()}/resolve`, body: json({ version: 1, note: "Checked." }), expect: MODERATORS(GRANTED) },
  "GET /api/v1/moderation/memorials/:id": { path: async (w) => `/api/v1/moderation/memorials/${await mem(w)}`, expect: MODERATORS() },
  "POST /api/v1/moderation/memorials/:id/withhold": { path: async (w) => `/api/v1/moderation/memorials/${await mem(w)}/withhold`, body: json({ version: 1, reason: "Takedown request." }), expect: MODERATORS() },
  "POST /api/v1/moderation/memorials/:id/restore": { path: async (w) => `/api/v1/moderation/memorials/${await mem(w)}/restore`, body: json({ version: 1 }), expect: MODERATORS(GRANTED) },
  "POST /api/v1/moderation/memorials/:id/merge": { path: async (w) => `/api/v1/moderation/memorials/${await mem(w)}/merge`, body: async (w) => ({ json: { version: 1, survivor_id: (await w.survivor()).memorialId } }), expect: MODERATORS() },
  "POST /api/v1/moderation/memorials/:id/unmerge": { path: async (w) => `/api/v1/moderation/memorials/${await mem(w)}/unmerge`, body: json({ version: 1 }), expect: MODERATORS(GRANTED) },

  // Moderation: the pages and their forms.
  "GET /moderation": { path: () => "/moderation", expect: MODERATORS() },
  "GET /moderation/groups": { path: () => "/moderation/groups", expect: MODERATORS() },
  // The first moderator's rejection decides it; the next one is answered 409: both got past the check.
  "POST /moderation/groups/:id/decision": { path: async () => `/moderation/groups/${await groupProposal()}/decision`, body: form({ action: "reject", version: "1", reason: "Matrix." }), expect: MODERATORS(GRANTED) },
  "GET /moderation/revisions/:id": { path: async (w) => `/moderation/revisions/${await w.pending()}`, expect: MODERATORS() },
  "POST /moderation/revisions/:id/claim": { path: async (w) => `/moderation/revisions/${await w.pending()}/claim`, body: form({}), expect: MODERATORS() },
  "POST /moderation/revisions/:id/release": { path: async (w) => `/moderation/revisions/${await w.pending()}/release`, body: form({}), expect: MODERATORS(GRANTED) },
  "POST /moderation/revisions/:id/decision": { path: async (w) => `/moderation/revisions/${await w.pending()}/decision`, body: form({ action: "approve", version: "1" }), expect: MODERATORS() },
  "POST /moderation/revisions/:id/messages": { path: async (w) => `/moderation/revisions/${await w.pending()}/messages`, body: form({ body: "Which archive?" }), expect: MODERATORS() },
  "GET /moderation/audit": { path: async (w) => `/moderation/audit?subject_id=${await mem(w)}`, expect: MODERATORS() },
  "GET /moderation/reports/:id": { path: async (w) => `/moderation/reports/${await w.report()}`, expect: MODERATORS() },
  "POST /moderation/reports/:id/claim": { path: async (w) => `/moderation/reports/${await w.report()}/claim`, body: form({}), expect: MODERATORS() },
  "POST /moderation/reports/:id/resolve": { path: async (w) => `/moderation/reports/${await w.report()}/resolve`, body: form({ version: "1", note: "Checked." }), expect: MODERATORS(GRANTED) },
  "POST /moderation/reports/:id/correction": { path: async (w) => `/moderation/reports/${await w.report()}/correction`, body: form({ version: "1", note: "A correction follows." }), expect: MODERATORS(GRANTED) },
  "GET /moderation/memorials/:id": { path: async (w) => `/moderation/memorials/${await mem(w)}`, expect: MODERATORS() },
  "POST /moderation/memorials/:id/withhold": { path: async (w) => `/moderation/memorials/${await mem(w)}/withhold`, body: form({ version: "1", reason: "Takedown request." }), expect: MODERATORS() },
  "POST /moderation/memorials/:id/restore": { path: async (w) => `/moderation/memorials/${await mem(w)}/restore`, body: form({ version: "1" }), expect: MODERATORS(GRANTED) },
  "POST /moderation/memorials/:id/merge": { path: async (w) => `/moderation/memorials/${await mem(w)}/merge`, body: async (w) => ({ form: { version: "1", survivor_id: (await w.survivor()).memorialId } }), expect: MODERATORS() },
  "POST /moderation/memorials/:id/unmerge": { path: async (w) => `/moderation/memorials/${await mem(w)}/unmerge`, body: form({ version: "1" }), expect: MODERATORS(GRANTED) },

  // Open data: the API description, exports, GEDCOM and OAI-PMH are public and read only.
  "GET /api/v1/openapi.json": { path: () => "/api/v1/openapi.json", expect: PUBLIC },
  "GET /api/docs": { path: () => "/api/docs", expect: PUBLIC },
  "GET /open-data": { path: () => "/open-data", expect: PUBLIC },
  "GET /finding-the-files": { path: () => "/finding-the-files", expect: PUBLIC },
  "GET /help/evidence": { path: () => "/help/evidence", expect: PUBLIC },
  "GET /memorials/:key/request-letter": { path: async (w) => `/memorials/${await slug(w)}/request-letter?language=de&relationship=Enkelin`, expect: PUBLIC },
  "GET /api/docs/try": { path: () => "/api/docs/try?operation=listMemorials", expect: PUBLIC },
  "GET /api/v1/export.jsonl": { path: () => "/api/v1/export.jsonl", expect: PUBLIC },
  "GET /api/v1/export.csv": { path: () => "/api/v1/export.csv", expect: PUBLIC },
  "GET /api/v1/export.jsonld": { path: () => "/api/v1/export.jsonld", expect: PUBLIC },
  "GET /api/v1/memorials/:key/gedcom": { path: async (w) => `/api/v1/memorials/${await mem(w)}/gedcom`, expect: PUBLIC },
  "GET /oai": { path: () => "/oai?verb=Identify", expect: PUBLIC },
  "POST /oai": { path: () => "/oai", body: form({ verb: "Identify" }), expect: PUBLIC },

  // Imports: a contributor's own jobs; everybody else's do not exist for them (404).
  "POST /api/v1/imports": { path: () => "/api/v1/imports", body: gedcomUpload, expect: { ...everyone(201), visitor: 401 } },
  "GET /api/v1/imports": { path: () => "/api/v1/imports", expect: SIGNED_IN },
  "GET /api/v1/imports/:id": { path: async (w) => `/api/v1/imports/${await w.importJob()}`, expect: OWNER(404) },
  "GET /api/v1/imports/:id/rows": { path: async (w) => `/api/v1/imports/${await w.importJob()}/rows`, expect: OWNER(404) },
  "PUT /api/v1/imports/:id/mapping": { path: async (w) => `/api/v1/imports/${await w.importJob()}/mapping`, body: json({ columns: {} }), expect: { ...OWNER(404), owner: GRANTED } },
  "POST /api/v1/imports/:id/continue": { path: async (w) => `/api/v1/imports/${await w.importJob()}/continue`, expect: { ...OWNER(404), owner: GRANTED } },
  "POST /api/v1/imports/:id/submit": { path: async (w) => `/api/v1/imports/${await w.importJob()}/submit`, body: json({ rows: "all", submitter: { relationship: "descendant", show_name: false, consent: true } }), expect: { ...OWNER(404), owner: GRANTED } },
  "GET /import": { path: () => "/import", expect: SIGNED_IN },
  "POST /import": { path: () => "/import", body: gedcomUpload, expect: SIGNED_IN },
  "GET /import/:id": { path: async (w) => `/import/${await w.importJob()}`, expect: OWNER(404) },
  "POST /import/:id/continue": { path: async (w) => `/import/${await w.importJob()}/continue`, body: form({}), expect: { ...OWNER(404), owner: GRANTED } },
  "POST /import/:id/mapping": { path: async (w) => `/import/${await w.importJob()}/mapping`, body: form({}), expect: { ...OWNER(404), owner: GRANTED } },
  "POST /import/:id/submit": { path: async (w) => `/import/${await w.importJob()}/submit`, body: form({ relationship: "descendant" }), expect: { ...OWNER(404), owner: GRANTED } },

  // Admins.
  "GET /admin/users": { path: () => "/admin/users", expect: ADMINS },
  "POST /admin/users/:id/role": { path: async (w) => `/admin/users/${(await w.target()).id}/role`, body: form({ role: "moderator" }), expect: ADMINS },
  "GET /api/v1/admin/users": { path: () => "/api/v1/admin/users", expect: ADMINS },
  "GET /admin/operations": { path: () => "/admin/operations", expect: ADMINS },
  "GET /api/v1/admin/operations": { path: () => "/api/v1/admin/operations", expect: ADMINS },
  "POST /api/v1/admin/users/:id/role": { path: async (w) => `/api/v1/admin/users/${(await w.target()).id}/role`, body: json({ role: "moderator" }), expect: ADMINS },
  "POST /api/v1/admin/search/rebuild": { path: () => "/api/v1/admin/search/rebuild", body: json({ limit: 50 }), expect: ADMINS },
  "POST /api/v1/admin/dates/check": { path: () => "/api/v1/admin/dates/check", body: json({ limit: 50 }), expect: ADMINS },
};

/** The caller a route is meant for (owner, else moderator, else admin): only the input can fail. */
export function allowedCaller(key: string): "owner" | "moderator" | "admin" {
  const expect = ROUTES[key]!.expect;
  const allowed = (["owner", "moderator", "admin"] as const).find((c) => typeof expect[c] !== "number" || expect[c] < 400);
  return allowed ?? "owner";
}

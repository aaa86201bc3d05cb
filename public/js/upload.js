// /media/new with JavaScript: each chosen file goes through the resumable upload API
// (docs/media.md, "Resumable uploads") instead of one multipart POST — create, then the parts,
// then complete — with progress per file. A part that fails is sent again a few times; after
// that the upload waits for the connection (or the Upload button) and continues where it
// stopped. The upload id is remembered per file in localStorage, so after a reload choosing the
// same file again asks the archive which parts it already has and sends only the others.
// Without JavaScript the form stays a plain multipart POST of one file.
(() => {
  const form = document.querySelector("form[data-upload]");
  const fileInput = form && form.querySelector('input[type="file"][name="file"]');
  const button = form && form.querySelector('button[type="submit"]');
  if (!form || !fileInput || !button || !window.fetch || !window.FormData) return;

  const config = JSON.parse(form.dataset.upload);
  const text = config.messages;
  const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key] ?? ""));
  const API = "/api/v1/media/uploads";
  const RETRIES = 3;
  const BACKOFF_MS = [1000, 2000, 4000];
  /** A part that makes no progress for this long is dropped and sent again. */
  const STALL_MS = 60000;
  /** Unfinished uploads can be resumed for 7 days (UPLOAD_TTL_MS on the server). */
  const KEEP_MS = 7 * 86400000;
  const STORE_PREFIX = "zeugnis:upload:";

  class FieldErrors extends Error {
    constructor(errors) {
      super("validation");
      this.errors = errors;
    }
  }
  /** The connection failed and retrying did not help: the upload waits to be resumed. */
  class Interrupted extends Error {}
  /**
   * The archive did not take this file; the message says why. A refusal of the file itself
   * (type, size, damaged) is final; any other ("could not store") is tried again on the next run.
   */
  class Refused extends Error {
    get final() {
      return this.message !== text.failed;
    }
  }

  // ---- remembering uploads across reloads -------------------------------------------------
  const storage = (() => {
    try {
      const probe = `${STORE_PREFIX}probe`;
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch {
      return null; // private mode or storage switched off: uploads still work, without reloads
    }
  })();
  const keyOf = (file) => `${STORE_PREFIX}${file.name}|${file.size}|${file.lastModified}`;
  const recall = (file) => {
    try {
      return JSON.parse(storage?.getItem(keyOf(file)) ?? "null");
    } catch {
      return null;
    }
  };
  const remember = (file, uploadId) =>
    storage?.setItem(keyOf(file), JSON.stringify({ id: uploadId, name: file.name, at: Date.now() }));
  const forget = (file) => storage?.removeItem(keyOf(file));
  function unfinishedNames() {
    const names = [];
    for (let i = (storage?.length ?? 0) - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (!key || !key.startsWith(STORE_PREFIX)) continue;
      let entry = null;
      try {
        entry = JSON.parse(storage.getItem(key));
      } catch {}
      if (!entry || Date.now() - entry.at > KEEP_MS) storage.removeItem(key);
      else names.push(entry.name);
    }
    return names.sort();
  }

  // ---- messages next to the fields (the same markup the server renders) --------------------
  const FIELD_IDS = {
    file: "media-file",
    caption: "media-caption",
    credit: "media-credit",
    date: "media-date",
    source: "media-source",
    licence: "media-licence",
    rights_confirmed: "media-rights",
  };
  const FIELD_MESSAGES = { rights_confirmed: text.rights, licence: text.licence, date: text.date, file: text.file };

  function describe(control, id, add) {
    const ids = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((x) => x && x !== id);
    if (add) ids.push(id);
    if (ids.length) control.setAttribute("aria-describedby", ids.join(" "));
    else control.removeAttribute("aria-describedby");
  }

  function clearErrors() {
    for (const message of form.querySelectorAll(".field__error")) {
      for (const control of form.querySelectorAll("[aria-describedby]")) describe(control, message.id, false);
      message.remove();
    }
    for (const field of form.querySelectorAll(".field--error")) field.classList.remove("field--error");
    for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  }

  /** Shows `message` next to `field` and returns the control to focus. */
  function showError(field, message) {
    const base = FIELD_IDS[field] ?? FIELD_IDS.file;
    const id = `${base}-error`;
    const p = document.getElementById(id) ?? document.createElement("p");
    p.className = "field__error";
    p.id = id;
    p.textContent = message;
    if (field === "licence") {
      const fieldset = form.querySelector('input[name="licence"]').closest("fieldset");
      fieldset.querySelector("legend").after(p);
      fieldset.classList.add("field--error");
      fieldset.setAttribute("aria-describedby", id);
      return fieldset.querySelector('input[name="licence"]');
    }
    if (field === "rights_confirmed") {
      const box = form.querySelector('input[name="rights_confirmed"]');
      const container = box.closest(".field");
      container.prepend(p);
      container.classList.add("field--error");
      box.setAttribute("aria-invalid", "true");
      describe(box, id, true);
      return box;
    }
    const control = document.getElementById(base);
    const container = control.closest(".field");
    (document.getElementById(`${base}-hint`) ?? container.querySelector("label")).after(p);
    container.classList.add("field--error");
    control.setAttribute("aria-invalid", "true");
    describe(control, id, true);
    return control;
  }

  /** API validation errors ({path, message}) as the form's messages, like the no-script form. */
  function showFieldErrors(errors) {
    const shown = new Map();
    for (const error of errors) {
      const path = String(error.path ?? "");
      let field = path.startsWith("date") ? "date" : path.startsWith("caption") ? "caption" : path;
      if (!(field in FIELD_IDS)) field = "file";
      if (!shown.has(field)) shown.set(field, FIELD_MESSAGES[field] ?? text.invalid);
    }
    const order = Object.keys(FIELD_IDS).filter((field) => shown.has(field));
    const controls = order.map((field) => showError(field, shown.get(field)));
    controls[0]?.focus();
  }

  // ---- what the form says about the files (the API's JSON shape of a media item) ----------
  function readItem() {
    const data = new FormData(form);
    const value = (name) => {
      const v = data.get(name);
      return typeof v === "string" && v.trim() ? v.trim() : undefined;
    };
    const item = {};
    const caption = {};
    const plain = value("caption");
    if (plain) caption[value("caption_lang") ?? (document.documentElement.lang || "en")] = plain;
    for (const [name, v] of data) {
      const lang = /^caption[.[]([^\]]+)\]?$/.exec(name)?.[1];
      if (lang && typeof v === "string" && v.trim()) caption[lang] = v.trim();
    }
    if (Object.keys(caption).length) item.caption = caption;
    for (const name of ["credit", "source", "licence"]) if (value(name)) item[name] = value(name);
    // The date as typed (EDTF or words such as "about 1935"): the archive reads it as the form does.
    if (value("date")) item.date = value("date_text") ? { edtf: value("date"), text: value("date_text") } : value("date");
    if (["true", "on", "1", "yes"].includes((value("rights_confirmed") ?? "").toLowerCase())) item.rights_confirmed = true;
    return item;
  }

  // ---- the list of files with their progress ----------------------------------------------
  const section = document.createElement("section");
  section.className = "upload-progress";
  section.hidden = true;
  const heading = document.createElement("h2");
  heading.id = "upload-progress-heading";
  heading.textContent = text.heading;
  section.setAttribute("aria-labelledby", heading.id);
  const list = document.createElement("ol");
  list.className = "upload-progress__list";
  list.setAttribute("aria-live", "polite");
  section.append(heading, list);
  button.after(section);

  const hint = document.getElementById("media-file-hint");
  if (hint) hint.append(` ${text.several}`);
  fileInput.multiple = true;

  /** Which uploads of earlier visits can be continued: shown until they are finished. */
  const notice = document.createElement("p");
  notice.className = "upload-unfinished";
  function showUnfinished() {
    const names = unfinishedNames();
    notice.textContent = fill(text.unfinished, { names: names.join(", ") });
    if (names.length && !notice.isConnected) form.prepend(notice);
    if (!names.length) notice.remove();
  }
  showUnfinished();

  /** One chosen file: its row in the list, and once stored, its media id. */
  function entryFor(file) {
    const row = document.createElement("li");
    row.className = "upload-progress__item";
    const name = document.createElement("span");
    name.className = "upload-progress__name";
    name.textContent = file.name;
    const bar = document.createElement("progress");
    bar.max = Math.max(file.size, 1);
    bar.value = 0;
    bar.setAttribute("aria-label", fill(text.label, { name: file.name }));
    const status = document.createElement("span");
    status.className = "upload-progress__status";
    status.textContent = text.waiting;
    row.append(name, " ", bar, " ", status);
    list.append(row);
    return { file, row, bar, status, mediaId: null, refused: false };
  }

  let queue = [];
  const sameFiles = (files) =>
    files.length === queue.length && files.every((f, i) => keyOf(f) === keyOf(queue[i].file));

  // ---- talking to the archive ----------------------------------------------------------------
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  async function call(method, url, body) {
    let response;
    try {
      response = await fetch(url, {
        method,
        credentials: "same-origin",
        headers: body ? { "Content-Type": "application/json", Accept: "application/json" } : { Accept: "application/json" },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch {
      return { status: 0, json: null };
    }
    let json = null;
    try {
      json = await response.json();
    } catch {}
    return { status: response.status, json };
  }

  /** Retries what fails for want of a connection (or a server hiccup); other answers return. */
  async function withRetries(entry, attempt) {
    for (let retry = 0; ; retry++) {
      const answer = await attempt();
      if (answer.status !== 0 && answer.status < 500 && answer.status !== 408) return answer;
      if (retry === RETRIES) throw new Interrupted();
      entry.status.textContent = fill(text.retrying, { attempt: retry + 1, attempts: RETRIES });
      await sleep(BACKOFF_MS[retry]);
    }
  }

  /** PUT one part with upload progress; answers {status} (0 when the connection failed). */
  function putPart(url, blob, onProgress) {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      let watchdog = 0;
      const quiet = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => xhr.abort(), STALL_MS);
      };
      xhr.open("PUT", url);
      xhr.setRequestHeader("Content-Type", "application/octet-stream");
      xhr.upload.onprogress = (event) => {
        quiet();
        onProgress(event.loaded);
      };
      const done = (status) => () => {
        clearTimeout(watchdog);
        resolve({ status });
      };
      xhr.onload = () => done(xhr.status)();
      xhr.onerror = done(0);
      xhr.onabort = done(0);
      xhr.ontimeout = done(0);
      quiet();
      xhr.send(blob);
    });
  }

  const partBytes = (state, n) =>
    n < state.parts_total ? state.part_size : state.bytes - state.part_size * (state.parts_total - 1);

  /** The upload to continue for this file, or a new one (which validates the description). */
  async function openUpload(entry, item) {
    const saved = recall(entry.file);
    if (saved?.id) {
      const answer = await withRetries(entry, () => call("GET", `${API}/${encodeURIComponent(saved.id)}`));
      const state = answer.status === 200 ? answer.json : null;
      if (state?.status === "completed" && state.media_id) return state;
      if (state?.status === "open" && state.bytes === entry.file.size) {
        entry.status.textContent = text.resuming;
        return state;
      }
      forget(entry.file);
    }
    const body = { ...item, filename: entry.file.name.slice(0, 255), bytes: entry.file.size };
    const answer = await withRetries(entry, () => call("POST", API, body));
    if (answer.status === 201) {
      remember(entry.file, answer.json.upload_id);
      return answer.json;
    }
    if (answer.status === 422) throw new FieldErrors(answer.json?.errors ?? []);
    if (answer.status === 413) throw new Refused(text.tooLarge);
    throw new Refused(text.failed);
  }

  async function sendParts(entry, state) {
    const received = new Set(state.parts_received);
    let confirmed = state.parts_received.reduce((sum, n) => sum + partBytes(state, n), 0);
    entry.bar.value = confirmed;
    for (const n of state.parts_missing) {
      const start = (n - 1) * state.part_size;
      const blob = entry.file.slice(start, start + partBytes(state, n));
      entry.status.textContent = text.uploading;
      const url = `${API}/${encodeURIComponent(state.upload_id)}/parts/${n}`;
      // A part cut short answers 400: it is sent again like one lost on the way.
      const answer = await withRetries(entry, async () => {
        const sent = await putPart(url, blob, (loaded) => (entry.bar.value = confirmed + loaded));
        return sent.status === 400 ? { status: 0 } : sent;
      });
      if (answer.status === 415) {
        await call("DELETE", `${API}/${encodeURIComponent(state.upload_id)}`);
        forget(entry.file);
        throw new Refused(text.type);
      }
      if (answer.status === 404 || answer.status === 409) return false;
      if (answer.status !== 200) throw new Refused(text.failed);
      received.add(n);
      confirmed += blob.size;
      entry.bar.value = confirmed;
    }
    return true;
  }

  async function complete(entry, state) {
    const answer = await withRetries(entry, () => call("POST", `${API}/${encodeURIComponent(state.upload_id)}/complete`));
    if (answer.status === 200 || answer.status === 201) return answer.json.id;
    if (answer.status === 409 && answer.json?.errors?.some((e) => e.path === "parts")) return null;
    forget(entry.file);
    if (answer.status === 415) throw new Refused(text.type);
    if (answer.status === 422) throw new Refused(refusal(answer.json));
    throw new Refused(text.failed);
  }

  /** Why the assembled file was refused, in the page's language (the API's messages are English). */
  function refusal(problem) {
    const message = problem?.errors?.find((e) => e.path === "file")?.message ?? "";
    if (/megapixels/.test(message)) return text.tooManyPixels;
    if (/encrypted/.test(message)) return text.pdfEncrypted;
    if (/as a PDF/.test(message)) return text.pdfUnreadable;
    if (/PDF|picture whose/.test(message)) return text.pdfPicture;
    return text.damaged;
  }

  async function uploadOne(entry, item) {
    entry.status.textContent = text.uploading;
    // A few rounds: an upload that expired or lost parts on the server is started or topped up.
    for (let round = 0; round < 3; round++) {
      const state = await openUpload(entry, item);
      if (state.status === "completed") {
        entry.mediaId = state.media_id;
      } else {
        if (!(await sendParts(entry, state))) {
          forget(entry.file);
          continue;
        }
        entry.mediaId = await complete(entry, state);
        if (!entry.mediaId) continue;
      }
      forget(entry.file);
      entry.bar.value = entry.bar.max;
      entry.status.textContent = text.done;
      return;
    }
    throw new Refused(text.failed);
  }

  // ---- the run ------------------------------------------------------------------------------
  const returnTo = (() => {
    const value = form.querySelector('input[name="return_to"]')?.value ?? "";
    // The server writes only paths of this site here (src/platform/http/local-path.ts); checked again the
    // way the browser will read it, since it drops tabs and line breaks and reads "\" as "/".
    if (!value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return null;
    const url = new URL(value, window.location.origin);
    return url.origin === window.location.origin && !url.pathname.startsWith("//") ? `${url.pathname}${url.search}` : null;
  })();
  let running = false;

  function finish() {
    const stored = queue.filter((entry) => entry.mediaId);
    if (stored.length === 0) return;
    const query = stored.map((entry) => `media=${encodeURIComponent(entry.mediaId)}`).join("&");
    const back = returnTo ? `${returnTo}${returnTo.includes("?") ? "&" : "?"}${query}` : null;
    if (back && stored.length === queue.length) {
      window.location.assign(back);
      return;
    }
    heading.textContent = text.doneTitle;
    const intro = document.createElement("p");
    intro.textContent = text.doneText;
    list.before(intro);
    for (const entry of stored) {
      const code = document.createElement("code");
      code.textContent = entry.mediaId;
      const view = document.createElement("a");
      view.href = `/media/${encodeURIComponent(entry.mediaId)}`;
      view.textContent = text.view;
      entry.row.append(" ", code, " ", view);
    }
    const next = document.createElement("p");
    const link = document.createElement("a");
    link.href = back ?? "/media/new";
    link.textContent = back ? text.continue : text.another;
    next.append(link);
    section.append(next);
    fileInput.value = "";
    queue = [];
  }

  async function run() {
    if (running) return;
    clearErrors();
    const files = [...fileInput.files];
    if (files.length === 0 && queue.length === 0) {
      showError("file", text.file).focus();
      return;
    }
    if (files.length && !sameFiles(files)) {
      list.replaceChildren();
      queue = files.map(entryFor);
    }
    section.hidden = false;
    const unusable = queue.find((entry) => entry.file.size === 0 || entry.file.size > config.maxBytes);
    if (unusable) {
      showError("file", unusable.file.size === 0 ? text.file : text.tooLarge).focus();
      return;
    }
    running = true;
    button.setAttribute("aria-disabled", "true");
    const item = readItem();
    try {
      for (const entry of queue) {
        if (entry.mediaId || entry.refused) continue;
        try {
          await uploadOne(entry, item);
        } catch (error) {
          if (!(error instanceof Refused)) throw error;
          entry.refused = error.final;
          entry.status.textContent = fill(text.refused, { reason: error.message });
        }
      }
    } catch (error) {
      const current = queue.find((entry) => !entry.mediaId && !entry.refused);
      if (error instanceof FieldErrors) {
        if (current) current.status.textContent = text.waiting;
        showFieldErrors(error.errors);
      } else if (error instanceof Interrupted) {
        if (current) current.status.textContent = text.interrupted;
      } else {
        if (current) current.status.textContent = text.failed;
        throw error;
      }
      return;
    } finally {
      running = false;
      button.removeAttribute("aria-disabled");
      if (notice.isConnected) showUnfinished();
    }
    finish();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  // Back online after an interruption: continue where it stopped.
  window.addEventListener("online", () => {
    if (queue.some((entry) => !entry.mediaId && !entry.refused)) void run();
  });
})();

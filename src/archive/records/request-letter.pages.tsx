import { describedBy, Field } from "../../platform/views/components/form-field";
import { useAppContext, useI18n } from "../../platform/views/i18n";
import { jsonForScript } from "../../codecs/json-script";
import { LETTER_ARCHIVES, LETTER_LANGUAGES, LETTER_LIMITS, type LetterKit } from "./request-letter";

export interface RequestLetterProps {
  name: string;
  slug: string;
  /** What the requester chose and typed, as sent (kept when a field is refused). */
  values: Record<string, string>;
  errors: Record<string, string>;
  /** The letter filled in on the server; null while a field is refused. */
  letter: string | null;
  kit: LetterKit;
}

function TextField(props: { id: "requester" | "relationship"; label: string; hint?: string; value: string; error?: string }) {
  return (
    <Field id={`letter-${props.id}`} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={`letter-${props.id}`}
        name={props.id}
        type="text"
        value={props.value}
        maxlength={LETTER_LIMITS[props.id]}
        autocomplete={props.id === "requester" ? "name" : "off"}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(`letter-${props.id}`, props.hint, props.error)}
      />
    </Field>
  );
}

function Choice(props: { id: "language" | "archive"; label: string; options: readonly string[]; labels: (o: string) => string; value: string; error?: string }) {
  return (
    <Field id={`letter-${props.id}`} label={props.label} error={props.error}>
      <select id={`letter-${props.id}`} name={props.id} aria-invalid={props.error ? "true" : undefined} aria-describedby={describedBy(`letter-${props.id}`, undefined, props.error)}>
        {props.options.map((o) => (
          <option value={o} selected={o === props.value}>
            {props.labels(o)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * /memorials/{slug}/request-letter: the form and the letter. Without JavaScript the form is sent
 * with GET and the server answers with the letter filled in, storing nothing; with JavaScript
 * (/js/request-letter.js) the letter is filled in as one types and the form is never sent.
 */
export function RequestLetterPage({ name, slug, values, errors, letter, kit }: RequestLetterProps) {
  const { t } = useI18n();
  const c = useAppContext();
  const action = `/memorials/${slug}/request-letter`;
  return (
    <article class="narrow request-letter">
      <h1>{t("records:form.title")}</h1>
      <p class="lead">{t("records:form.intro", { name })}</p>
      <p>{t("records:form.privacy")}</p>
      <form method="get" action={action} class="letter-form" data-letter-form>
        <Choice
          id="language"
          label={t("records:form.language")}
          options={LETTER_LANGUAGES}
          labels={(o) => t(`records:form.languages.${o as "ru"}`)}
          value={values.language ?? "ru"}
          error={errors.language}
        />
        <Choice
          id="archive"
          label={t("records:form.archive")}
          options={LETTER_ARCHIVES}
          labels={(o) => t(`records:form.archives.${o as "fsb"}`)}
          value={values.archive ?? "fsb"}
          error={errors.archive}
        />
        <TextField id="requester" label={t("records:form.requester")} value={values.requester ?? ""} error={errors.requester} />
        <TextField
          id="relationship"
          label={t("records:form.relationship", { name })}
          hint={t("records:form.relationshipHint")}
          value={values.relationship ?? ""}
          error={errors.relationship}
        />
        <Field id="letter-contact" label={t("records:form.contact")} hint={t("records:form.contactHint")} error={errors.contact}>
          <textarea
            id="letter-contact"
            name="contact"
            rows={3}
            maxlength={LETTER_LIMITS.contact}
            autocomplete="off"
            aria-invalid={errors.contact ? "true" : undefined}
            aria-describedby={describedBy("letter-contact", "hint", errors.contact)}
          >
            {values.contact ?? ""}
          </textarea>
        </Field>
        <p>
          <button type="submit" class="button">{t("records:form.make")}</button>
        </p>
      </form>
      {letter !== null ? (
        <section aria-labelledby="letter-title">
          <h2 id="letter-title">{t("records:form.result")}</h2>
          <label for="letter-text" class="visually-hidden">
            {t("records:form.resultLabel")}
          </label>
          <textarea id="letter-text" class="letter__text" readonly rows={28} data-letter-output>
            {letter}
          </textarea>
          <p class="no-print">
            <button type="button" class="button" data-copy="letter-text" data-copied={t("records:form.copied")} hidden>
              {t("records:form.copy")}
            </button>{" "}
            <span class="cite__status" role="status"></span>
          </p>
        </section>
      ) : null}
      <p>
        <a href={`/memorials/${slug}`}>{t("records:form.back")}</a>
        {" · "}
        <a href="/finding-the-files">{t("records:memorial.guide")}</a>
      </p>
      <script type="application/json" id="letter-kit" nonce={c.var.secureHeadersNonce} dangerouslySetInnerHTML={{ __html: jsonForScript(kit) }} />
    </article>
  );
}

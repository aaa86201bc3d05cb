import { CERTAINTIES, SOURCE_KINDS } from "../../domain/person-document";
import { MEMBER_ROLES } from "../../domain/group-document";
import type { FormErrors, FormValues } from "../../platform/http/forms";
import { describedBy, Field } from "../../platform/views/components/form-field";
import { useI18n } from "../../platform/views/i18n";

/** "My grandfather was on this train": one person proposed for a published group. */
export function MembershipForm({ slug, groupName, values = {}, errors = {} }: { slug: string; groupName: string; values?: FormValues; errors?: FormErrors }) {
  const { t } = useI18n();
  const text = (id: string, label: string, hint?: string) => (
    <Field id={`m-${id}`} label={label} hint={hint} error={errors[id]}>
      <input id={`m-${id}`} name={id} value={values[id] ?? ""} aria-invalid={errors[id] ? "true" : undefined} aria-describedby={describedBy(`m-${id}`, hint, errors[id])} />
    </Field>
  );
  const select = (id: string, label: string, options: readonly string[], labelOf: (o: string) => string) => (
    <Field id={`m-${id}`} label={label} error={errors[id]}>
      <select id={`m-${id}`} name={id}>
        {options.map((o) => (
          <option value={o} selected={values[id] === o}>
            {labelOf(o)}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <section class="narrow">
      <h1>{t("groupProposals:propose.title", { group: groupName })}</h1>
      <p>{t("groupProposals:propose.intro")}</p>
      {errors._form ? <p class="field__error" role="alert">{errors._form}</p> : null}
      <form method="post" action={`/groups/${slug}/propose`}>
        {text("memorial", t("groupProposals:propose.memorial"), t("groupProposals:propose.memorialHint"))}
        {text("name", t("groupProposals:propose.name"))}
        {select("role", t("groupProposals:propose.role"), MEMBER_ROLES, (o) => t(`groups:roles.${o as (typeof MEMBER_ROLES)[number]}`))}
        {select("certainty", t("groupProposals:propose.certainty"), CERTAINTIES, (o) => t(`memorials:certainty.${o as (typeof CERTAINTIES)[number]}`))}
        {select("source_kind", t("groupProposals:propose.sourceKind"), SOURCE_KINDS, (o) => t(`submissions:sourceKinds.${o as (typeof SOURCE_KINDS)[number]}`))}
        {text("citation", t("groupProposals:propose.citation"))}
        <Field id="m-note" label={t("groupProposals:propose.note")} error={errors.note}>
          <textarea id="m-note" name="note" rows={3}>
            {values.note ?? ""}
          </textarea>
        </Field>
        <button type="submit" class="button button--primary">
          {t("groupProposals:propose.submit")}
        </button>
      </form>
    </section>
  );
}

export function MembershipThanks({ slug }: { slug: string }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <p role="status">{t("groupProposals:propose.thanks")}</p>
      <p>
        <a href={`/groups/${slug}`}>{t("groupProposals:propose.back")}</a>
      </p>
    </section>
  );
}

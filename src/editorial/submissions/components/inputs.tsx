/** Form controls with their label, hint and error, built on the shared <Field>. */
import { describedBy, Field } from "../../../platform/views/components/form-field";
import { fieldId } from "../form/form-values";

interface Common {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

export function TextInput(
  props: Common & {
    value?: string;
    type?: "text" | "url";
    autocomplete?: string;
    lang?: string;
    /** A <datalist> of suggestions; `search` names what public/js fills it with as the user types. */
    list?: string;
    search?: "memorials";
  },
) {
  const id = fieldId(props.name);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value ?? ""}
        autocomplete={props.autocomplete ?? "off"}
        lang={props.lang}
        list={props.list}
        data-search={props.search}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      />
    </Field>
  );
}

export function TextArea(props: Common & { value?: string; rows?: number; lang?: string }) {
  const id = fieldId(props.name);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        lang={props.lang}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {props.value ?? ""}
      </textarea>
    </Field>
  );
}

export function Select(
  props: Common & { value?: string; options: Array<[string, string]>; placeholder?: string },
) {
  const id = fieldId(props.name);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error}>
      <select
        id={id}
        name={props.name}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map(([value, label]) => (
          <option value={value} selected={value === props.value}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A group of radio buttons (or one checkbox) in a fieldset whose legend is the question. */
export function Choices(
  props: Common & { value?: string; options: Array<[string, string]>; type?: "radio" | "checkbox" },
) {
  const id = fieldId(props.name);
  return (
    <fieldset
      class={props.error ? "choices field--error" : "choices"}
      id={id}
      aria-describedby={describedBy(id, props.hint, props.error)}
    >
      <legend>{props.label}</legend>
      {props.hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.options.map(([value, label], i) => (
        <div class="choice">
          <input
            id={`${id}-${i}`}
            type={props.type ?? "radio"}
            name={props.name}
            value={value}
            checked={value === props.value}
          />
          <label for={`${id}-${i}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A single checkbox with its label; "on" when ticked. */
export function Checkbox(props: { name: string; label: string; checked: boolean }) {
  const id = fieldId(props.name);
  return (
    <div class="choice">
      <input id={id} type="checkbox" name={props.name} value="on" checked={props.checked} />
      <label for={id}>{props.label}</label>
    </div>
  );
}

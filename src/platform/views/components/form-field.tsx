import type { Child } from "hono/jsx";

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: Child;
}

/**
 * A labelled form control with its hint and error. The error sits next to the field and is
 * announced through aria-describedby; the control itself gets aria-invalid from the caller.
 */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The aria-describedby value for a field's control. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

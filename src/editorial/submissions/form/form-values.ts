/** Reading repeated rows ("names.0.display", "names.1.display", …) from a submitted form. */
import type { FormValues } from "../../../platform/http/forms";

/** The most rows one step accepts; far above what a person enters, low enough to bound work. */
export const MAX_ROWS = 200;

/** Row numbers present in the form under `prefix`, ascending. */
export function rowIndices(values: FormValues, prefix: string): number[] {
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.`);
  const found = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = key.match(pattern);
    if (match) found.add(Number(match[1]));
  }
  return [...found].filter((i) => i < MAX_ROWS).sort((a, b) => a - b);
}

/** A trimmed text value, undefined when empty; cut at `max` so a draft stays bounded. */
export function textValue(values: FormValues, key: string, max = 30_000): string | undefined {
  const value = values[key]?.replace(/\r\n/g, "\n").trim();
  return value ? value.slice(0, max) : undefined;
}

/** One of `options`, or undefined. */
export function choiceValue<T extends string>(
  values: FormValues,
  key: string,
  options: readonly T[],
): T | undefined {
  const value = values[key];
  return (options as readonly string[]).includes(value ?? "") ? (value as T) : undefined;
}

export function isTicked(values: FormValues, key: string): boolean {
  return values[key] === "on" || values[key] === "yes";
}

/** The id of a form control for a field name: "names.0.display" → "f-names-0-display". */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/**
 * A feature's messages in every interface language. English is the reference: German and
 * Russian must have the same keys, which the type checker enforces. Plural forms beyond
 * English's (Russian "_few", "_many") may be added to any language.
 */
type PluralSuffix = "zero" | "one" | "two" | "few" | "many" | "other";

export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
} & { [plural: `${string}_${PluralSuffix}`]: string };

export function defineMessages<const T extends object>(catalogue: {
  en: T;
  de: Messages<T>;
  ru: Messages<T>;
}) {
  return catalogue;
}

/**
 * Shared Intl formatters. Building an Intl.DateTimeFormat or DisplayNames costs far more than
 * using one (it loads locale data): creating them per call was a third of a memorial page's CPU
 * time (bench/RESULTS.md, "Hot paths"). Formatters are immutable, so one per locale and options
 * serves every request of the isolate.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.Collator>();

function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.Collator>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** @example dateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(date) */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(`date:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return memo(`number:${locale}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function displayNames(locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  return memo(`names:${locale}:${type}`, () => new Intl.DisplayNames([locale], { type }));
}

export function collator(locale: string): Intl.Collator {
  return memo(`collator:${locale}`, () => new Intl.Collator(locale));
}

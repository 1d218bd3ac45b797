// The one filler of `{name}` placeholders for the whole project: the console's strings (src/web/i18n), the
// feature, training and diagnosis tables of the web, and the diagnosis engine's findings
// (src/domain/diagnosis/messages.ts). One pass over the template, so a value that itself contains `{other}` is
// never filled again; a placeholder without a value stays visible rather than vanishing from the sentence.

const PLACEHOLDER = /\{(\w+)\}/g;

export type PlaceholderValues = Readonly<Record<string, string | number>>;

export function fillPlaceholders(template: string, values?: PlaceholderValues): string;
export function fillPlaceholders<V>(
  template: string,
  values: Readonly<Record<string, V | undefined>> | undefined,
  render: (value: V) => string,
): string;
export function fillPlaceholders<V>(
  template: string,
  values: Readonly<Record<string, V | undefined>> | undefined,
  render: (value: V) => string = String,
): string {
  if (!values) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    // Own keys only: `{constructor}` must not pick up Object.prototype.constructor.
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined ? whole : render(value);
  });
}

/** The {placeholders} of a template, sorted, for the tests that compare the English and Chinese tables. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((x) => x[1]!).sort();
}

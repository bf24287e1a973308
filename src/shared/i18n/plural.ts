// Fills a catalogue text's placeholders: `{name}` is the value as given, and
// `{name|one form|other form}` picks the form by the language's plural rules
// (Intl.PluralRules), with `#` standing for the number: "{count|# grupp|#
// grupper}" reads "1 grupp" and "3 grupper" (issue 11: "1 inskrivningar").
// Every text where a count meets a noun uses the second kind; the catalogue
// tests find any that does not.
export type PluralLanguage = 'sv' | 'en';

const rules: Record<PluralLanguage, Intl.PluralRules> = {
  sv: new Intl.PluralRules('sv'),
  en: new Intl.PluralRules('en'),
};

const placeholder = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

export function fillText(
  text: string,
  language: PluralLanguage,
  params: Readonly<Record<string, string | number>>,
): string {
  return text.replace(placeholder, (whole, name: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    if (one === undefined || other === undefined) return value;
    const form = rules[language].select(Number(value)) === 'one' ? one : other;
    return form.replace(/#/g, value);
  });
}

/** A count and its noun in code-built text: `countOf('sv', 1, 'månad', 'månader')` is "1 månad". */
export function countOf(language: PluralLanguage, n: number, one: string, other: string): string {
  return `${n} ${rules[language].select(n) === 'one' ? one : other}`;
}

/** The placeholder names a text uses, plural or not. */
export const placeholderNames = (text: string): string[] =>
  [...text.matchAll(placeholder)].map((m) => m[1]!).sort();

/** Placeholders whose value is a number of something. */
const countNames = new Set([
  'count',
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
  'children',
  'target',
  'sessions',
  'total',
  'free',
  'placed',
  'min',
  'max',
  'threshold',
  'enrolments',
  'groups',
  'deleted',
  'kept',
  'complementary',
  'primary',
  'held',
  'done',
  'present',
  'recorded',
]);
/** Words after a count that do not change with it ("3 av 5", "2 per barn", "10 kr"). */
const invariant = new Set(
  'av till för per min kr i och inom är of to for in at and within are is'.split(' '),
);

/**
 * Places in a text where a count meets a word without a plural form:
 * "{count} grupper" (wrong for 1) is found, "{count|# grupp|# grupper}" and
 * "{held} av {target}" are not.
 */
export function countsWithoutPlural(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}\s+(\p{L}+)/gu)]
    .filter((m) => countNames.has(m[1]!) && !invariant.has(m[2]!.toLowerCase()))
    .map((m) => m[0]);
}

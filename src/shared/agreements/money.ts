// Money is integer öre everywhere (never floating kronor). Shown the Swedish
// way: digits grouped in threes with a no-break space (U+00A0, what
// Intl's sv-SE produces, and a character every PDF base font can draw),
// "kr" after, öre only when there are any: `711 833 kr`, `12,50 kr`.

export type Ore = number;

export const groupSeparator = '\u00a0';

export const kronor = (kr: number): Ore => kr * 100;

/** `711833` → `711 833` (a no-break space between groups of three). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
}

/** `71183300` → `711 833 kr`; `1250` → `12,50 kr`; negative values get a minus sign. */
export function formatMoney(ore: Ore, options: { unit?: boolean } = {}): string {
  if (!Number.isSafeInteger(ore)) throw new Error('money must be an integer number of öre');
  const sign = ore < 0 ? '−' : '';
  const abs = Math.abs(ore);
  const whole = groupDigits(String(Math.floor(abs / 100)));
  const cents = abs % 100;
  const number = cents === 0 ? whole : `${whole},${String(cents).padStart(2, '0')}`;
  return options.unit === false ? `${sign}${number}` : `${sign}${number}${groupSeparator}kr`;
}

export type ParseMoneyResult =
  { ok: true; value: Ore } | { ok: false; problem: 'money.format' | 'money.negative' };

/**
 * Reads what a person types: `711 833`, `711833 kr`, `12,50`, `12.5`.
 * Never more than two decimals (öre), never negative.
 */
export function parseMoney(text: string): ParseMoneyResult {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/kr$/i, '')
    .replace(/:-$/, '');
  if (/^[-−]/.test(compact)) return { ok: false, problem: 'money.negative' };
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!m) return { ok: false, problem: 'money.format' };
  const value = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return { ok: false, problem: 'money.format' };
  return { ok: true, value };
}

export const sumOre = (values: readonly Ore[]): Ore => values.reduce((a, b) => a + b, 0);

/**
 * Splits an amount into `parts` instalments. Whole-krona amounts are split in
 * whole kronor (what a payment system pays out); the remainder goes one unit
 * at a time to the earliest instalments, so 711 833 kr in four is
 * 177 959 + 177 958 + 177 958 + 177 958. `inOre` splits exactly to the öre
 * instead (4 × 177 958,25 kr), the öre left over again on the earliest.
 */
export function splitAmount(total: Ore, parts: number, inOre = false): Ore[] {
  if (parts <= 0) return [];
  const unit = !inOre && total % 100 === 0 ? 100 : 1;
  const units = total / unit;
  const base = Math.floor(units / parts);
  const remainder = units - base * parts;
  return Array.from({ length: parts }, (_, i) => (base + (i < remainder ? 1 : 0)) * unit);
}

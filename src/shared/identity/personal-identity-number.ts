// Swedish personal identity numbers: personnummer and samordningsnummer.
//
// Accepted forms: YYMMDD-NNNC, YYMMDD+NNNC (the year the person turns 100 the
// dash becomes a plus), YYMMDDNNNC, YYYYMMDDNNNC and YYYYMMDD-NNNC. A
// samordningsnummer has 60 added to the day. NNN is the birth number
// (födelsenummer, 001–999) and C a Luhn check digit over the 10-digit form.
// The 10-digit forms carry no century: it is worked out against a reference
// date (today), which is why parsing takes one.
import { isRealDate } from '../dates';
import { luhnCheckDigit, luhnValid } from './luhn';

export type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

export type IdentityNumberProblem =
  | 'identityNumber.empty'
  | 'identityNumber.characters'
  | 'identityNumber.format'
  | 'identityNumber.date'
  | 'identityNumber.future'
  | 'identityNumber.serial'
  | 'identityNumber.checkDigit';

export interface IdentityNumber {
  kind: IdentityNumberKind;
  /** Canonical form with the century: `YYYYMMDD-NNNC` (the day is +60 for a samordningsnummer). */
  value: string;
  /** The real birth date, `YYYY-MM-DD`. */
  birthDate: string;
}

export type IdentityNumberResult =
  { ok: true; value: IdentityNumber } | { ok: false; problem: IdentityNumberProblem };

const coordinationDayOffset = 60;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Validates and normalises a personnummer or samordningsnummer.
 * @param referenceDate `YYYY-MM-DD`, normally today: decides the century of
 *   the 10-digit forms and refuses birth dates after it.
 */
export function parseIdentityNumber(raw: string, referenceDate: string): IdentityNumberResult {
  const text = raw.trim().replace(/\s/g, '');
  if (text === '') return { ok: false, problem: 'identityNumber.empty' };
  if (!/^[\d+-]+$/.test(text)) return { ok: false, problem: 'identityNumber.characters' };

  const short = /^(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/.exec(text);
  const long = /^(\d{4})(\d{2})(\d{2})(-?)(\d{3})(\d)$/.exec(text);
  const match = long ?? short;
  if (!match) return { ok: false, problem: 'identityNumber.format' };
  const [, yearText, monthText, dayText, separator, serial, check] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];

  const month = Number(monthText);
  const rawDay = Number(dayText);
  const kind: IdentityNumberKind = rawDay > coordinationDayOffset ? 'samordningsnummer' : 'personnummer';
  const day = kind === 'samordningsnummer' ? rawDay - coordinationDayOffset : rawDay;

  const [refYear, refMonth, refDay] = referenceDate.split('-').map(Number) as [number, number, number];
  let year: number;
  if (long) {
    year = Number(yearText);
  } else {
    // '-': under 100 in the reference year; '+': 100 or older in it.
    const yy = Number(yearText);
    const newest = refYear - ((((refYear - yy) % 100) + 100) % 100);
    year = separator === '+' ? newest - 100 : newest;
  }

  if (!isRealDate(year, month, day)) return { ok: false, problem: 'identityNumber.date' };
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  if (birthDate > `${refYear}-${pad(refMonth)}-${pad(refDay)}`)
    return { ok: false, problem: 'identityNumber.future' };
  if (serial === '000') return { ok: false, problem: 'identityNumber.serial' };

  const tenDigits = `${yearText.slice(-2)}${monthText}${dayText}${serial}${check}`;
  if (!luhnValid(tenDigits)) return { ok: false, problem: 'identityNumber.checkDigit' };

  return { ok: true, value: { kind, value: `${year}${monthText}${dayText}-${serial}${check}`, birthDate } };
}

/**
 * The everyday 10-digit form `YYMMDD-NNNC`, with `+` from the year the person
 * turns 100 (relative to `referenceDate`).
 */
export function shortIdentityNumber(canonical: string, referenceDate: string): string {
  const year = Number(canonical.slice(0, 4));
  const separator = Number(referenceDate.slice(0, 4)) - year >= 100 ? '+' : '-';
  return `${canonical.slice(2, 8)}${separator}${canonical.slice(9)}`;
}

/**
 * Builds a valid canonical number for a birth date and birth number by
 * computing the check digit: used to generate synthetic test data.
 */
export function composeIdentityNumber(
  birthDate: string,
  serial: number,
  kind: IdentityNumberKind = 'personnummer',
): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) throw new Error(`not a real date: ${birthDate}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 999) throw new Error('birth number must be 1–999');
  const dayPart = pad(kind === 'samordningsnummer' ? day + coordinationDayOffset : day);
  const body = `${pad(year % 100)}${pad(month)}${dayPart}${pad(serial, 3)}`;
  return `${year}${pad(month)}${dayPart}-${pad(serial, 3)}${luhnCheckDigit(body)}`;
}

/** Whole years between a birth date and a day (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, day: string): number {
  // Zero-padded `MM-DD` compare as strings; a report computes this for every participation.
  return Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (day.slice(5) < birthDate.slice(5) ? 1 : 0);
}

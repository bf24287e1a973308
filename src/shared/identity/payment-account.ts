// Bankgiro (7–8 digits, shown NNN-NNNN / NNNN-NNNN, Luhn check digit) and
// plusgiro (2–8 digits, shown with a dash before the check digit, Luhn check digit).
import { luhnValid } from './luhn';

export type PaymentAccountKind = 'bankgiro' | 'plusgiro';
export type PaymentAccountProblem =
  | 'bankgiro.format'
  | 'bankgiro.checkDigit'
  | 'plusgiro.format'
  | 'plusgiro.checkDigit';

export type PaymentAccountResult =
  | { ok: true; value: string }
  | { ok: false; problem: PaymentAccountProblem };

export function parseBankgiro(raw: string): PaymentAccountResult {
  const trimmed = raw.trim().replace(/\s/g, '');
  if (!/^\d{3,4}-?\d{4}$/.test(trimmed)) return { ok: false, problem: 'bankgiro.format' };
  const digits = trimmed.replace('-', '');
  if (!luhnValid(digits)) return { ok: false, problem: 'bankgiro.checkDigit' };
  return { ok: true, value: `${digits.slice(0, digits.length - 4)}-${digits.slice(-4)}` };
}

export function parsePlusgiro(raw: string): PaymentAccountResult {
  const trimmed = raw.trim().replace(/\s/g, '');
  if (!/^\d{1,7}-?\d$/.test(trimmed)) return { ok: false, problem: 'plusgiro.format' };
  const digits = trimmed.replace('-', '');
  if (digits.length < 2 || digits.length > 8) return { ok: false, problem: 'plusgiro.format' };
  if (!luhnValid(digits)) return { ok: false, problem: 'plusgiro.checkDigit' };
  return { ok: true, value: `${digits.slice(0, -1)}-${digits.slice(-1)}` };
}

export function parsePaymentAccount(kind: PaymentAccountKind, raw: string): PaymentAccountResult {
  return kind === 'bankgiro' ? parseBankgiro(raw) : parsePlusgiro(raw);
}

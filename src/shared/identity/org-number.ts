// Swedish organisation number (organisationsnummer): NNNNNN-NNNN, ten digits,
// last digit a Luhn check digit, third digit >= 2 for legal persons.
import { luhnValid } from './luhn';

export type OrgNumberProblem =
  | 'orgNumber.empty'
  | 'orgNumber.characters'
  | 'orgNumber.length'
  | 'orgNumber.personalIdentityNumber'
  | 'orgNumber.checkDigit';

export type OrgNumberResult = { ok: true; value: string } | { ok: false; problem: OrgNumberProblem };

/** Validates and normalises to `NNNNNN-NNNN`. Accepts the number with or without the dash. */
export function parseOrgNumber(raw: string): OrgNumberResult {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, problem: 'orgNumber.empty' };
  const spaceless = trimmed.replace(/\s/g, '');
  if (!/^[\d-]+$/.test(spaceless)) return { ok: false, problem: 'orgNumber.characters' };
  const compact = spaceless.replace(/-/g, '');
  // A personal identity number typed in its 12-digit form (with the century).
  if (/^(18|19|20)\d{6}-?\d{4}$/.test(spaceless)) return { ok: false, problem: 'orgNumber.personalIdentityNumber' };
  if (compact.length !== 10 || !/^\d{6}-?\d{4}$/.test(spaceless)) return { ok: false, problem: 'orgNumber.length' };
  if (Number(compact[2]) < 2) return { ok: false, problem: 'orgNumber.personalIdentityNumber' };
  if (!luhnValid(compact)) return { ok: false, problem: 'orgNumber.checkDigit' };
  return { ok: true, value: `${compact.slice(0, 6)}-${compact.slice(6)}` };
}

// One row of a file, its cells already picked by the mapping, turned into the
// input of the form that creates the same record, and checked with that form's
// zod schema. Problems are reported per import field (not per schema path), so
// the preview can show them in the user's own column.
import type { z } from 'zod';
import { childInput, type ChildData } from '../ipc/children';
import { organisationInput, type OrganisationData } from '../ipc/organisations';
import { isoDate } from '../ipc/common';
import type { ImportKind } from './fields';
import {
  normaliseDate,
  readGender,
  readOrganisationKind,
  readPlacementBasis,
  readYear,
  readYesNo,
  type Read,
} from './values';

export interface RowProblem {
  /** The import field, or null for the row as a whole. */
  field: string | null;
  /** A message key (shared/i18n). */
  code: string;
}

export type Cells = Readonly<Record<string, string>>;

export interface WaitingListRow {
  identityNumber: string;
  referredOn: string;
  otherMunicipality: boolean;
}

export type RowData =
  | { kind: 'organisations'; data: OrganisationData }
  | { kind: 'children'; data: ChildData }
  | { kind: 'waitingList'; data: WaitingListRow };

export type RowResult = { ok: true; value: RowData } | { ok: false; problems: RowProblem[] };

/** Built once: zod builds a schema anew on every .strict(). */
const strictOrganisation = organisationInput.strict();

const cell = (cells: Cells, key: string) => (cells[key] ?? '').trim();

class Reader {
  readonly problems: RowProblem[] = [];
  constructor(private readonly cells: Cells) {}
  text(key: string): string {
    return cell(this.cells, key);
  }
  read<T>(key: string, reader: (raw: string) => Read<T>, fallback: T): T {
    const result = reader(this.text(key));
    if (result.ok) return result.value;
    this.problems.push({ field: key, code: result.problem });
    return fallback;
  }
}

function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  fieldOf: (path: PropertyKey[]) => string | null,
): RowProblem[] {
  return issues.map((issue) => ({ field: fieldOf(issue.path), code: issue.message }));
}

function organisationRow(cells: Cells): RowResult {
  const r = new Reader(cells);
  const kind = r.read('kind', readOrganisationKind, 'nonprofit');
  const bankgiro = r.text('bankgiro');
  const plusgiro = r.text('plusgiro');
  if (bankgiro !== '' && plusgiro !== '') r.problems.push({ field: 'plusgiro', code: 'import.twoAccounts' });
  const contactName = r.text('contactName');
  const contactRest = ['contactRole', 'contactPhone', 'contactEmail'].some((k) => r.text(k) !== '');
  const input = {
    name: r.text('name'),
    kind,
    orgNumber: r.text('orgNumber'),
    address: { street: r.text('street'), postalCode: r.text('postalCode'), city: r.text('city') },
    paymentAccount:
      bankgiro !== ''
        ? { kind: 'bankgiro', number: bankgiro }
        : plusgiro !== ''
          ? { kind: 'plusgiro', number: plusgiro }
          : null,
    contacts:
      contactName !== '' || contactRest
        ? [
            {
              name: contactName,
              role: r.text('contactRole'),
              phone: r.text('contactPhone'),
              email: r.text('contactEmail'),
            },
          ]
        : [],
    requirements: [],
  };
  const parsed = strictOrganisation.safeParse(input);
  const fieldOf = (path: PropertyKey[]): string | null => {
    const [head, second, third] = path;
    if (head === 'address') return typeof second === 'string' ? second : null;
    if (head === 'paymentAccount') return input.paymentAccount?.kind ?? null;
    if (head === 'contacts')
      return typeof third === 'string' ? `contact${third[0]?.toUpperCase()}${third.slice(1)}` : 'contactName';
    return typeof head === 'string' ? head : null;
  };
  const problems = [...r.problems, ...(parsed.success ? [] : issuesToProblems(parsed.error.issues, fieldOf))];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: dedupe(problems) };
  return { ok: true, value: { kind: 'organisations', data: parsed.data } };
}

function guardianOf(r: Reader, n: 1 | 2) {
  const name = r.text(`guardian${n}Name`);
  const rest = ['Custody', 'Phone', 'Email'].some((k) => r.text(`guardian${n}${k}`) !== '');
  if (name === '' && !rest) return null;
  // A list of guardians names custodians; "nej" in the custody column says otherwise.
  const custody =
    r.text(`guardian${n}Custody`) === '' ? true : r.read(`guardian${n}Custody`, readYesNo, true);
  return {
    name,
    phone: r.text(`guardian${n}Phone`),
    email: r.text(`guardian${n}Email`),
    hasCustody: custody,
    representative: null,
  };
}

/** The identity kind follows from the number; an unreadable number is checked as a personnummer. */
function identityKindOf(number: string): 'personnummer' | 'samordningsnummer' | 'none' {
  if (number === '') return 'none';
  const day = /^(?:\d{2})?\d{4}(\d{2})/.exec(number.replace(/\D/g, ''))?.[1];
  return day !== undefined && Number(day) > 60 ? 'samordningsnummer' : 'personnummer';
}

function childRow(cells: Cells): RowResult {
  const r = new Reader(cells);
  const identityNumber = r.text('identityNumber');
  const guardians = [guardianOf(r, 1), guardianOf(r, 2)].filter((g) => g !== null);
  const input = {
    name: r.text('name'),
    nameIsAlias: false,
    identityKind: identityKindOf(identityNumber),
    identityNumber,
    birthDate: null,
    birthYear: identityNumber === '' ? r.read('birthYear', readYear, null) : null,
    ageBand: null,
    gender: r.read('gender', readGender, 'undisclosed'),
    homeMunicipality: r.text('homeMunicipality'),
    district: r.text('district'),
    placementBasis: r.read('placementBasis', readPlacementBasis, 'none'),
    protectedIdentity: r.read('protectedIdentity', readYesNo, false),
    address: { street: r.text('street'), postalCode: r.text('postalCode'), city: r.text('city') },
    phone: r.text('phone'),
    email: r.text('email'),
    fosterHome: { name: '', phone: '', email: '', address: { street: '', postalCode: '', city: '' } },
    guardians,
    caseworker: { name: '', unit: '', phone: '', email: '' },
    keepProtectedDetails: false,
  };
  const parsed = childInput.safeParse(input);
  const fieldOf = (path: PropertyKey[]): string | null => {
    const [head, second, third] = path;
    if (head === 'address') return typeof second === 'string' ? second : null;
    if (head === 'guardians' && typeof second === 'number' && typeof third === 'string') {
      const key = third === 'hasCustody' ? 'Custody' : `${third[0]?.toUpperCase()}${third.slice(1)}`;
      return `guardian${second + 1}${key}`;
    }
    // The form asks for a birth date; an import has a birth year instead.
    if (head === 'birthDate') return 'birthYear';
    return typeof head === 'string' ? head : null;
  };
  const problems = [...r.problems, ...(parsed.success ? [] : issuesToProblems(parsed.error.issues, fieldOf))];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: dedupe(problems) };
  return { ok: true, value: { kind: 'children', data: parsed.data } };
}

function waitingListRow(cells: Cells): RowResult {
  const r = new Reader(cells);
  const identityNumber = r.text('identityNumber');
  if (identityNumber === '') r.problems.push({ field: 'identityNumber', code: 'identityNumber.empty' });
  const referredOn = normaliseDate(r.text('referredOn'));
  const date = isoDate.safeParse(referredOn);
  if (!date.success) r.problems.push({ field: 'referredOn', code: 'field.date' });
  const otherMunicipality = r.read('otherMunicipality', readYesNo, false);
  if (r.problems.length > 0) return { ok: false, problems: r.problems };
  return {
    ok: true,
    value: { kind: 'waitingList', data: { identityNumber, referredOn, otherMunicipality } },
  };
}

/** One problem per field and code is enough to show. */
function dedupe(problems: RowProblem[]): RowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field ?? ''}\0${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function rowInput(kind: ImportKind, cells: Cells): RowResult {
  if (kind === 'organisations') return organisationRow(cells);
  if (kind === 'children') return childRow(cells);
  return waitingListRow(cells);
}

// Reading the words people write in their lists into the stored values the
// forms use: ja/nej, SoL/LVU, kommun/ideell förening, flicka/pojke. Unknown
// words are problems on their row (the message keys are in i18n/import-sv.ts).
import type { OrganisationKind } from '../organisations/kinds';
import type { Gender, PlacementBasis } from '../support-groups/vocabulary';
import { foldHeader } from './fields';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

const lookup =
  <T>(words: Record<string, T>, problem: string, empty?: T) =>
  (raw: string): Read<T> => {
    const folded = foldHeader(raw);
    if (folded === '')
      return empty === undefined ? { ok: false, problem: 'field.required' } : { ok: true, value: empty };
    return Object.hasOwn(words, folded) ? { ok: true, value: words[folded] as T } : { ok: false, problem };
  };

const yes = ['ja', 'j', 'x', '1', 'sant', 'yes', 'y', 'true'];
const no = ['nej', 'n', '0', 'falskt', 'no', 'false', '-'];
/** Empty is "no": a list marks only what applies. */
export const readYesNo = lookup<boolean>(
  Object.fromEntries([...yes.map((w) => [w, true]), ...no.map((w) => [w, false])]),
  'import.yesNo',
  false,
);

export const readPlacementBasis = lookup<PlacementBasis>(
  {
    sol: 'SoL',
    'frivillig placering': 'SoL',
    lvu: 'LVU',
    tvangsvard: 'LVU',
    ingen: 'none',
    'ej placerad': 'none',
    'inte placerad': 'none',
    none: 'none',
    '-': 'none',
  },
  'import.placementBasis',
);

export const readOrganisationKind = lookup<OrganisationKind>(
  {
    kommun: 'municipality',
    municipality: 'municipality',
    region: 'region',
    landsting: 'region',
    'statlig myndighet': 'stateAgency',
    myndighet: 'stateAgency',
    'state agency': 'stateAgency',
    ideell: 'nonprofit',
    'ideell forening': 'nonprofit',
    ideburen: 'nonprofit',
    'ideburen organisation': 'nonprofit',
    forening: 'nonprofit',
    nonprofit: 'nonprofit',
    'non-profit': 'nonprofit',
  },
  'import.organisationKind',
);

/** Not stated when empty: the register's "vill inte uppge". */
export const readGender = lookup<Gender>(
  {
    flicka: 'girl',
    f: 'girl',
    k: 'girl',
    kvinna: 'girl',
    girl: 'girl',
    pojke: 'boy',
    p: 'boy',
    m: 'boy',
    man: 'boy',
    boy: 'boy',
    annat: 'other',
    other: 'other',
    'vill inte uppge': 'undisclosed',
    'vill ej uppge': 'undisclosed',
    undisclosed: 'undisclosed',
  },
  'import.gender',
  'undisclosed',
);

/** A year as the form takes it, or null when empty. */
export function readYear(raw: string): Read<number | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  return /^\d{4}$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, problem: 'field.year' };
}

/** YYYY-MM-DD as is; YYYYMMDD is written out. Checked by the form's date schema. */
export function normaliseDate(raw: string): string {
  const text = raw.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : text;
}

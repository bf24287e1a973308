// What can be imported (issue 14): organisations, children with guardians and
// waiting-list entries, each with its fields. A field has a Swedish and an
// English label and the column names (Swedish and English, folded: see
// foldHeader) that suggest it when mapping a file's columns.
export const importKinds = ['organisations', 'children', 'waitingList'] as const;
export type ImportKind = (typeof importKinds)[number];

export interface ImportField {
  key: string;
  sv: string;
  en: string;
  /** Folded column names that suggest this field; the labels themselves always do. */
  names: readonly string[];
}

const field = (key: string, sv: string, en: string, ...names: string[]): ImportField => ({
  key,
  sv,
  en,
  names,
});

const guardian = (n: 1 | 2): ImportField[] => [
  field(
    `guardian${n}Name`,
    `Vårdnadshavare ${n}: namn`,
    `Guardian ${n}: name`,
    `vardnadshavare ${n}`,
    `vardnadshavare${n}`,
    `guardian ${n}`,
    `guardian${n}`,
    `foralder ${n}`,
    `parent ${n}`,
    ...(n === 1 ? ['vardnadshavare', 'guardian', 'foralder', 'parent', 'vardnadshavarens namn'] : []),
  ),
  field(
    `guardian${n}Custody`,
    `Vårdnadshavare ${n}: har vårdnad`,
    `Guardian ${n}: has custody`,
    `vardnad ${n}`,
    `custody ${n}`,
    ...(n === 1 ? ['vardnad', 'custody', 'har vardnad'] : []),
  ),
  field(
    `guardian${n}Phone`,
    `Vårdnadshavare ${n}: telefon`,
    `Guardian ${n}: phone`,
    `telefon vardnadshavare ${n}`,
    `guardian ${n} phone`,
    ...(n === 1 ? ['telefon vardnadshavare', 'guardian phone'] : []),
  ),
  field(
    `guardian${n}Email`,
    `Vårdnadshavare ${n}: e-post`,
    `Guardian ${n}: email`,
    `e-post vardnadshavare ${n}`,
    `guardian ${n} email`,
    ...(n === 1 ? ['e-post vardnadshavare', 'guardian email'] : []),
  ),
];

export const importFields: Record<ImportKind, readonly ImportField[]> = {
  organisations: [
    field(
      'name',
      'Namn',
      'Name',
      'namn',
      'organisation',
      'organisationsnamn',
      'foretag',
      'forening',
      'name',
      'organisation name',
      'organization',
    ),
    field('kind', 'Typ', 'Kind', 'typ', 'slag', 'organisationstyp', 'kind', 'type'),
    field(
      'orgNumber',
      'Organisationsnummer',
      'Org number',
      'organisationsnummer',
      'orgnr',
      'org nr',
      'org.nr',
      'orgnummer',
      'org number',
      'organisation number',
      'organization number',
    ),
    field('street', 'Gatuadress', 'Street', 'adress', 'gatuadress', 'utdelningsadress', 'address', 'street'),
    field(
      'postalCode',
      'Postnummer',
      'Postal code',
      'postnummer',
      'postnr',
      'postal code',
      'zip',
      'zip code',
    ),
    field('city', 'Ort', 'City', 'ort', 'postort', 'stad', 'city', 'town'),
    field('bankgiro', 'Bankgiro', 'Bankgiro', 'bankgiro', 'bg', 'bankgironummer'),
    field('plusgiro', 'Plusgiro', 'Plusgiro', 'plusgiro', 'pg', 'postgiro', 'plusgironummer'),
    field(
      'contactName',
      'Kontaktperson',
      'Contact person',
      'kontaktperson',
      'kontakt',
      'contact',
      'contact person',
      'contact name',
    ),
    field(
      'contactRole',
      'Kontaktpersonens roll',
      'Contact role',
      'roll',
      'befattning',
      'titel',
      'role',
      'title',
    ),
    field(
      'contactPhone',
      'Kontaktpersonens telefon',
      'Contact phone',
      'telefon',
      'tel',
      'telefonnummer',
      'phone',
      'telephone',
    ),
    field(
      'contactEmail',
      'Kontaktpersonens e-post',
      'Contact email',
      'e-post',
      'epost',
      'mejl',
      'mail',
      'email',
      'e-mail',
    ),
  ],
  children: [
    field(
      'name',
      'Namn',
      'Name',
      'namn',
      'barnets namn',
      'barn',
      'fullstandigt namn',
      'name',
      'child',
      'child name',
      'full name',
    ),
    field(
      'identityNumber',
      'Personnummer',
      'Identity number',
      'personnummer',
      'personnr',
      'pnr',
      'samordningsnummer',
      'person- eller samordningsnummer',
      'identity number',
      'personal identity number',
      'ssn',
    ),
    field(
      'birthYear',
      'Födelseår',
      'Birth year',
      'fodelsear',
      'fodd',
      'ar',
      'birth year',
      'year of birth',
      'born',
    ),
    field('gender', 'Kön', 'Gender', 'kon', 'gender', 'sex'),
    field(
      'placementBasis',
      'Placeringsgrund',
      'Placement basis',
      'placeringsgrund',
      'placering',
      'lagrum',
      'placement basis',
      'placement',
    ),
    field('district', 'Stadsdel', 'District', 'stadsdel', 'omrade', 'district', 'area'),
    field(
      'homeMunicipality',
      'Hemkommun',
      'Home municipality',
      'hemkommun',
      'kommun',
      'folkbokforingskommun',
      'home municipality',
      'municipality',
    ),
    field(
      'protectedIdentity',
      'Skyddade personuppgifter',
      'Protected identity',
      'skyddade personuppgifter',
      'skyddad identitet',
      'skyddad',
      'sekretessmarkering',
      'protected identity',
      'protected',
    ),
    field('street', 'Gatuadress', 'Street', 'adress', 'gatuadress', 'address', 'street'),
    field('postalCode', 'Postnummer', 'Postal code', 'postnummer', 'postnr', 'postal code', 'zip'),
    field('city', 'Ort', 'City', 'ort', 'postort', 'city'),
    field('phone', 'Telefon', 'Phone', 'telefon', 'tel', 'phone'),
    field('email', 'E-post', 'Email', 'e-post', 'epost', 'email', 'e-mail'),
    ...guardian(1),
    ...guardian(2),
  ],
  waitingList: [
    field(
      'identityNumber',
      'Personnummer',
      'Identity number',
      'personnummer',
      'personnr',
      'pnr',
      'samordningsnummer',
      'identity number',
      'personal identity number',
    ),
    field(
      'referredOn',
      'Anmäld',
      'Referred on',
      'anmald',
      'anmalningsdatum',
      'datum',
      'referred',
      'referred on',
      'date',
    ),
    field(
      'otherMunicipality',
      'Annan kommun',
      'Other municipality',
      'annan kommun',
      'fran annan kommun',
      'other municipality',
    ),
  ],
};

/** The fields a file must map before its rows can be checked. */
export const requiredImportFields: Record<ImportKind, readonly string[]> = {
  organisations: ['name', 'kind', 'orgNumber'],
  children: ['name', 'homeMunicipality', 'placementBasis'],
  waitingList: ['identityNumber', 'referredOn'],
};

/** A child's fields that protected identity hides: never echoed in a preview. */
export const protectedChildFields: ReadonlySet<string> = new Set([
  'street',
  'postalCode',
  'city',
  'phone',
  'email',
]);

/** How column names are compared: lower case, accents and å/ä/ö folded (ä → a), punctuation to spaces. */
export function foldHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_:;,()[\]"'*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

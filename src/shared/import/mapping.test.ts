import { describe, expect, test } from 'vitest';
import { findHeaderRow, pickCells, rememberMapping, suggestMapping } from './mapping';
import { rowInput } from './row-input';

describe('header row', () => {
  test('is found below a title and a blank line', () => {
    const rows = [
      ['Barn i stödgrupp, våren 2026'],
      [],
      ['Namn', 'Personnummer', 'Hemkommun'],
      ['Alva', '20121212-1212', 'Malmö'],
    ];
    expect(findHeaderRow(rows, 'children')).toBe(2);
  });

  test('a sheet of data without column names has none', () => {
    const rows = [
      ['Alva Testsson', '20121212-1212', 'SoL'],
      ['Bo Testsson', '20130101-1234', 'LVU'],
    ];
    expect(findHeaderRow(rows, 'children')).toBeNull();
  });

  test('a row of numbers is never the header', () => {
    expect(
      findHeaderRow(
        [
          ['2026', '12'],
          ['Namn', 'Hemkommun'],
        ],
        'children',
      ),
    ).toBe(1);
  });
});

describe('suggested mapping', () => {
  test('from Swedish and English column names, whatever their case and letters', () => {
    const swedish = suggestMapping(
      [
        'NAMN',
        'Person-nr',
        'personnummer',
        'Placering',
        'Hemkommun',
        'Sekretessmarkering',
        'Vårdnadshavare 1',
      ],
      'children',
    );
    expect(swedish).toMatchObject({
      name: 0,
      identityNumber: 2,
      placementBasis: 3,
      homeMunicipality: 4,
      protectedIdentity: 5,
      guardian1Name: 6,
    });
    const english = suggestMapping(
      ['Organisation name', 'Type', 'Org number', 'Zip', 'City', 'Bankgiro'],
      'organisations',
    );
    expect(english).toMatchObject({
      name: 0,
      kind: 1,
      orgNumber: 2,
      postalCode: 3,
      city: 4,
      bankgiro: 5,
      plusgiro: null,
    });
  });

  test('the remembered mapping wins over the names, and a column is used once', () => {
    const headers = ['Barn', 'Nummer', 'Namn'];
    const remembered = rememberMapping(headers, { name: 0, identityNumber: 1 });
    expect(remembered).toEqual({ name: 'barn', identityNumber: 'nummer' });
    expect(suggestMapping(headers, 'children', remembered)).toMatchObject({ name: 0, identityNumber: 1 });
    expect(findHeaderRow([['x'], headers], 'children', remembered)).toBe(1);
  });
});

describe('a row into the form input, checked by the form schema', () => {
  const mapping = suggestMapping(
    ['Namn', 'Personnummer', 'Placeringsgrund', 'Hemkommun', 'Skyddad', 'Vårdnadshavare', 'Vårdnad'],
    'children',
  );
  const child = (cells: string[]) => rowInput('children', pickCells(cells, mapping));

  test('a valid child with a guardian', () => {
    const result = child([
      'Alva Testsson',
      '20121212-1212',
      'sol',
      'Malmö',
      'Ja',
      'Förälder Testsson',
      'nej',
    ]);
    expect(result.ok && result.value.kind === 'children' && result.value.data).toMatchObject({
      name: 'Alva Testsson',
      identityKind: 'personnummer',
      placementBasis: 'SoL',
      protectedIdentity: true,
      guardians: [{ name: 'Förälder Testsson', hasCustody: false }],
    });
  });

  test('each problem is reported on its field, with a message key', () => {
    const result = child(['', '', 'fosterhem', '', 'kanske', '', 'ja']);
    expect(result.ok ? [] : result.problems).toEqual(
      expect.arrayContaining([
        { field: 'placementBasis', code: 'import.placementBasis' },
        { field: 'protectedIdentity', code: 'import.yesNo' },
        { field: 'name', code: 'field.required' },
        { field: 'homeMunicipality', code: 'field.required' },
        { field: 'guardian1Name', code: 'field.required' },
        { field: 'birthYear', code: 'identity.birthRequired' },
      ]),
    );
  });

  test('an organisation: the org-number check digit and the payment account are the form’s rules', () => {
    const orgs = suggestMapping(
      ['Namn', 'Typ', 'Organisationsnummer', 'Bankgiro', 'Postnummer'],
      'organisations',
    );
    const bad = rowInput(
      'organisations',
      pickCells(['Röda Korset', 'ideell förening', '802002-8712', '900-8005', '1234'], orgs),
    );
    expect(bad.ok ? [] : bad.problems).toEqual([
      { field: 'orgNumber', code: 'orgNumber.checkDigit' },
      { field: 'postalCode', code: 'field.postalCode' },
      { field: 'bankgiro', code: 'bankgiro.checkDigit' },
    ]);
    const good = rowInput(
      'organisations',
      pickCells(['Röda Korset', 'Ideell förening', '8020028711', '900-8004', '118 21'], orgs),
    );
    expect(good.ok && good.value.kind === 'organisations' && good.value.data).toMatchObject({
      kind: 'nonprofit',
      orgNumber: '802002-8711',
      paymentAccount: { kind: 'bankgiro' },
    });
  });
});

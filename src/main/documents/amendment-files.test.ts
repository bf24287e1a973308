// Amendment documents and the consolidated agreement through the router, as
// DOCX and PDF read back as text: the three-party agreement extended by two
// years through an amendment taken draft → decided → signed → in force.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '../../shared/ipc/agreements';
import { amend, extendedToEnd2026 } from '../../../test/support/agreements/amendments';
import { docxText, pdfText } from '../../../test/support/agreements/document-text';
import { malmoRegionRedCross, withCriteria } from '../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../test/support/agreements/helpers';

let t: AgreementsApp;
let folder: string;
let malmo: Agreement;
let extensionId: number;
let draftId: number;

const at = (day: string) => t.app.clock.set(new Date(`${day}T09:00:00.000Z`));

beforeAll(async () => {
  t = await agreementsApp();
  const { app, ids } = t;
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-amendment-docs-'));
  at('2020-12-10');
  const data = withCriteria(malmoRegionRedCross(ids));
  data.parties[2]!.contacts = [
    { name: 'Lena Lund', title: 'Verksamhetsledare', phone: '040-12 34 56', email: '' },
  ];
  let a = await activate(app, await create(app, data), '2020-12-10');

  at('2024-03-15');
  a = await amend(app, a, extendedToEnd2026(a.data), {
    registrationNumber: '2.3.4-112/2024',
    reason: 'Partnerskapet har fungerat väl och förlängs med två år.',
    effectiveFrom: '2024-03-15',
    decision: { body: 'Socialnämnden', date: '2024-03-10', paragraph: '§ 17' },
    signedOn: '2024-03-12',
  });
  extensionId = a.life.amendments[0]!.id;

  // A second amendment, still a draft: a new goal from 2025.
  at('2026-03-02');
  const goals = structuredClone(a.data);
  goals.goals = [...goals.goals, 'Fler barn når fritidsaktiviteter.'];
  a = await amend(app, a, goals, {
    reason: 'Ett nytt mål.',
    effectiveFrom: '2025-01-01',
    decider: 'delegation',
    until: 'draft',
  });
  draftId = a.life.amendments.find((x) => x.status === 'draft')!.id;
  malmo = a;
});
afterAll(async () => {
  await t.app.dispose();
  rmSync(folder, { recursive: true, force: true });
});

const read = (path: string, format: 'docx' | 'pdf') => (format === 'docx' ? docxText(path) : pdfText(path));

describe('an amendment as DOCX and PDF', () => {
  test('the extension in force: the agreement it changes, what changes, the decision and one signed block per party', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      const result = await t.app.must('agreements:generateDocument', {
        id: malmo.id,
        document: 'amendment',
        amendmentId: extensionId,
        format,
        folder,
      });
      expect(result.fileName).toBe(`Tilläggsavtal 1 till 2.3.4-565-2021.${format}`);
      const text = read(result.path, format);
      expect(text).toContain('Tilläggsavtal nr 1 till överenskommelse 2.3.4-565/2021');
      expect(text).toContain('Tilläggsavtalets diarienummer: 2.3.4-112/2024');
      expect(text).toMatch(
        /ändrar överenskommelsen ”Stöd till barn och familjer på flykt – Svenska Röda\s+Korset” med diarienummer/,
      );
      expect(text).toMatch(/mellan Region Skåne, Malmö stad och Svenska\s+Röda Korset/);
      expect(text).toContain('Partnerskapet har fungerat väl och förlängs med två år.');
      expect(text).toContain('Tilläggsavtalet gäller från och med 2024-03-15.');
      expect(text).toContain('Period: 2021-01-01 – 2024-12-31');
      expect(text).toContain('Period: 2021-01-01 – 2026-12-31');
      expect(text).toMatch(/2026: 1 070 000 kr/);
      expect(text).not.toContain('Lena Lund');
      expect(text).toContain('Beslut: Socialnämnden, 2024-03-10, § 17');
      expect(text).toContain('Status: Gällande');
      expect(text.match(/Namnförtydligande/g)).toHaveLength(3);
      for (const n of [1, 2, 3]) expect(text).toContain(`Firmatecknare ${n}`);
      expect(text).toContain('Datum: 2024-03-12');
      expect(text.match(/likalydande/g)).toHaveLength(1);
      expect(text).toContain('tre likalydande exemplar');
      expect(text).not.toContain('[uppgift saknas]');
    }
  });

  test('a draft: no dnr and no decision yet, marked; no signature recorded', async () => {
    const result = await t.app.must('agreements:generateDocument', {
      id: malmo.id,
      document: 'amendment',
      amendmentId: draftId,
      format: 'pdf',
      folder,
    });
    const text = pdfText(result.path);
    expect(text).toContain('Tilläggsavtal nr 2 till överenskommelse 2.3.4-565/2021');
    expect(text).toContain('Tilläggsavtalets diarienummer: [uppgift saknas]');
    expect(text).toContain('Beslut: [uppgift saknas] (inte fattat ännu)');
    expect(text).toContain('Status: Utkast – inte beslutat');
    expect(text).toContain('Fler barn når fritidsaktiviteter.');
    expect(text).toContain('Förvaltningschef enligt delegation');
    expect(text).not.toContain('Firmatecknare 1');
  });
});

describe('the agreement consolidated up to a date', () => {
  const agreement = async (format: 'docx' | 'pdf', asOf?: string) => {
    const result = await t.app.must('agreements:generateDocument', {
      id: malmo.id,
      document: 'agreement',
      format,
      folder,
      ...(asOf ? { asOf } : {}),
    });
    return { ...result, text: read(result.path, format) };
  };

  test('before the extension took effect: the old end, no amendment', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      const { text, fileName } = await agreement(format, '2024-02-01');
      expect(fileName).toBe(`Överenskommelse 2.3.4-565-2021 gällande 2024-02-01.${format}`);
      expect(text).toContain('Version gällande 2024-02-01, utan tilläggsavtal');
      expect(text).toContain('2021-01-01 – 2024-12-31');
      expect(text).not.toContain('2026-12-31');
      expect(text).not.toContain('Tilläggsavtal som ingår');
    }
  });

  test('from its effective date, and without a date: the new end only, the amendment listed, not the draft', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      for (const asOf of ['2024-03-15', undefined]) {
        const { text } = await agreement(format, asOf);
        expect(text).toContain(
          `Konsoliderad version med tilläggsavtal t.o.m. nr 1, gällande ${asOf ?? '2026-03-02'}`,
        );
        expect(text).toContain('2021-01-01 – 2026-12-31');
        expect(text).not.toContain('2024-12-31');
        expect(text).toContain('Förlängd genom tilläggsavtal nr 1');
        expect(text).toMatch(/\d+\. Tilläggsavtal som ingår/);
        expect(text).toContain('Tilläggsavtal nr 1 (dnr 2.3.4-112/2024), gäller från 2024-03-15');
        expect(text).toMatch(/Ändrar: Ekonomi, Period, förlängning och\s+uppsägning\./);
        expect(text).not.toContain('Tilläggsavtal nr 2');
        expect(text).not.toContain('Fler barn når fritidsaktiviteter.');
      }
    }
  });
});

describe('bad input: a clear message and nothing written', () => {
  test('an amendment document without an amendment, an unknown amendment, a date on the decision memo', async () => {
    const before = readdirSync(folder).length;
    const base = { id: malmo.id, format: 'pdf' as const, folder };
    const missing = await failure(
      t.app.call('agreements:generateDocument', { ...base, document: 'amendment' }),
    );
    expect(missing.code).toBe('validation');
    expect(missing.fields).toEqual({ amendmentId: 'documents.amendmentRequired' });
    const unknown = await failure(
      t.app.call('agreements:generateDocument', { ...base, document: 'amendment', amendmentId: 999_999 }),
    );
    expect(unknown.code).toBe('notFound');
    const memoDate = await failure(
      t.app.call('agreements:generateDocument', { ...base, document: 'decisionMemo', asOf: '2024-01-01' }),
    );
    expect(memoDate.fields).toEqual({ asOf: 'field.invalid' });
    const badDate = await failure(
      t.app.call('agreements:generateDocument', { ...base, document: 'agreement', asOf: '2024-02-30' }),
    );
    expect(badDate.fields).toEqual({ asOf: 'field.date' });
    expect(readdirSync(folder).length).toBe(before);
  });

  test('an amendment of another agreement is not found', async () => {
    const other = await create(
      t.app,
      withCriteria({ ...malmoRegionRedCross(t.ids), registrationNumber: 'X-1' }),
    );
    const error = await failure(
      t.app.call('agreements:generateDocument', {
        id: other.id,
        document: 'amendment',
        amendmentId: extensionId,
        format: 'docx',
        folder,
      }),
    );
    expect(error.code).toBe('notFound');
  });
});

// The hand-back PDF speaks of a person who was 18 or older at the group's
// start as "deltagaren", not "barnet" (issue 11, shared/support-groups/person-term.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandBackEnrolment } from './handback-data';
import { packageFiles } from './handback-files';

const enrolment = (
  name: string,
  birthYear: number,
  person: HandBackEnrolment['person'],
): HandBackEnrolment => ({
  enrolmentId: birthYear,
  district: 'Centrum',
  child: {
    name,
    identityKind: 'none',
    identityNumber: null,
    birthDate: null,
    birthYear,
    gender: 'boy',
    district: 'Centrum',
    homeMunicipality: 'Malmö',
    placementBasis: 'SoL',
    protectedIdentity: false,
    caseworker: 'Sara Lind',
  },
  person,
  agreement: 'KS/2016:7 Paraplyöverenskommelse',
  programme: 'Samtalsgrupp för unga vuxna',
  group: 'Vårgruppen Centrum',
  groupStart: '2026-03-04',
  status: 'completed',
  referredOn: '2026-02-01',
  cancelReason: '',
  ageOverrideReason: '',
  notice: null,
  childView: { on: '2026-02-22', summary: 'Vill gärna vara med.', by: 'Kim Koordinator' },
  preVisit: null,
  fee: null,
  consents: [],
  attendance: [],
  concernReports: [],
});

describe('the hand-back PDF', () => {
  it('says "Deltagarens egen åsikt" for a 20-year-old and "Barnets egen åsikt" for a 15-year-old', async () => {
    const files = await packageFiles('Centrum', '2026-06-01', [
      enrolment('Amir Exempel', 2006, 'participant'),
      enrolment('Samir Exempel', 2011, 'child'),
    ]);
    const folder = mkdtempSync(join(tmpdir(), 'handback-wording-'));
    try {
      const path = join(folder, 'aterforing.pdf');
      writeFileSync(path, files.find((f) => f.name === 'aterforing.pdf')!.data);
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      const [amir, samir] = text.split('Samir Exempel');
      expect(amir).toContain('Deltagarens egen åsikt');
      expect(amir).not.toContain('Barnets');
      expect(samir).toContain('Barnets egen åsikt');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

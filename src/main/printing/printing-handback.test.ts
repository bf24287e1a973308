// The hand-back cover letter to a district: the groups, how many of the
// district's children, the package file with its checksum, the passphrase
// handled apart, and a receipt. It names no child.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printer, type Printer } from '../../../test/support/printing/print-text';
import { buildFixture, fixtureChildren, type Fixture } from '../../../test/support/reports/report-fixture';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';

let app: TempApp;
let fixture: Fixture;
let p: Printer;

beforeAll(async () => {
  app = await createInstalledApp();
  fixture = await buildFixture(app);
  p = printer(app);
}, 60_000);
afterAll(async () => {
  p.dispose();
  await app.dispose();
});

const letter = (district: string, groupIds = [fixture.groups.g1, fixture.groups.g2]) => ({
  document: 'handBackLetter' as const,
  groupIds,
  district,
});

describe('the hand-back cover letter', () => {
  it('before the package exists: the groups and children are there, the package is flagged as missing', async () => {
    const { text } = await p.text(letter('Farsta'));
    expect(text).toContain('Följebrev: återföring av uppgifter');
    expect(text).toContain('Till socialtjänsten i Farsta');
    expect(text).toMatch(
      /Vårgruppen 2025\s+Stödgrupp för familjehemsplacerade barn\s+2025-02-03 – 2025-03-24\s+6/,
    );
    expect(text).toMatch(
      /Höstgruppen 2025\s+Stödgrupp för familjehemsplacerade barn\s+2025-09-01 – 2025-10-20\s+2/,
    );
    expect(text).toContain('för 8 barn som hör till socialtjänsten i Farsta');
    expect(text).toContain('[uppgift saknas]');
    expect(text).toContain('Återföringspaket (skapa det under Rapporter, Gallring)');
  });

  it('after the package: its file name and checksum; the passphrase apart; and no child named', async () => {
    const { packages } = await app.must('erasure:handBack', {
      groupIds: [fixture.groups.g1, fixture.groups.g2],
      folder: p.folder,
      passphrase: 'ekorre-lingon-fjällsjö-kanot',
    });
    const farsta = packages.find((x) => x.district === 'Farsta')!;
    for (const format of ['pdf', 'docx'] as const) {
      const { result, text } = await p.text(letter('Farsta'), { format });
      // The first test's letter keeps its name: this one gets a number.
      expect(result.fileName).toBe(
        `Följebrev återföring Farsta 2026-03-02${format === 'pdf' ? ' (2)' : ''}.${format}`,
      );
      expect(text).toContain(`Fil: ${farsta.fileName}`);
      const row = await app.installation.db
        .selectFrom('handback_package')
        .select('sha256')
        .where('file_name', '=', farsta.fileName)
        .executeTakeFirstOrThrow();
      expect(text).toContain(`Kontrollsumma (SHA-256): ${row.sha256}`);
      expect(text).toContain('Lösenfrasen lämnas separat');
      expect(text).not.toContain('Återföringspaket (skapa');
      for (const child of fixtureChildren) {
        expect(text).not.toContain(child.name);
        expect(text).not.toContain(child.identityNumber);
      }
    }
  });

  it('refuses a district none of the groups’ children belong to, and a group that is not over', async () => {
    const elsewhere = await app.call('printing:print', {
      target: letter('Kista'),
      format: 'pdf',
      folder: p.folder,
    });
    expect(elsewhere.ok ? null : elsewhere.error).toMatchObject({
      code: 'validation',
      fields: { district: 'printing.districtNotInGroups' },
    });
    const running = await app.call('printing:print', {
      target: letter('Farsta', [fixture.groups.g4]),
      format: 'pdf',
      folder: p.folder,
    });
    expect(running.ok ? null : running.error.code).toBe('erasure.notOver');
  });
});

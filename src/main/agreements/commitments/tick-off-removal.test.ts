// Removing a tick-off recorded by mistake, through the router: the row goes
// through the one erasure routine (its note's bytes and those of a file
// attached to it gone from the database file, its log and a later backup), the statuses count it no more, the audit entry holds ids
// only; an unknown tick-off, one of another agreement, an empty reason and a
// role that may not record are refused with nothing changed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfBytes, pickFolder } from '../../../../test/support/attachments';
import type { AgreementData } from '../../../shared/agreements/model';
import type { Agreement } from '../../../shared/ipc/agreements';
import { sv } from '../../../shared/i18n/sv';
import { stockholmBris, withCriteria } from '../../../../test/support/agreements/fixtures';
import { activeAgreement } from '../../../../test/support/agreements/groups';
import { agreementsApp, failure, type AgreementsApp } from '../../../../test/support/agreements/helpers';
import { backupBytes, diskBytes, foundIn } from '../../../../test/support/erased-bytes';
import { masterKeyOf } from '../../../../test/support/raw-database';
import { adminPassword } from '../../../../test/support/temp-app';
import { addUser, passwordOf, signIn } from '../../../../test/support/users';

let t: AgreementsApp;
let key: Buffer;
beforeAll(async () => {
  t = await agreementsApp();
  key = await masterKeyOf(t.app.dataDir);
  await addUser(t.app, 'viewer', 'vera');
  await addUser(t.app, 'coordinator', 'kim');
}, 120_000);
const files = pickFolder();
afterAll(() => {
  files.dispose();
  return t.app.dispose();
});

let n = 0;
const fresh = (data: AgreementData): AgreementData =>
  withCriteria({ ...data, registrationNumber: `TR-${++n}` });
const asAdmin = () => signIn(t.app, 'admin', adminPassword);
const breakfastOf = (a: Agreement) => a.data.commitments.find((c) => c.text.includes('informationsfrukost'))!;
const note = 'Ledd av Mistagsdotter Felqvist';
// A file attached to the tick-off: a marker inside its bytes, and its name.
const fileMarker = 'BILAGA-AVBOCKNING-3141';
const fileName = 'Deltagarlista Mistagsdotter.pdf';
const fileNeedles = [fileMarker, 'Deltagarlista Mistagsdotter'];

async function withTickOff() {
  await asAdmin();
  const agreement = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
  const [tick] = await t.app.must('agreements:recordTickOff', {
    agreementId: agreement.id,
    commitmentKey: breakfastOf(agreement).key,
    doneOn: '2026-02-10',
    whatDone: 'Informationsfrukost',
    note,
  });
  return { agreement, tick: tick! };
}

const tickOffCount = async () =>
  Number(
    (
      await t.app.installation.db
        .selectFrom('agreement_commitment_tick_off')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const breakfastStatus = async (a: Agreement) =>
  (await t.app.must('agreements:commitmentStatuses', { agreementId: a.id, asOf: '2026-03-01' })).find(
    (c) => c.key === breakfastOf(a).key,
  )!.achieved;

describe('removing a tick-off recorded by mistake', () => {
  test('the row and its note are gone, the status counts it no more, the audit entry holds ids only', async () => {
    const { agreement, tick } = await withTickOff();
    expect(await breakfastStatus(agreement)).toBe(1);
    await signIn(t.app, 'kim', passwordOf('kim'));
    const pdf = Buffer.concat([await pdfBytes('Deltagarlista'), Buffer.from(`\n%${fileMarker}\n`, 'latin1')]);
    const attached = await t.app.must('attachments:add', {
      record: { kind: 'tickOff', id: tick.id },
      path: files.write(fileName, pdf),
    });
    expect(attached.name).toBe(fileName);
    expect(foundIn(diskBytes(t.app, key), [note, ...fileNeedles])).toEqual([note, ...fileNeedles]);
    const left = await t.app.must('agreements:removeTickOff', {
      agreementId: agreement.id,
      tickOffId: tick.id,
      reason: '  Fel datum, frukosten var ett annat år  ',
      confirmed: true,
    });
    expect(left).toEqual([]);
    expect(await breakfastStatus(agreement)).toBe(0);
    expect(foundIn(diskBytes(t.app, key), [note, ...fileNeedles])).toEqual([]);
    const leftFiles = await t.app.installation.db
      .selectFrom('attachment')
      .select('id')
      .where('id', '=', attached.id)
      .execute();
    expect(leftFiles).toEqual([]);

    const audit = await t.app.installation.db
      .selectFrom('audit_log')
      .select(['channel', 'entity_type', 'entity_id', 'outcome'])
      .where('channel', '=', 'agreements:removeTickOff')
      .where('outcome', '=', 'ok')
      .execute();
    expect(audit).toEqual([
      {
        channel: 'agreements:removeTickOff',
        entity_type: 'agreement',
        entity_id: String(agreement.id),
        outcome: 'ok',
      },
    ]);
    const everything = JSON.stringify(
      await t.app.installation.db.selectFrom('audit_log').selectAll().execute(),
    );
    expect(foundIn(Buffer.from(everything), ['Fel datum', note])).toEqual([]);
  });

  test('a backup taken afterwards holds none of the note nor of the file', async () => {
    await asAdmin();
    expect(foundIn(await backupBytes(t.app, key), [note, ...fileNeedles])).toEqual([]);
  }, 60_000);

  test('refused, nothing changed: an unknown tick-off, one of another agreement, an empty reason', async () => {
    const { agreement, tick } = await withTickOff();
    const other = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
    const before = await tickOffCount();
    const remove = (input: { agreementId: number; tickOffId: number; reason: string }) =>
      failure(t.app.call('agreements:removeTickOff', { ...input, confirmed: true }));

    const unknown = await remove({ agreementId: agreement.id, tickOffId: tick.id + 10_000, reason: 'Fel' });
    expect(unknown.code).toBe('commitments.tickOffNotFound');
    expect(sv['commitments.tickOffNotFound']).toMatch(/^Avbockningen finns inte/);
    const elsewhere = await remove({ agreementId: other.id, tickOffId: tick.id, reason: 'Fel' });
    expect(elsewhere.code).toBe('commitments.tickOffOfOtherAgreement');
    expect(sv['commitments.tickOffOfOtherAgreement']).toMatch(/annan överenskommelse/);
    for (const reason of ['', '   ']) {
      const empty = await remove({ agreementId: agreement.id, tickOffId: tick.id, reason });
      expect(empty).toMatchObject({ code: 'validation', fields: { reason: 'field.required' } });
    }
    const long = await remove({ agreementId: agreement.id, tickOffId: tick.id, reason: 'x'.repeat(501) });
    expect(long).toMatchObject({ code: 'validation', fields: { reason: 'field.tooLong' } });
    const unconfirmed = await failure(
      t.app.call('agreements:removeTickOff', {
        agreementId: agreement.id,
        tickOffId: tick.id,
        reason: 'Fel',
        confirmed: false as unknown as true,
      }),
    );
    expect(unconfirmed.code).toBe('validation');

    expect(await tickOffCount()).toBe(before);
    expect(await t.app.must('agreements:tickOffs', { agreementId: agreement.id })).toEqual([
      expect.objectContaining({ id: tick.id, note }),
    ]);
  });

  test('only the roles that record tick-offs may remove one', async () => {
    const { agreement, tick } = await withTickOff();
    const before = await tickOffCount();
    await signIn(t.app, 'vera', passwordOf('vera'));
    const viewer = await failure(
      t.app.call('agreements:removeTickOff', {
        agreementId: agreement.id,
        tickOffId: tick.id,
        reason: 'Fel',
        confirmed: true,
      }),
    );
    expect(viewer.code).toBe('forbidden');
    expect(await tickOffCount()).toBe(before);
    await asAdmin();
    await t.app.must('agreements:removeTickOff', {
      agreementId: agreement.id,
      tickOffId: tick.id,
      reason: 'Dubbelregistrerad',
      confirmed: true,
    });
    expect(await tickOffCount()).toBe(before - 1);
  });
});

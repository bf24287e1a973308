// Deleting mistakes (issue 11, "The whole data lifecycle"): before this,
// nothing could be deleted, so a child registered by mistake, a draft agreement
// and an organisation entered twice stayed for ever. Each is now deleted at
// once through the erasure routine gallring uses, and afterwards no byte of it
// is anywhere in the decrypted database file, its log, or a backup taken
// afterwards. Refusals change nothing; the log and the audit hold no personal data.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import { createInstalledApp, adminPassword, type TempApp } from '../../../test/support/temp-app';
import { masterKeyOf } from '../../../test/support/raw-database';
import { backupBytes, diskBytes, foundIn } from '../../../test/support/erased-bytes';
import {
  admittedChild,
  childInput,
  setUpGroup,
  testNumber,
} from '../../../test/support/support-groups/fixtures';
import {
  registerAll,
  stockholmBris,
  withCriteria,
  type OrgKey,
} from '../../../test/support/agreements/fixtures';
import { organisationInput, orgNumberFrom } from '../../../test/support/organisations';
import { addUser, passwordOf, signIn } from '../../../test/support/users';

let app: TempApp;
let key: Buffer;
let ids: Record<OrgKey, number>;
let group: Awaited<ReturnType<typeof setUpGroup>>;

const asAdmin = () => signIn(app, 'admin', adminPassword);
const asCaseworker = () => signIn(app, 'karin', passwordOf('karin'));

beforeAll(async () => {
  app = await createInstalledApp();
  key = await masterKeyOf(app.dataDir);
  ids = await registerAll(app);
  group = await setUpGroup(app);
  await addUser(app, 'caseworker', 'karin');
  await addUser(app, 'coordinator', 'kim');
  await addUser(app, 'viewer', 'vera');
}, 120_000);
afterAll(() => app.dispose());

const mistakenNumber = testNumber('2014-05-10', 983);
const mistaken = childInput({
  name: 'Felregistrerad Ögonsten',
  identityNumber: mistakenNumber,
  phone: '070-111 22 33',
  address: { street: 'Misstagsgatan 9', postalCode: '211 20', city: 'Malmö' },
  fosterHome: {
    name: 'Familjen Fellandersson',
    phone: '070-174 06 19',
    email: 'fellandersson@exempel.se',
    address: { street: 'Felvägen 4', postalCode: '212 21', city: 'Malmö' },
  },
  guardians: [{ name: 'Vårdnadshavare Felqvist', phone: '070-174 06 18', email: '', hasCustody: true }],
  caseworker: { name: 'Handläggare Misstagsson', unit: 'Enhet Fel', phone: '040-628 04 19', email: '' },
});
const childNeedles = [
  'Felregistrerad Ögonsten',
  'felregistrerad ögonsten',
  mistakenNumber,
  mistakenNumber.replace('-', ''),
  'Misstagsgatan 9',
  'Familjen Fellandersson',
  'fellandersson@exempel.se',
  'Felvägen 4',
  'Vårdnadshavare Felqvist',
  'Handläggare Misstagsson',
  'Dnr samtycke felregistrerad',
];

async function counts() {
  const one = async (
    table: 'child' | 'guardian' | 'enrolment' | 'consent' | 'agreement' | 'organisation' | 'deletion_run',
  ) =>
    Number(
      (await app.installation.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst())!.n,
    );
  return {
    child: await one('child'),
    guardian: await one('guardian'),
    enrolment: await one('enrolment'),
    consent: await one('consent'),
    agreement: await one('agreement'),
    organisation: await one('organisation'),
    deletion_run: await one('deletion_run'),
  };
}

describe('a child registered by mistake', () => {
  let childId: number;
  let version: number;

  it('is on disk before (the search works)', async () => {
    await asCaseworker();
    const child = await app.must('children:create', mistaken);
    childId = child.id;
    version = child.version;
    const interest = await app.must('enrolments:create', {
      childId,
      programmeId: group.programme.id,
      groupId: null,
      status: 'interest',
      referredOn: '2026-02-20',
    });
    await app.must('enrolments:recordConsent', {
      enrolmentId: interest.id,
      guardianId: child.guardians[0]!.id,
      scope: 'participation',
      decision: 'given',
      decidedOn: '2026-02-21',
      method: 'written',
      documentReference: 'Dnr samtycke felregistrerad',
    });
    expect(foundIn(diskBytes(app, key), childNeedles)).toEqual(childNeedles);
  });

  it('may be deleted only by a caseworker or coordinator, confirmed, with a reason from the list; refusals change nothing', async () => {
    const before = await counts();
    for (const who of ['admin', 'vera'] as const) {
      if (who === 'admin') await asAdmin();
      else await signIn(app, who, passwordOf(who));
      const r = await app.call('children:deleteMistake', {
        id: childId,
        version,
        reason: 'wrongPerson',
        confirmed: true,
      });
      expect(r.ok ? null : r.error.code, who).toBe('forbidden');
    }
    await asCaseworker();
    const unconfirmed = await app.call('children:deleteMistake', {
      id: childId,
      version,
      reason: 'wrongPerson',
      confirmed: false as unknown as true,
    });
    expect(unconfirmed.ok ? null : unconfirmed.error).toMatchObject({
      code: 'validation',
      fields: { confirmed: 'deletion.confirmRequired' },
    });
    const freeText = await app.call('children:deleteMistake', {
      id: childId,
      version,
      reason: 'Fel barn, rätt är Alva' as 'other',
      confirmed: true,
    });
    expect(freeText.ok ? null : freeText.error.code).toBe('validation');
    const stale = await app.call('children:deleteMistake', {
      id: childId,
      version: version + 5,
      reason: 'duplicate',
      confirmed: true,
    });
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
    expect(await counts()).toEqual(before);
  });

  it('refuses a child who has had a place: that child is gallring’s, after the hand-back', async () => {
    await asCaseworker();
    const { child } = await admittedChild(app, group.group.id, group.programme.id, {
      name: 'Antagen Barnsson',
      identityNumber: testNumber('2014-06-11', 985),
    });
    const before = await counts();
    const r = await app.call('children:deleteMistake', {
      id: child.id,
      version: child.version,
      reason: 'wrongPerson',
      confirmed: true,
    });
    expect(r.ok ? null : r.error.code).toBe('deletion.childHasHistory');
    expect(await counts()).toEqual(before);
  });

  it('deletes the child, guardians, foster home, enrolments and consents at once, and the bytes are gone', async () => {
    await signIn(app, 'kim', passwordOf('kim'));
    const before = await counts();
    const result = await app.must('children:deleteMistake', {
      id: childId,
      version,
      reason: 'wrongPerson',
      confirmed: true,
    });
    expect(result).toEqual({ enrolments: 1, purged: true });
    expect(await counts()).toMatchObject({
      child: before.child - 1,
      guardian: before.guardian - 1,
      enrolment: before.enrolment - 1,
      consent: before.consent - 1,
      deletion_run: before.deletion_run + 1,
    });
    const gone = await app.call('children:get', { id: childId });
    expect(gone.ok ? null : gone.error.code).toBe('notFound');
    expect(foundIn(diskBytes(app, key), childNeedles)).toEqual([]);
  });

  it('a backup taken afterwards holds none of it', async () => {
    await asAdmin();
    expect(foundIn(await backupBytes(app, key), childNeedles)).toEqual([]);
  }, 60_000);

  it('is logged and audited without personal data', async () => {
    const runs = await app.installation.db
      .selectFrom('deletion_run')
      .selectAll()
      .where('kind', '=', 'child')
      .execute();
    expect(runs.map((r) => [r.kind, r.reason, r.enrolments, r.children])).toEqual([
      ['child', 'wrongPerson', 1, 1],
    ]);
    const audit = await app.installation.db
      .selectFrom('audit_log')
      .select(['channel', 'entity_type', 'entity_id', 'outcome'])
      .where('channel', '=', 'children:deleteMistake')
      .where('outcome', '=', 'ok')
      .execute();
    expect(audit).toEqual([
      { channel: 'children:deleteMistake', entity_type: 'child', entity_id: String(childId), outcome: 'ok' },
    ]);
    const everything = JSON.stringify(
      await app.installation.db.selectFrom('audit_log').selectAll().execute(),
    );
    expect(foundIn(Buffer.from(everything), childNeedles)).toEqual([]);
  });
});

describe('a draft agreement', () => {
  const title = 'Kvarnbäckens hemliga samverkan';
  const contact = 'Kontaktperson Utkastdotter';
  // The search index keeps words lower-cased, each sharing its first letters with the term before it.
  const needles = [title, contact, 'utkastdotter@exempel.se', 'arnbäckens', 'tkastdotter'];

  async function draft() {
    await asCaseworker();
    const data = withCriteria(stockholmBris(ids, '2026-01-01'));
    data.title = title;
    data.registrationNumber = `SN-2026/${Math.floor(Math.random() * 900) + 100}`;
    data.parties[0]!.contacts = [
      { name: contact, title: 'Samordnare', phone: '', email: 'utkastdotter@exempel.se' },
    ];
    return app.must('agreements:create', { data });
  }

  it('is deleted with its terms and search entry, and the bytes are gone', async () => {
    const a = await draft();
    expect(foundIn(diskBytes(app, key), needles)).toEqual(needles);
    const refused = await app.call('agreements:deleteDraft', {
      id: a.id,
      version: a.version,
      confirmed: false as unknown as true,
    });
    expect(refused.ok).toBe(false);
    expect(
      await app.must('agreements:deleteDraft', { id: a.id, version: a.version, confirmed: true }),
    ).toEqual({ purged: true });
    const gone = await app.call('agreements:get', { id: a.id });
    expect(gone.ok ? null : gone.error.code).toBe('notFound');
    const search = await app.must('agreements:list', { query: 'Kvarnbäckens' });
    expect(JSON.stringify(search)).not.toContain('Kvarnbäckens');
    expect(foundIn(diskBytes(app, key), needles)).toEqual([]);
    const rows = (
      await sql<{ n: number }>`SELECT count(*) AS n FROM agreement_fts_content WHERE id = ${a.id}`.execute(
        app.installation.db,
      )
    ).rows;
    expect(rows[0]!.n).toBe(0);
  });

  it('refuses an agreement that has left the draft, a coordinator, and changes nothing', async () => {
    const a = await draft();
    const next = await app.must('agreements:transition', {
      id: a.id,
      version: a.version,
      request: { to: 'forDecision' },
    });
    const before = await counts();
    const r = await app.call('agreements:deleteDraft', { id: a.id, version: next.version, confirmed: true });
    expect(r.ok ? null : r.error.code).toBe('deletion.notDraft');
    const other = await draft();
    await signIn(app, 'kim', passwordOf('kim'));
    const coordinator = await app.call('agreements:deleteDraft', {
      id: other.id,
      version: other.version,
      confirmed: true,
    });
    expect(coordinator.ok ? null : coordinator.error.code).toBe('forbidden');
    expect((await counts()).agreement).toBe(before.agreement + 1);
  });
});

describe('an organisation that is no party to any agreement', () => {
  const orgNumber = orgNumberFrom('802099123');
  const needles = ['Föreningen Felinmatad', orgNumber, 'Kontakt Felinmatadsson', 'felinmatad@exempel.se'];

  it('is deleted with its contact persons, and the bytes are gone', async () => {
    await asCaseworker();
    const o = await app.must(
      'organisations:create',
      organisationInput({
        name: 'Föreningen Felinmatad',
        orgNumber,
        contacts: [{ name: 'Kontakt Felinmatadsson', email: 'felinmatad@exempel.se' }],
      }),
    );
    expect(foundIn(diskBytes(app, key), needles).length).toBeGreaterThan(0);
    expect(
      await app.must('organisations:delete', {
        id: o.id,
        version: o.version,
        reason: 'duplicate',
        confirmed: true,
      }),
    ).toEqual({
      purged: true,
    });
    expect(foundIn(diskBytes(app, key), needles)).toEqual([]);
    const runs = await app.installation.db
      .selectFrom('deletion_run')
      .select(['kind', 'reason'])
      .where('kind', '=', 'organisation')
      .execute();
    expect(runs).toEqual([{ kind: 'organisation', reason: 'duplicate' }]);
  });

  it('refuses a party to an agreement, and a coordinator', async () => {
    await asCaseworker();
    const party = await app.must('organisations:get', { id: ids.stockholm });
    const before = await counts();
    const r = await app.call('organisations:delete', {
      id: party.id,
      version: party.version,
      reason: 'duplicate',
      confirmed: true,
    });
    expect(r.ok ? null : r.error.code).toBe('deletion.organisationInUse');
    const unused = await app.must(
      'organisations:create',
      organisationInput({ name: 'Oanvänd förening', orgNumber: orgNumberFrom('802099131') }),
    );
    await signIn(app, 'kim', passwordOf('kim'));
    const coordinator = await app.call('organisations:delete', {
      id: unused.id,
      version: unused.version,
      reason: 'duplicate',
      confirmed: true,
    });
    expect(coordinator.ok ? null : coordinator.error.code).toBe('forbidden');
    expect((await counts()).organisation).toBe(before.organisation + 1);
  });
});

it('every deletion channel is in the contract', () => {
  expect(channels).toEqual(
    expect.arrayContaining(['children:deleteMistake', 'agreements:deleteDraft', 'organisations:delete']),
  );
});

// The children register through the router: identity numbers, duplicates,
// protected identity, roles and the audit trail of every read.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { addUser, signIn } from '../../../test/support/users';
import { childInput, testNumber } from '../../../test/support/support-groups/fixtures';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const childCount = async () =>
  Number(
    (
      await app.installation.db
        .selectFrom('child')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('registering a child', () => {
  test('stores the identity number in its canonical form with the birth date', async () => {
    const child = await app.must('children:create', childInput());
    expect(child).toMatchObject({
      name: 'Tolvan Tolvansson',
      identityKind: 'personnummer',
      identityNumber: '20121212-1212',
      birthDate: '2012-12-12',
      age: 13,
      placementBasis: 'SoL',
      contact: { masked: false },
      possibleDuplicateIds: [],
      version: 1,
    });
    expect(child.guardians.map((g) => [g.name, g.hasCustody])).toEqual([
      ['Anna Tolvansson', true],
      ['Bertil Tolvansson', true],
    ]);
  });

  test.each([
    ['121212-1213', 'identityNumber.checkDigit'],
    ['121212-0008', 'identityNumber.serial'],
    ['140231-1235', 'identityNumber.date'],
    ['1212121', 'identityNumber.format'],
  ])('refuses %s with %s and saves nothing', async (identityNumber, problem) => {
    const result = await app.call('children:create', childInput({ identityNumber }));
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', message: expect.any(String), fields: { identityNumber: problem } },
    });
    expect(await childCount()).toBe(0);
  });

  test('a samordningsnummer must be registered as one', async () => {
    const coordination = '121272-1219';
    const mismatch = await app.call('children:create', childInput({ identityNumber: coordination }));
    expect(mismatch.ok ? null : mismatch.error.fields).toEqual({ identityNumber: 'identity.kindMismatch' });
    const ok = await app.must(
      'children:create',
      childInput({ identityKind: 'samordningsnummer', identityNumber: coordination }),
    );
    expect(ok).toMatchObject({
      identityKind: 'samordningsnummer',
      identityNumber: '20121272-1219',
      birthDate: '2012-12-12',
    });
  });

  test('a duplicate identity number is refused, whichever form it is typed in', async () => {
    await app.must('children:create', childInput());
    const again = await app.call(
      'children:create',
      childInput({ name: 'Någon Annan', identityNumber: '201212121212' }),
    );
    expect(again.ok ? null : again.error).toMatchObject({
      code: 'children.duplicateIdentityNumber',
      fields: { identityNumber: 'children.duplicateIdentityNumber' },
    });
    expect(await childCount()).toBe(1);
  });

  test('a person without a Swedish number is registered with an alias and a birth year', async () => {
    const child = await app.must(
      'children:create',
      childInput({
        name: 'Samir (alias)',
        nameIsAlias: true,
        identityKind: 'none',
        identityNumber: '',
        birthYear: 2004,
        placementBasis: 'none',
      }),
    );
    expect(child).toMatchObject({
      identityKind: 'none',
      identityNumber: null,
      birthDate: null,
      birthYear: 2004,
      age: 22,
      nameIsAlias: true,
    });
    const missing = await app.call(
      'children:create',
      childInput({ identityKind: 'none', identityNumber: '' }),
    );
    expect(missing.ok ? null : missing.error.fields).toEqual({ birthDate: 'identity.birthRequired' });
  });

  test('a possible duplicate without ID (same name and birth date) is flagged, not refused', async () => {
    const first = await app.must(
      'children:create',
      childInput({ name: 'Lea Exempel', identityKind: 'none', identityNumber: '', birthDate: '2014-05-10' }),
    );
    const second = await app.must(
      'children:create',
      childInput({ name: 'lea exempel', identityKind: 'none', identityNumber: '', birthDate: '2014-05-10' }),
    );
    expect(second.possibleDuplicateIds).toEqual([first.id]);
    expect((await app.must('children:get', { id: first.id })).possibleDuplicateIds).toEqual([second.id]);
    const other = await app.must(
      'children:create',
      childInput({ name: 'Lea Exempel', identityKind: 'none', identityNumber: '', birthDate: '2014-05-11' }),
    );
    expect(other.possibleDuplicateIds).toEqual([]);
  });

  test('search finds children by any name part prefix and by identity number', async () => {
    await app.must('children:create', childInput());
    await app.must(
      'children:create',
      childInput({ name: 'Lea Åkesson', identityNumber: testNumber('2014-05-10'), district: 'Söder' }),
    );
    const names = async (query: string, district = '') =>
      (await app.must('children:list', { query, district })).map((c) => c.name);
    expect(await names('tolv')).toEqual(['Tolvan Tolvansson']);
    expect(await names('åke')).toEqual(['Lea Åkesson']);
    expect(await names('lea åk')).toEqual(['Lea Åkesson']);
    expect(await names('lea tolv')).toEqual([]);
    expect(await names('121212-12')).toEqual(['Tolvan Tolvansson']);
    expect(await names('20121212')).toEqual(['Tolvan Tolvansson']);
    expect(await names('', 'Söder')).toEqual(['Lea Åkesson']);
    expect(await names('tolv', 'Söder')).toEqual([]);
    expect(await app.must('children:districts', {})).toEqual(['Norr', 'Söder']);
  });
});

describe('protected identity', () => {
  const secretStreet = 'Hemliga gränden 7';
  const secretFosterHome = 'Familjen Skyddad';
  const protectedChild = () =>
    childInput({
      protectedIdentity: true,
      address: { street: secretStreet, postalCode: '123 45', city: 'Hemligby' },
      phone: '070-174 06 99',
      fosterHome: {
        name: secretFosterHome,
        phone: '070-174 06 98',
        email: 'skyddad@example.invalid',
        address: { street: 'Dold väg 1', postalCode: '123 46', city: 'Hemligby' },
      },
    });

  test('lists never carry the address, contact details or foster home', async () => {
    await app.must('children:create', protectedChild());
    const envelope = await app.call('children:list', { query: '' });
    const serialised = JSON.stringify(envelope);
    for (const secret of [
      secretStreet,
      'Hemligby',
      secretFosterHome,
      '070-174 06 99',
      '070-174 06 98',
      'skyddad@example.invalid',
      '123 45',
    ]) {
      expect(serialised).not.toContain(secret);
    }
    expect(envelope.ok && envelope.value[0]).toMatchObject({
      protectedIdentity: true,
      city: null,
      fosterHomeName: null,
    });
  });

  test('the child page is masked too; only reveal shows it, to a coordinator, audited', async () => {
    const child = await app.must('children:create', protectedChild());
    expect(child.contact).toEqual({ masked: true });
    expect(JSON.stringify(await app.call('children:get', { id: child.id }))).not.toContain(secretStreet);

    const adminReveal = await app.call('children:reveal', { id: child.id });
    expect(adminReveal.ok ? null : adminReveal.error.code).toBe('forbidden');

    const coordinator = await addUser(app, 'coordinator', 'kim');
    await signIn(app, coordinator.username, coordinator.password);
    const before = await lastAuditId(app);
    const revealed = await app.must('children:reveal', { id: child.id });
    expect(revealed.address.street).toBe(secretStreet);
    expect(revealed.fosterHome.name).toBe(secretFosterHome);
    expect(await auditSince(app, before)).toEqual([
      {
        userId: coordinator.id,
        role: 'coordinator',
        channel: 'children:reveal',
        entityType: 'child',
        entityId: String(child.id),
        outcome: 'ok',
      },
    ]);
  });

  test('a child without protected identity shows its details on the page', async () => {
    const child = await app.must('children:create', childInput());
    expect(child.contact).toEqual({
      masked: false,
      details: expect.objectContaining({
        address: { street: 'Fiktiva gatan 1', postalCode: '211 20', city: 'Malmö' },
      }),
    });
    expect((await app.must('children:list', { query: '' }))[0]).toMatchObject({
      city: 'Malmö',
      fosterHomeName: 'Familjen Exempelsson',
    });
  });
});

describe('roles and audit', () => {
  test('every read of a child is audited with entity type child and the id only', async () => {
    const child = await app.must('children:create', childInput());
    const before = await lastAuditId(app);
    await app.must('children:get', { id: child.id });
    await app.must('children:list', { query: 'tolvan' });
    const entries = await auditSince(app, before);
    expect(entries).toEqual([
      {
        userId: 1,
        role: 'admin',
        channel: 'children:get',
        entityType: 'child',
        entityId: String(child.id),
        outcome: 'ok',
      },
      {
        userId: 1,
        role: 'admin',
        channel: 'children:list',
        entityType: 'child',
        entityId: null,
        outcome: 'ok',
      },
    ]);
    expect(
      JSON.stringify(await app.installation.db.selectFrom('audit_log').selectAll().execute()),
    ).not.toMatch(/Tolvan|121212/);
  });

  test('a viewer never sees a child: forbidden, and the attempt is audited', async () => {
    const child = await app.must('children:create', childInput());
    const viewer = await addUser(app, 'viewer', 'vera');
    await signIn(app, viewer.username, viewer.password);
    const before = await lastAuditId(app);
    for (const [channel, input] of [
      ['children:list', { query: '' }],
      ['children:get', { id: child.id }],
    ] as const) {
      const result = await app.call(channel, input as never);
      expect(result.ok ? null : result.error.code).toBe('forbidden');
    }
    expect((await auditSince(app, before)).map((e) => [e.channel, e.role, e.outcome])).toEqual([
      ['children:list', 'viewer', 'denied'],
      ['children:get', 'viewer', 'denied'],
    ]);
  });

  test('a caseworker can register and update a child; a stale version is a conflict', async () => {
    const caseworker = await addUser(app, 'caseworker', 'sara');
    await signIn(app, caseworker.username, caseworker.password);
    const child = await app.must('children:create', childInput());
    const updated = await app.must('children:update', {
      id: child.id,
      version: child.version,
      data: childInput({
        district: 'Söder',
        guardians: [{ ...childInput().guardians[0]!, id: child.guardians[0]!.id }],
      }),
    });
    expect(updated).toMatchObject({ district: 'Söder', version: 2 });
    expect(updated.guardians.map((g) => g.id)).toEqual([child.guardians[0]!.id]);
    const stale = await app.call('children:update', {
      id: child.id,
      version: child.version,
      data: childInput(),
    });
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
  });
});

describe('concern reports', () => {
  test('are recorded as facts only: date, to which social services, by whom', async () => {
    const child = await app.must('children:create', childInput());
    const report = await app.must('children:addConcernReport', {
      childId: child.id,
      reportedOn: '2026-02-27',
      socialServices: 'Socialtjänsten i Malmö, Norr',
      reportedBy: 'Gruppledare Maria Svensson',
    });
    expect(report).toMatchObject({
      reportedOn: '2026-02-27',
      socialServices: 'Socialtjänsten i Malmö, Norr',
    });
    expect(Object.keys(report).sort()).toEqual([
      'id',
      'recordedAt',
      'reportedBy',
      'reportedOn',
      'socialServices',
    ]);
    expect((await app.must('children:get', { id: child.id })).concernReports).toHaveLength(1);
    const extra = await app.call('children:addConcernReport', {
      childId: child.id,
      reportedOn: '2026-02-27',
      socialServices: 'Socialtjänsten',
      reportedBy: 'X',
      content: 'Detaljer om oron',
    } as never);
    expect(extra.ok ? null : extra.error.code).toBe('validation');
  });
});

describe('editing a protected child without revealing', () => {
  test('keepProtectedDetails leaves the stored address and foster home as they were', async () => {
    const child = await app.must(
      'children:create',
      childInput({
        protectedIdentity: true,
        address: { street: 'Hemliga gränden 7', postalCode: '123 45', city: 'Hemligby' },
      }),
    );
    const blank = { street: '', postalCode: '', city: '' };
    const updated = await app.must('children:update', {
      id: child.id,
      version: child.version,
      data: {
        ...childInput({
          protectedIdentity: true,
          district: 'Söder',
          address: blank,
          fosterHome: { name: '', phone: '', email: '', address: blank },
        }),
        guardians: child.guardians,
        keepProtectedDetails: true,
      },
    });
    expect(updated.district).toBe('Söder');
    const row = await app.installation.db
      .selectFrom('child')
      .select(['street', 'foster_home_name'])
      .where('id', '=', child.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ street: 'Hemliga gränden 7', foster_home_name: 'Familjen Exempelsson' });
  });
});

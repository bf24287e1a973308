import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { redCross, regionSkane, rowCounts } from '../../../test/support/organisations';
import { addUser, signIn } from '../../../test/support/users';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

describe('updating an organisation', () => {
  test('saves the new data, bumps the version and the update time', async () => {
    const created = await app.must('organisations:create', {
      ...redCross,
      contacts: [{ name: 'Karin Berg' }, { name: 'Per Holm' }],
    });
    app.clock.advance(3_600_000);
    const updated = await app.must('organisations:update', {
      id: created.id,
      version: 1,
      data: {
        ...redCross,
        name: 'Röda Korset Stockholm',
        contacts: [{ name: 'Per Holm', role: 'Kontaktperson' }],
      },
    });
    expect(updated).toMatchObject({
      id: created.id,
      name: 'Röda Korset Stockholm',
      version: 2,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
      contacts: [{ name: 'Per Holm', role: 'Kontaktperson', phone: '', email: '' }],
    });
    expect(await rowCounts(app)).toEqual({ organisation: 1, contact: 1, requirement: 0 });
  });

  test('with a stale version is a conflict and changes nothing', async () => {
    const created = await app.must('organisations:create', redCross);
    await app.must('organisations:update', {
      id: created.id,
      version: 1,
      data: { ...redCross, name: 'Första ändringen' },
    });
    const current = await app.must('organisations:get', { id: created.id });
    const stale = await app.call('organisations:update', {
      id: created.id,
      version: 1,
      data: { ...redCross, name: 'Andra ändringen' },
    });
    expect(stale).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Uppgiften har ändrats av någon annan. Ladda om och försök igen.' },
    });
    expect(await app.must('organisations:get', { id: created.id })).toEqual(current);
    expect(current.name).toBe('Första ändringen');
  });

  test('of a missing organisation is notFound', async () => {
    const result = await app.call('organisations:update', { id: 7, version: 1, data: redCross });
    expect(result.ok === false && result.error.code).toBe('notFound');
    expect(await rowCounts(app)).toEqual({ organisation: 0, contact: 0, requirement: 0 });
  });

  test('keeping its own organisation number is not a duplicate', async () => {
    const created = await app.must('organisations:create', redCross);
    const updated = await app.call('organisations:update', {
      id: created.id,
      version: 1,
      data: { ...redCross, orgNumber: '8020028711' },
    });
    expect(updated.ok).toBe(true);
  });

  test('the checklist keeps who checked unchanged items and records the current user for changed ones', async () => {
    const karin = await addUser(app, 'caseworker', 'karin');
    const created = await app.must('organisations:create', {
      ...redCross,
      requirements: [
        { requirement: 'democraticValues', status: 'met', comment: 'Stadgar § 2', checkedOn: '2026-02-01' },
        {
          requirement: 'orderlyFinances',
          status: 'unknown',
          comment: 'Väntar på årsredovisning',
          checkedOn: null,
        },
        { requirement: 'followsLaw', status: 'met', comment: '', checkedOn: '2026-02-01' },
      ],
    });
    expect(created.requirements.map((r) => r.checkedBy)).toEqual(['Ada Admin', 'Ada Admin', 'Ada Admin']);

    await signIn(app, karin.username, karin.password);
    const updated = await app.must('organisations:update', {
      id: created.id,
      version: created.version,
      data: {
        ...redCross,
        requirements: [
          // unchanged
          { requirement: 'democraticValues', status: 'met', comment: 'Stadgar § 2', checkedOn: '2026-02-01' },
          // status changed
          {
            requirement: 'orderlyFinances',
            status: 'met',
            comment: 'Väntar på årsredovisning',
            checkedOn: null,
          },
          // only the date changed
          { requirement: 'followsLaw', status: 'met', comment: '', checkedOn: '2026-03-02' },
          // new
          { requirement: 'antiDiscrimination', status: 'notMet', comment: '', checkedOn: null },
        ],
      },
    });
    const checkedBy = Object.fromEntries(updated.requirements.map((r) => [r.requirement, r.checkedBy]));
    expect(checkedBy).toEqual({
      democraticValues: 'Ada Admin',
      orderlyFinances: 'Karin Testsson',
      followsLaw: 'Karin Testsson',
      antiDiscrimination: 'Karin Testsson',
    });
    const rows = await app.installation.db
      .selectFrom('organisation_requirement')
      .select(['requirement', 'checked_by_user_id'])
      .orderBy('requirement')
      .execute();
    expect(rows).toEqual([
      { requirement: 'antiDiscrimination', checked_by_user_id: karin.id },
      { requirement: 'democraticValues', checked_by_user_id: 1 },
      { requirement: 'followsLaw', checked_by_user_id: karin.id },
      { requirement: 'orderlyFinances', checked_by_user_id: karin.id },
    ]);
  });

  test('an item left out of the checklist is removed', async () => {
    const created = await app.must('organisations:create', {
      ...redCross,
      requirements: [
        { requirement: 'democraticValues', status: 'met', checkedOn: null },
        { requirement: 'followsLaw', status: 'met', checkedOn: null },
      ],
    });
    const updated = await app.must('organisations:update', {
      id: created.id,
      version: 1,
      data: { ...redCross, requirements: [{ requirement: 'followsLaw', status: 'met', checkedOn: null }] },
    });
    expect(updated.requirements.map((r) => r.requirement)).toEqual(['followsLaw']);
  });

  test('turning a non-profit into a public body drops its checklist', async () => {
    const created = await app.must('organisations:create', {
      ...redCross,
      requirements: [{ requirement: 'followsLaw', status: 'met', checkedOn: null }],
    });
    const updated = await app.must('organisations:update', {
      id: created.id,
      version: 1,
      data: { ...regionSkane, requirements: [{ requirement: 'followsLaw', status: 'met', checkedOn: null }] },
    });
    expect(updated.requirements).toEqual([]);
    expect(await rowCounts(app)).toEqual({ organisation: 1, contact: 0, requirement: 0 });
  });
});

// More than one deciding body through the router (split from deficiencies.test.ts), on the three agreements of DOMAIN.md.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementData } from '../../../shared/agreements/model';
import { malmoRegionRedCross, withCriteria } from '../../../../test/support/agreements/fixtures';
import {
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../../test/support/agreements/helpers';
import { addUser } from '../../../../test/support/users';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
  await addUser(t.app, 'coordinator', 'kim');
  await addUser(t.app, 'viewer', 'vera');
});
afterAll(() => t.app.dispose());

let n = 0;
const fresh = (data: AgreementData): AgreementData => ({
  ...withCriteria(data),
  registrationNumber: `DF-${++n}`,
});

describe('more than one deciding body', () => {
  test('Malmö–Region Skåne–Röda Korset is beslutad when both public boards have decided', async () => {
    const { app, ids } = t;
    let a = await create(app, fresh(malmoRegionRedCross(ids, '2025-01-01')));
    a = await app.must('agreements:transition', {
      id: a.id,
      version: a.version,
      request: { to: 'forDecision' },
    });
    const decide = (organisationId: number, board: string, date: string) =>
      app.call('agreements:recordDecision', {
        id: a.id,
        version: a.version,
        decision: { organisationId, board, date, paragraph: '§ 12', proposal: '' },
      });
    const notPublic = await failure(decide(ids.redCross, 'Styrelsen', '2026-02-10'));
    expect(notPublic.fields).toEqual({ 'decision.organisationId': 'decisions.notPublicParty' });
    const tooSoon = await failure(
      app.call('agreements:transition', {
        id: a.id,
        version: a.version,
        request: {
          to: 'decided',
          decision: { board: 'Regionstyrelsen', date: '2026-02-10', paragraph: '§ 12', proposal: '' },
        },
      }),
    );
    expect(tooSoon.fields).toEqual({ 'request.decision.organisationId': 'decisions.whichBoard' });

    const first = await decide(ids.regionSkane, 'Regionstyrelsen', '2026-02-10');
    if (!first.ok) throw new Error(first.error.code);
    a = first.value;
    expect(a.status).toBe('forDecision');
    expect(a.decisions).toEqual([
      {
        organisationId: ids.regionSkane,
        board: 'Regionstyrelsen',
        date: '2026-02-10',
        paragraph: '§ 12',
        proposal: '',
      },
    ]);
    const second = await decide(ids.malmo, 'Socialnämnden', '2026-02-19');
    if (!second.ok) throw new Error(second.error.code);
    a = second.value;
    expect(a.status).toBe('decided');
    expect(a.decisions.map((d) => d.organisationId)).toEqual([ids.regionSkane, ids.malmo]);
    expect(a.decision).toEqual({
      board: 'Socialnämnden',
      date: '2026-02-19',
      paragraph: '§ 12',
      proposal: '',
    });
    expect(a.statusHistory.map((h) => h.to)).toEqual(['draft', 'forDecision', 'decided']);
    // Signatures follow the last decision.
    const early = await failure(
      app.call('agreements:recordSignature', {
        id: a.id,
        version: a.version,
        signature: {
          organisationId: ids.regionSkane,
          name: 'Anna',
          title: '',
          place: 'Malmö',
          date: '2026-02-15',
        },
      }),
    );
    expect(early.fields).toEqual({ 'signature.date': 'agreements.signBeforeDecision' });
  });

  test('going back to draft clears the decisions taken on the old text', async () => {
    const { app, ids } = t;
    let a = await create(app, fresh(malmoRegionRedCross(ids, '2025-01-01')));
    a = await app.must('agreements:transition', {
      id: a.id,
      version: a.version,
      request: { to: 'forDecision' },
    });
    a = await app.must('agreements:recordDecision', {
      id: a.id,
      version: a.version,
      decision: {
        organisationId: ids.regionSkane,
        board: 'Regionstyrelsen',
        date: '2026-02-10',
        paragraph: '§ 12',
        proposal: '',
      },
    });
    a = await app.must('agreements:transition', { id: a.id, version: a.version, request: { to: 'draft' } });
    expect(a.decisions).toEqual([]);
  });
});

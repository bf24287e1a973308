// A draft amendment can be reopened in the editor: the agreement response
// carries the whole agreement as each draft will make it read, rebased on
// today's terms; a viewer gets none (they cannot edit, and it holds names).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { malmoRegionRedCross, umbrella, withCriteria } from '../../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  type AgreementsApp,
} from '../../../../test/support/agreements/helpers';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
  t.app.clock.set(new Date('2024-03-01T09:00:00.000Z'));
});
afterAll(() => t.app.dispose());

describe('draft amendments in the agreement response', () => {
  test('carry the data they will give the agreement, and go when decided', async () => {
    const { app, ids } = t;
    let a = await activate(app, await create(app, withCriteria(malmoRegionRedCross(ids))), '2020-12-10');
    expect(a.amendmentDrafts).toEqual([]);
    const extended = { ...a.data, period: { ...a.data.period, end: '2026-12-31' } };
    a = await app.must('agreements:saveAmendment', {
      id: a.id,
      version: a.version,
      amendmentId: null,
      amendment: {
        registrationNumber: '2.3.4-101/2024',
        reason: 'Förlängning två år',
        effectiveFrom: '2024-03-01',
        decider: 'board',
        concerned: a.data.parties.map((p) => p.organisationId),
        acceptedTerms: [],
      },
      data: extended,
    });
    const [amendment] = a.life.amendments;
    expect(amendment).toMatchObject({ number: 1, status: 'draft', sections: ['period'] });
    expect(a.amendmentDrafts).toHaveLength(1);
    expect(a.amendmentDrafts[0]).toMatchObject({ amendmentId: amendment!.id });
    expect(a.amendmentDrafts[0]!.data.period.end).toBe('2026-12-31');
    // Today's terms are unchanged until it is in force.
    expect(a.data.period.end).toBe('2024-12-31');

    a = await app.must('agreements:transitionAmendment', {
      id: a.id,
      version: a.version,
      amendmentId: amendment!.id,
      request: {
        to: 'decided',
        decision: { body: 'Regionstyrelsen', date: '2024-02-28', paragraph: '§ 12' },
      },
    });
    expect(a.amendmentDrafts).toEqual([]);
  });
});

describe('an amendment after a party has left', () => {
  test('is written against the agreement shown (without the party) and changes only what was changed', async () => {
    const { app, ids } = t;
    app.clock.set(new Date('2024-03-01T09:00:00.000Z'));
    let a = await activate(app, await create(app, withCriteria(umbrella(ids, '2024-01-01'))), '2023-12-01');
    a = await app.must('agreements:giveNotice', {
      id: a.id,
      version: a.version,
      notice: {
        scope: 'party',
        byOrganisationId: ids.saveTheChildren,
        givenOn: '2024-03-01',
        ongoingInterventions: '',
      },
      confirmed: true,
    });
    app.clock.set(new Date('2024-08-01T09:00:00.000Z'));
    a = await app.must('agreements:get', { id: a.id });
    // The page shows the partnership without the organisation that left on 2024-07-01.
    expect(a.data.parties.map((p) => p.organisationId)).not.toContain(ids.saveTheChildren);
    a = await app.must('agreements:saveAmendment', {
      id: a.id,
      version: a.version,
      amendmentId: null,
      amendment: {
        registrationNumber: '',
        reason: 'Nytt syfte',
        effectiveFrom: '2024-08-01',
        decider: 'board',
        concerned: a.data.parties.map((p) => p.organisationId),
        acceptedTerms: [],
      },
      data: { ...a.data, purpose: `${a.data.purpose} Även unga vuxna.` },
    });
    const [amendment] = a.life.amendments;
    expect(amendment!.sections).toEqual(['purpose']);
    expect(amendment!.problems).toEqual({});
  });
});

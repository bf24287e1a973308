import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { organisationRequirements } from '../../shared/organisations/requirements';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { malmoStad, redCross } from '../../../test/support/organisations';
import { requirementGaps } from './organisation-repository';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

describe('requirement gaps', () => {
  test('count the requirements not met or unknown, for non-profits only', () => {
    expect(organisationRequirements).toHaveLength(11);
    expect(requirementGaps('nonprofit', 0)).toBe(11);
    expect(requirementGaps('nonprofit', 4)).toBe(7);
    expect(requirementGaps('nonprofit', 11)).toBe(0);
    expect(requirementGaps('municipality', 0)).toBe(0);
    expect(requirementGaps('region', 3)).toBe(0);
  });

  test('in the list: only items with status "met" close a gap', async () => {
    await app.must('organisations:create', {
      ...redCross,
      requirements: [
        { requirement: 'democraticValues', status: 'met', checkedOn: null },
        { requirement: 'rejectsViolence', status: 'met', checkedOn: null },
        { requirement: 'followsLaw', status: 'met', checkedOn: null },
        { requirement: 'orderlyFinances', status: 'notMet', checkedOn: null },
        { requirement: 'statutesNonProfit', status: 'unknown', checkedOn: null },
      ],
    });
    await app.must('organisations:create', malmoStad);
    const list = await app.must('organisations:list', { query: '' });
    expect(list.map((o) => [o.name, o.requirementGaps])).toEqual([
      ['Malmö stad', 0],
      ['Svenska Röda Korset', 8],
    ]);
  });

  test('a non-profit with every item met has no gaps', async () => {
    await app.must('organisations:create', {
      ...redCross,
      requirements: organisationRequirements.map((requirement) => ({
        requirement,
        status: 'met' as const,
        checkedOn: null,
      })),
    });
    expect((await app.must('organisations:list', { query: '' }))[0]?.requirementGaps).toBe(0);
  });
});

// One decision per public party's board: the three-party agreement needs the
// region's and the municipality's; the others one board each.
import { describe, expect, test } from 'vitest';
import {
  malmoRegionRedCross,
  pureIds,
  stockholmBris,
  umbrella,
} from '../../../test/support/agreements/fixtures';
import { boardDecisionProblems, boardsToDecide, decisiveDecision, type BoardDecision } from './decisions';

const region: BoardDecision = {
  organisationId: pureIds.regionSkane,
  board: 'Regionstyrelsen',
  date: '2020-11-19',
  paragraph: '§ 123',
  proposal: '',
};
const city = { board: 'Socialnämnden', date: '2020-11-26', paragraph: '§ 88', proposal: '' };

describe('more than one deciding body', () => {
  test('Malmö–Region Skåne–Röda Korset waits for both public boards; the others for one', () => {
    expect(boardsToDecide(malmoRegionRedCross(), [])).toEqual([pureIds.regionSkane, pureIds.malmo]);
    expect(boardsToDecide(malmoRegionRedCross(), [region])).toEqual([pureIds.malmo]);
    expect(boardsToDecide(stockholmBris(), [])).toEqual([pureIds.stockholm]);
    expect(boardsToDecide(umbrella(), [])).toEqual([pureIds.malmo]);
  });

  test('a decision without a party is the only public party still to decide; with two left, say which', () => {
    const data = malmoRegionRedCross();
    expect(boardDecisionProblems(data, [], city, false)).toEqual({
      'decision.organisationId': 'decisions.whichBoard',
    });
    expect(boardDecisionProblems(data, [region], city, true)).toEqual({});
    expect(boardDecisionProblems(stockholmBris(), [], city, true)).toEqual({});
  });

  test('the decision must be a public party’s; beslutad needs them all', () => {
    const data = malmoRegionRedCross();
    expect(boardDecisionProblems(data, [], { ...city, organisationId: pureIds.redCross }, false)).toEqual({
      'decision.organisationId': 'decisions.notPublicParty',
    });
    expect(boardDecisionProblems(data, [], { ...city, organisationId: pureIds.malmo }, false)).toEqual({});
    expect(boardDecisionProblems(data, [], { ...city, organisationId: pureIds.malmo }, true)).toEqual({
      decisions: 'decisions.othersMissing',
    });
    // A correction of the region's own decision does not complete the set either.
    expect(boardDecisionProblems(data, [region], { ...region, paragraph: '§ 124' }, true)).toEqual({
      decisions: 'decisions.othersMissing',
    });
  });

  test('the decision that made it beslutad is the latest', () => {
    expect(decisiveDecision([region, { ...city, organisationId: pureIds.malmo }])).toEqual(city);
    expect(decisiveDecision([])).toBeNull();
  });
});

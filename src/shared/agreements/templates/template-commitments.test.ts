// The templates turn DOMAIN.md's commitments into structured ones, with a
// target wherever DOMAIN.md gives a number: at least 4 groups and about 40
// children a year, information breakfasts three times a year (support
// groups); about 70 children a year, one invoice a year (co-financed); the
// umbrella's organisations' commitments sit in their own appendices.
import { describe, expect, test } from 'vitest';
import { malmoRegionRedCross, pureIds, stockholmBris, umbrella } from '../../../../test/support/agreements/fixtures';
import { describeCommitmentKind } from '../commitments/describe';
import { validateAgreement } from '../validation';
import { kindOf } from '../../../../test/support/agreements/fixtures';

const targets = (data: ReturnType<typeof stockholmBris>) =>
  data.commitments.filter((c) => c.kind === 'recurring').map((c) => [c.organisationId, describeCommitmentKind(c)]);

describe('template commitments', () => {
  test('support groups: 4 groups, about 40 children, 3 breakfasts, a contact list per term', () => {
    expect(targets(stockholmBris())).toEqual([
      [pureIds.bris, 'återkommande: minst 4 per år, räknas: grupper som startat'],
      [pureIds.bris, 'återkommande: cirka 40 per år (±10 %), räknas: barn i grupperna'],
      [pureIds.bris, 'återkommande: 3 per år, bockas av för hand'],
      [pureIds.stockholm, 'återkommande: minst 1 per termin, bockas av för hand'],
    ]);
    expect(stockholmBris().commitments.every((c) => c.kind !== 'unknown')).toBe(true);
  });

  test('co-financed: about 70 children and one invoice a year', () => {
    expect(targets(malmoRegionRedCross())).toEqual([
      [pureIds.redCross, 'återkommande: cirka 70 per år (±10 %), räknas: barn i grupperna'],
      [pureIds.redCross, 'återkommande: 1 per år, bockas av för hand'],
    ]);
  });

  test('umbrella: each organisation’s commitments in its own appendix', () => {
    const data = umbrella();
    const inAppendix = data.commitments.filter((c) => c.appendixIndex !== null);
    expect(inAppendix).toHaveLength(data.appendices.length);
    for (const c of inAppendix) expect(data.appendices[c.appendixIndex!]!.organisationId).toBe(c.organisationId);
  });

  test('every template passes the commitment rules; keys are unique', () => {
    for (const data of [stockholmBris(), malmoRegionRedCross(), umbrella()]) {
      const problems = validateAgreement(data, (id) => kindOf(id));
      expect(Object.keys(problems).filter((p) => p.startsWith('commitments'))).toEqual([]);
      expect(new Set(data.commitments.map((c) => c.key)).size).toBe(data.commitments.length);
    }
  });
});

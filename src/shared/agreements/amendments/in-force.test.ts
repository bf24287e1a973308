// The view in force on a date and piecewise derivation: each amendment from
// its effective date, parties gone the day after their participation ends,
// contact persons and members never replaced by an amendment, and the rules an
// amendment and a notice must meet.
import { describe, expect, test } from 'vitest';
import { malmoRegionRedCross, pureIds as ids, umbrella } from '../../../../test/support/agreements/fixtures';
import { applyChanges, changedSections, withoutParties } from './apply';
import { piecewise, segmentsOf, viewOn } from './in-force';
import type { Amendment } from './model';
import { groupsHolding, heldOpenEnd, noticePeriodEnd, noticeProblems } from './notices';
import { amendmentProblems, latestExtendedEnd } from './rules';

const base = malmoRegionRedCross(ids);

function amendment(number: number, effectiveFrom: string, after: Partial<typeof base>): Amendment {
  const changes = changedSections(base, { ...base, ...after });
  return {
    id: number,
    agreementId: 1,
    number,
    registrationNumber: '',
    reason: '',
    effectiveFrom,
    status: 'inForce',
    decider: 'board',
    changes,
    concerned: [],
    acceptedTerms: [],
    decision: null,
    signatures: [],
    recordedSignedBy: null,
    inForceAt: null,
    version: 1,
  };
}

describe('the view in force', () => {
  test('before and after each amendment; drafts and recorded amendments change nothing', () => {
    const extended = { ...base.period, end: '2026-12-31' };
    const a1 = amendment(1, '2024-03-15', { period: extended });
    const draft = { ...amendment(2, '2024-04-01', { purpose: 'Utkast' }), status: 'draft' as const };
    const current = applyChanges(base, a1.changes.after);
    const segments = segmentsOf({ original: base, current, amendments: [a1, draft], exits: [] });
    expect(segments.map((s) => s.from)).toEqual(['', '2024-03-15']);
    expect(viewOn(segments, '2024-03-14').period.end).toBe('2024-12-31');
    expect(viewOn(segments, '2024-03-15').period.end).toBe('2026-12-31');
    expect(viewOn(segments, '2030-01-01').purpose).toBe(base.purpose);
  });

  test('a party that leaves is gone from the day after its last day, with its money and seats', () => {
    const data = umbrella(ids);
    const segments = segmentsOf({
      original: data,
      current: data,
      amendments: [],
      exits: [{ organisationId: ids.saveTheChildren, endsOn: '2025-05-15' }],
    });
    expect(viewOn(segments, '2025-05-15').parties.map((p) => p.organisationId)).toContain(
      ids.saveTheChildren,
    );
    const after = viewOn(segments, '2025-05-16');
    expect(after.parties.map((p) => p.organisationId)).not.toContain(ids.saveTheChildren);
    expect(
      after.economy.years
        .flatMap((y) => y.funding)
        .some((f) => f.recipientOrganisationId === ids.saveTheChildren),
    ).toBe(false);
  });

  test('piecewise keeps each dated item from the view in force on its date', () => {
    const segments = [
      { from: '', data: { ...base, purpose: 'A' } },
      { from: '2024-01-01', data: { ...base, purpose: 'B' } },
    ];
    const items = piecewise(
      segments,
      (d) => ['2023-06-01', '2024-06-01'].map((date) => ({ date, purpose: d.purpose })),
      (i) => i.date,
    );
    expect(items).toEqual([
      { date: '2023-06-01', purpose: 'A' },
      { date: '2024-06-01', purpose: 'B' },
    ]);
  });

  test('contact persons and members are not terms: an amendment neither compares nor replaces them', () => {
    const withContact = structuredClone(base);
    withContact.parties[0]!.contacts.push({ name: 'Kim Kontakt', title: '', phone: '', email: '' });
    expect(changedSections(base, withContact).after).toEqual({});
    const renamed = structuredClone(base);
    renamed.parties[0]!.actingThrough = 'Ny nämnd';
    const applied = applyChanges(withContact, changedSections(base, renamed).after);
    expect(applied.parties[0]!.actingThrough).toBe('Ny nämnd');
    expect(applied.parties[0]!.contacts.map((c) => c.name)).toEqual(['Kim Kontakt']);
    expect(withoutParties(base, new Set()).parties).toHaveLength(3);
  });
});

describe('rules', () => {
  const check = (
    after: typeof base,
    effectiveFrom = '2022-01-01',
    concerned = base.parties.map((p) => p.organisationId),
  ) =>
    amendmentProblems({
      original: base,
      before: base,
      after,
      changes: changedSections(base, after),
      effectiveFrom,
      concerned,
      latestInForce: null,
    });

  test('extension at most the agreed maximum from the first end date', () => {
    expect(latestExtendedEnd(base)).toBe('2026-12-31');
    expect(check({ ...base, period: { ...base.period, end: '2026-12-31' } })).toEqual({});
    expect(check({ ...base, period: { ...base.period, end: '2027-01-31' } })).toEqual({
      'data.period.end': 'amendments.extensionBeyondMax',
    });
  });

  test('nothing changed, outside the period, a missing signer, no non-profit party left', () => {
    expect(check(base)).toEqual({ data: 'amendments.nothingChanged' });
    const changed = { ...base, purpose: 'Nytt' };
    expect(check(changed, '2020-12-31')).toEqual({ effectiveFrom: 'amendments.effectiveOutsidePeriod' });
    expect(check(changed, '2022-01-01', [ids.redCross])).toEqual({
      concerned: 'amendments.concernedMissing',
    });
    const noNonprofit = { ...base, parties: base.parties.filter((p) => p.role === 'public') };
    expect(check(noNonprofit)).toMatchObject({ 'data.parties': 'amendments.partyRules' });
  });

  test('notice: its period, the groups holding it open, and one at a time', () => {
    expect(noticePeriodEnd('2025-01-15', 4, '2026-12-31')).toBe('2025-05-15');
    expect(noticePeriodEnd('2026-10-01', 4, '2026-12-31')).toBe('2026-12-31');
    expect(noticePeriodEnd('2025-01-15', 0, '2026-12-31')).toBe('2025-01-15');
    const groups = [
      { groupId: 1, name: 'Vårgruppen', startDate: '2025-01-10', lastSessionDate: '2025-06-10' },
      { groupId: 2, name: 'Höstgruppen', startDate: '2025-09-01', lastSessionDate: '2025-10-20' },
    ];
    const holding = groupsHolding(groups, '2025-01-15', '2025-05-15');
    expect(holding.map((g) => g.groupId)).toEqual([1]);
    expect(heldOpenEnd('2025-05-15', holding)).toBe('2025-06-10');
    const data = umbrella(ids);
    const given = {
      id: 1,
      scope: 'agreement' as const,
      organisationId: ids.malmo,
      givenOn: '2025-01-15',
      months: 4,
      ongoingInterventions: '',
      previousStatus: null,
      withdrawal: null,
      recordedAt: '',
    };
    expect(
      noticeProblems(
        data,
        [given],
        { scope: 'party', organisationId: ids.redCross, givenOn: '2025-02-01' },
        '2025-02-01',
      ),
    ).toEqual({ notice: 'agreements.alreadyUnderNotice' });
  });
});

import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import { malmoRegionRedCross, pureIds, umbrella } from '../../../../../../test/support/agreements/fixtures';
import {
  amendmentInput,
  extensionAmendment,
  newAmendment,
  reopenDraft,
  splitErrors,
} from './amendment-draft';

const agreementOf = (data = malmoRegionRedCross()) =>
  ({
    data,
    life: { latestExtendedEnd: '2026-12-31', amendments: [], asOf: '2024-03-01' },
    amendmentDrafts: [],
  }) as unknown as Agreement;

describe('the amendment editor', () => {
  it('starts from today’s terms, effective today inside the period, every party concerned', () => {
    const editing = newAmendment(agreementOf(), '2024-03-01');
    expect(editing.meta).toMatchObject({ effectiveFrom: '2024-03-01', decider: 'board', unticked: [] });
    expect(editing.data.period.end).toBe('2024-12-31');
    expect(newAmendment(agreementOf(), '2025-06-01').meta.effectiveFrom).toBe('2024-12-31');
  });

  it('extends to the latest end the terms allow', () => {
    const editing = extensionAmendment(agreementOf(), '2024-03-01', 'Förlängning');
    expect(editing.data.period.end).toBe('2026-12-31');
    expect(editing.meta.reason).toBe('Förlängning');
  });

  it('sends every party before and after as concerned except those unticked, and acceptance only for joining ones', () => {
    const before = umbrella();
    const after = {
      ...before,
      parties: before.parties.filter((p) => p.organisationId !== pureIds.cityMission),
    };
    const joined = { ...before, parties: [...before.parties, { ...before.parties[1]!, organisationId: 99 }] };
    const meta = { ...newAmendment(agreementOf(before), '2024-03-01').meta, unticked: [pureIds.redCross] };
    expect(amendmentInput(meta, before, after).concerned).toEqual([
      pureIds.malmo,
      pureIds.saveTheChildren,
      pureIds.cityMission,
    ]);
    expect(
      amendmentInput({ ...meta, acceptedTerms: [99, pureIds.malmo] }, before, joined).acceptedTerms,
    ).toEqual([99]);
  });

  it('reopens a draft with its saved terms and the parties it concerns', () => {
    const data = malmoRegionRedCross();
    const saved = { ...data, period: { ...data.period, end: '2025-12-31' } };
    const agreement = {
      ...agreementOf(data),
      life: {
        latestExtendedEnd: '2026-12-31',
        asOf: '2024-03-01',
        amendments: [
          {
            id: 7,
            status: 'draft',
            registrationNumber: 'X-1',
            reason: 'Ett år till',
            effectiveFrom: '2024-04-01',
            decider: 'delegation',
            concerned: [pureIds.regionSkane, pureIds.malmo],
            acceptedTerms: [],
          },
        ],
      },
      amendmentDrafts: [{ amendmentId: 7, data: saved }],
    } as unknown as Agreement;
    const editing = reopenDraft(agreement, 7)!;
    expect(editing.data.period.end).toBe('2025-12-31');
    expect(editing.meta).toMatchObject({ decider: 'delegation', unticked: [pureIds.redCross] });
    expect(reopenDraft(agreement, 8)).toBeNull();
  });

  it('puts main’s errors on the agreement’s fields or the amendment’s own', () => {
    expect(
      splitErrors({
        'data.period.end': 'amendments.extensionBeyondMax',
        effectiveFrom: 'amendments.effectiveOutsidePeriod',
        'amendment.reason': 'field.required',
        data: 'amendments.nothingChanged',
      }),
    ).toEqual({
      data: { 'period.end': 'amendments.extensionBeyondMax' },
      meta: {
        effectiveFrom: 'amendments.effectiveOutsidePeriod',
        reason: 'field.required',
        _: 'amendments.nothingChanged',
      },
    });
  });
});

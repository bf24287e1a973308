import { describe, expect, test } from 'vitest';
import { kindOf, org, pureIds, umbrella } from '../../../../test/support/agreements/fixtures';
import { unknownPlaceholders } from '../placeholders';
import { validateAgreement } from '../validation';
import { templates, templateSlotProblems } from './index';
import { clauseTexts } from './clauses';

const args = {
  supportGroups: { municipality: [org('stockholm')], organisation: [org('bris')] },
  coFinanced: { region: [org('regionSkane')], municipality: [org('malmo')], organisation: [org('redCross')] },
  umbrella: { board: [org('malmo')], organisations: [org('redCross'), org('saveTheChildren')] },
};

describe('built-in templates', () => {
  for (const key of ['supportGroups', 'coFinanced', 'umbrella'] as const) {
    test(`${key} yields a complete, valid draft`, () => {
      const template = templates[key];
      const build = { registrationNumber: 'DNR-1', title: '', start: '2025-01-01', slots: args[key] };
      expect(templateSlotProblems(template, build)).toEqual({});
      const data = template.build(build);
      expect(validateAgreement(data, (id) => kindOf(id))).toEqual({});
      expect(data.templateKey).toBe(key);
      expect(data.title.length).toBeGreaterThan(5);
      expect(data.purpose.length).toBeGreaterThan(5);
      expect(data.goals.length).toBeGreaterThan(0);
      expect(data.clauses.length).toBeGreaterThan(5);
      expect(data.governanceBodies.length).toBeGreaterThan(0);
      expect(data.followUps.length).toBeGreaterThan(0);
      // The umbrella knows no amounts: its budget years are the caseworker's to enter.
      expect(data.economy.years.map((y) => y.year)).toEqual(
        key === 'umbrella' ? [] : Array.from({ length: template.durationYears }, (_, i) => 2025 + i),
      );
      expect(data.period.end).toBe(`${2025 + template.durationYears - 1}-12-31`);
    });
  }

  test('every clause text uses only known placeholders', () => {
    for (const clause of Object.values(clauseTexts)) expect(unknownPlaceholders(clause.text)).toEqual([]);
  });

  test('the umbrella gets one appendix per organisation, valid for the period, and 4 months’ notice to the steering group', () => {
    const data = umbrella();
    expect(data.appendices.map((a) => [a.organisationId, a.validFrom, a.validTo])).toEqual([
      [pureIds.redCross, '2024-01-01', '2026-12-31'],
      [pureIds.saveTheChildren, '2024-01-01', '2026-12-31'],
      [pureIds.cityMission, '2024-01-01', '2026-12-31'],
    ]);
    expect(data.appendices[0]!.title).toBe('Bilaga 1: Svenska Röda Korset – åtaganden och ekonomi');
    expect(data.notice).toEqual({ months: 4, writtenNoticeTo: 'styrgruppen' });
    expect(data.governanceBodies.map((b) => [b.kind, b.cadence])).toEqual([
      ['steeringGroup', { kind: 'everyMonths', months: 2 }],
      ['cooperationGroup', { kind: 'everyMonths', months: 3 }],
    ]);
    expect(data.followUps[0]).toMatchObject({
      kind: 'steeringGroupReport',
      due: { kind: 'everyMonths', months: 6 },
    });
  });

  test('slots: each filled once with a fitting kind, no organisation twice', () => {
    const t = templates.coFinanced;
    const base = { registrationNumber: 'X', title: '', start: '2025-01-01' };
    expect(
      templateSlotProblems(t, {
        ...base,
        slots: { region: [org('regionSkane')], municipality: [], organisation: [org('redCross')] },
      }),
    ).toEqual({
      'slots.municipality': 'agreements.templateSlotMissing',
    });
    expect(
      templateSlotProblems(t, {
        ...base,
        slots: { region: [org('malmo')], municipality: [org('malmo')], organisation: [org('redCross')] },
      }),
    ).toEqual({
      'slots.region': 'agreements.templateSlotKind',
      'slots.municipality': 'agreements.duplicateParty',
    });
    expect(
      templateSlotProblems(templates.umbrella, {
        ...base,
        slots: { board: [org('malmo')], organisations: [] },
      }),
    ).toEqual({ 'slots.organisations': 'agreements.templateSlotMissing' });
  });
});

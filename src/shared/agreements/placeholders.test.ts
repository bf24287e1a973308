import { describe, expect, test } from 'vitest';
import {
  malmoRegionRedCross,
  nameOf,
  stockholmBris,
  umbrella,
} from '../../../test/support/agreements/fixtures';
import type { AgreementData } from './model';
import { fillPlaceholders, placeholders, unknownPlaceholders } from './placeholders';
import { clauseTexts } from './templates/clauses';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const fill = (text: string, data: AgreementData) =>
  plain(fillPlaceholders(text, { data, nameOf: (id) => nameOf(id) }));

describe('placeholders', () => {
  test('the economy clause is filled from the budget and payment rule', () => {
    const text = fill(clauseTexts.economy.text, stockholmBris());
    expect(text).toContain('Ett helt år kostar 711 833 kr, fördelat på Stockholms stad 711 833 kr.');
    expect(text).toContain('Pengarna betalas ut kvartalsvis i förskott.');
  });

  test('the extension clause says at most 2 years, decided 9 months before the end: 2024-03-31', () => {
    const text = fill(clauseTexts.extension.text, malmoRegionRedCross());
    expect(text).toContain('med högst 2 år');
    expect(text).toContain('senast 9 månader före slutdatum, det vill säga senast 2024-03-31');
  });

  test('the notice clause of the umbrella: 4 months, in writing to the steering group', () => {
    const text = fill(clauseTexts.notice.text, umbrella());
    expect(text).toContain('med 4 månaders uppsägningstid');
    expect(text).toContain('skriftligen till styrgruppen');
  });

  test('financing split, copies and ages in words', () => {
    const data = malmoRegionRedCross();
    expect(fill('{{finansiering}}', data)).toBe(
      'Region Skåne 400 000 kr, Malmö stad 400 000 kr och Svenska Röda Korset 270 000 kr (egen insats)',
    );
    expect(fill('{{antal_exemplar}}', data)).toBe('tre');
    expect(fill('{{antal_exemplar}}', umbrella())).toBe('fyra');
    expect(fill('{{målgrupp_ålder}}', stockholmBris())).toBe('7–18 år');
    expect(fill('{{ersättning_per_barn}}', stockholmBris())).toBe('5 000 kr');
  });

  test('a changed amount changes the text: the clause never goes stale', () => {
    const data = stockholmBris();
    const changed: AgreementData = {
      ...data,
      economy: { ...data.economy, years: data.economy.years.map((y) => ({ ...y, amount: 80_000_000 })) },
    };
    expect(fill('{{årsbelopp}}', changed)).toBe('800 000 kr');
  });

  test('unknown placeholders are reported and left as written; spaces inside braces are allowed', () => {
    expect(unknownPlaceholders('{{okänd}} och {{ årsbelopp }}')).toEqual(['okänd']);
    expect(fill('{{okänd}} {{ slutdatum }}', stockholmBris())).toBe('{{okänd}} 2018-12-31');
  });

  test('notice terms as a phrase: months, one month, none (0) and not known yet (null)', () => {
    const withMonths = (months: number | null) => {
      const data = umbrella();
      data.notice.months = months;
      return data;
    };
    expect(fill('{{uppsägningsvillkor}}', withMonths(4))).toBe('med 4 månaders uppsägningstid');
    expect(fill('{{uppsägningsvillkor}}', withMonths(1))).toBe('med en månads uppsägningstid');
    expect(fill('{{uppsägningsvillkor}}', withMonths(0))).toBe('utan uppsägningstid');
    expect(fill('{{uppsägningsvillkor}}', withMonths(null))).toBe('med – månaders uppsägningstid');
    // No notice period: no last day to give notice before the end.
    expect(fill('{{sista_uppsägningsdag}}', withMonths(0))).toBe('–');
    expect(fill('{{sista_uppsägningsdag}}', withMonths(4))).toBe('2026-08-31');
  });

  test('the personal-data laws that apply on the agreement’s dates', () => {
    const period = (start: string, end: string) => {
      const data = stockholmBris();
      data.period = { ...data.period, start, end };
      return fill('{{dataskyddsregler}}', data);
    };
    expect(period('2016-01-01', '2017-12-31')).toBe(
      'offentlighets- och sekretesslagen och personuppgiftslagen',
    );
    expect(period('2017-01-01', '2018-12-31')).toBe(
      'offentlighets- och sekretesslagen och personuppgiftslagen och, från den 25 maj 2018, dataskyddsförordningen',
    );
    expect(period('2018-05-25', '2020-12-31')).toBe(
      'offentlighets- och sekretesslagen och dataskyddsförordningen',
    );
  });

  test('every placeholder has a Swedish description', () => {
    for (const def of Object.values(placeholders)) expect(def.description.length).toBeGreaterThan(5);
  });
});

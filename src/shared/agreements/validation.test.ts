import { describe, expect, test } from 'vitest';
import {
  kindOf,
  malmoRegionRedCross,
  pureIds,
  stockholmBris,
  umbrella,
} from '../../../test/support/agreements/fixtures';
import type { AgreementData } from './model';
import { kronor } from './money';
import { validateAgreement } from './validation';

const validate = (data: AgreementData) => validateAgreement(data, (id) => kindOf(id));
const change = (data: AgreementData, f: (d: AgreementData) => void) => {
  const copy = structuredClone(data);
  f(copy);
  return copy;
};

describe('agreement validation', () => {
  test('the three fixtures are valid', () => {
    expect(validate(stockholmBris())).toEqual({});
    expect(validate(malmoRegionRedCross())).toEqual({});
    expect(validate(umbrella())).toEqual({});
  });

  test('an inverted period', () => {
    expect(validate(change(stockholmBris(), (d) => (d.period.end = '2016-12-31')))).toEqual({
      'period.end': 'agreements.periodInverted',
    });
  });

  test('an extension decision date before the start', () => {
    const short = change(malmoRegionRedCross(), (d) => {
      d.period = { start: '2024-01-01', end: '2024-06-30', fundsCondition: false };
      d.economy.years = d.economy.years.filter((y) => y.year === 2024);
    });
    expect(validate(short)).toEqual({
      'extension.decisionMonthsBeforeEnd': 'agreements.extensionBeforeStart',
    });
  });

  test('fewer than two parties, no non-profit, no public party', () => {
    const one = change(stockholmBris(), (d) => {
      d.parties = d.parties.slice(0, 1);
    });
    expect(validate(one).parties).toBe('agreements.tooFewParties');
    const noNonprofit = change(malmoRegionRedCross(), (d) => {
      d.parties = d.parties.filter((p) => p.role === 'public');
    });
    expect(validate(noNonprofit).parties).toBe('agreements.noNonprofitParty');
    const noPublic = change(umbrella(), (d) => {
      d.parties = d.parties.filter((p) => p.role === 'nonprofit');
    });
    expect(validate(noPublic).parties).toBe('agreements.noPublicParty');
  });

  test('a party’s role must fit its kind in the register, and each organisation is a party once', () => {
    const wrongRole = change(stockholmBris(), (d) => {
      d.parties[1]!.role = 'public';
      d.parties[0]!.role = 'nonprofit';
    });
    expect(validate(wrongRole)).toMatchObject({
      'parties.0.role': 'agreements.notNonprofit',
      'parties.1.role': 'agreements.notPublic',
    });
    const twice = change(stockholmBris(), (d) => {
      d.parties.push({ ...d.parties[1]! });
    });
    expect(validate(twice)['parties.2.organisationId']).toBe('agreements.duplicateParty');
    const unknown = change(stockholmBris(), (d) => {
      d.parties[1]!.organisationId = 99;
    });
    expect(validate(unknown)['parties.1.organisationId']).toBe('agreements.unknownOrganisation');
  });

  test('budget lines must add up to the year’s amount', () => {
    const data = change(stockholmBris(), (d) => (d.economy.years[1]!.lines[0]!.amount = kronor(678_832)));
    expect(validate(data)).toEqual({ 'economy.years.1.lines': 'agreements.budgetLinesMismatch' });
  });

  test('co-financing shares must add up: 400 000 + 400 000 + 260 000 is not 1 070 000', () => {
    const data = change(
      malmoRegionRedCross(),
      (d) => (d.economy.years[0]!.funding[2]!.amount = kronor(260_000)),
    );
    expect(validate(data)).toEqual({ 'economy.years.0.funding': 'agreements.fundingMismatch' });
  });

  test('budget years lie within the period, once each', () => {
    const data = change(stockholmBris(), (d) => {
      d.economy.years[1]!.year = 2017;
      d.economy.years.push({ ...d.economy.years[0]!, year: 2019 });
    });
    expect(validate(data)).toEqual({
      'economy.years.1.year': 'agreements.duplicateYear',
      'economy.years.2.year': 'agreements.yearOutsidePeriod',
    });
  });

  test('money goes to a non-profit party, never to the payer itself', () => {
    const data = change(malmoRegionRedCross(), (d) => {
      d.economy.years[0]!.funding[0]!.recipientOrganisationId = pureIds.malmo;
      d.economy.years[1]!.funding[2]!.recipientOrganisationId = pureIds.redCross;
    });
    expect(validate(data)).toEqual({
      'economy.years.0.funding.0.recipientOrganisationId': 'agreements.recipientNotNonprofit',
      'economy.years.1.funding.2.recipientOrganisationId': 'agreements.payerIsRecipient',
    });
  });

  test('a custom payment plan must pay each year’s shares exactly', () => {
    const data = change(stockholmBris(), (d) => {
      d.economy.paymentRule = {
        kind: 'custom',
        rounding: 'wholeKronor',
        instalments: [
          {
            dueDate: '2017-03-01',
            payerOrganisationId: pureIds.stockholm,
            recipientOrganisationId: pureIds.bris,
            amount: kronor(711_833),
          },
          {
            dueDate: '2018-03-01',
            payerOrganisationId: pureIds.stockholm,
            recipientOrganisationId: pureIds.bris,
            amount: kronor(711_000),
          },
        ],
      };
    });
    expect(validate(data)).toEqual({ 'economy.paymentRule.instalments': 'agreements.instalmentsMismatch' });
    if (data.economy.paymentRule.kind === 'custom')
      data.economy.paymentRule.instalments[1]!.amount = kronor(711_833);
    expect(validate(data)).toEqual({});
  });

  test('references to organisations must be parties', () => {
    const data = change(stockholmBris(), (d) => {
      d.commitments[0]!.organisationId = pureIds.redCross;
      d.followUps[0]!.responsibleOrganisationId = pureIds.redCross;
      d.governanceBodies[0]!.convenerOrganisationId = pureIds.redCross;
    });
    expect(validate(data)).toEqual({
      'commitments.0.organisationId': 'agreements.notAParty',
      'followUps.0.responsibleOrganisationId': 'agreements.notAParty',
      'governanceBodies.0.convenerOrganisationId': 'agreements.notAParty',
    });
  });

  test('appendices: not the agreement’s own registration number, valid-to not before valid-from', () => {
    const data = change(umbrella(), (d) => {
      d.appendices[0]!.registrationNumber = 'KS/2016:7-1';
      d.appendices[2]!.registrationNumber = 'ks/2016:7 ';
      d.appendices[2]!.validTo = '2023-12-31';
    });
    expect(validate(data)).toEqual({
      'appendices.2.registrationNumber': 'agreements.duplicateRegistrationNumber',
      'appendices.2.validTo': 'agreements.periodInverted',
    });
  });

  test('two appendices may share a registration number (Rädda Barnen’s and the board’s own: 2021-568)', () => {
    const data = change(umbrella(), (d) => {
      d.appendices[1]!.registrationNumber = '2021-568';
      d.appendices.push({
        title: 'Bilaga 4: Malmö stad – nämndens egna åtaganden',
        registrationNumber: '2021-568 ',
        organisationId: pureIds.malmo,
        validFrom: d.period.start,
        validTo: d.period.end,
      });
    });
    expect(validate(data)).toEqual({});
  });

  test('keys are unique; clause texts use only known placeholders; ages in order', () => {
    const data = change(umbrella(), (d) => {
      d.governanceBodies[1]!.key = 'steering';
      d.followUps[1]!.key = 'steeringReport';
      d.clauses[0]!.text = 'Se {{årsbeloppet}}.';
      d.targetGroup.ageFrom = 25;
    });
    expect(validate(data)).toEqual({
      'governanceBodies.1.key': 'agreements.duplicateKey',
      'followUps.1.key': 'agreements.duplicateKey',
      'clauses.0.text': 'agreements.unknownPlaceholder',
      'targetGroup.ageTo': 'agreements.ageRangeInverted',
    });
  });
});

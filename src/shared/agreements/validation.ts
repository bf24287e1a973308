// Rules that span fields of a drafted agreement (the schema checks each field
// on its own). Returns field path → message key; nothing may be saved while
// any remain. The renderer runs the same rules to mark fields early.
import type { OrganisationKind } from '../organisations/kinds';
import { extensionDecisionDate } from './calendar';
import { commitmentProblems } from './commitments/commitment-rules';
import { checkYear } from './economy';
import type { AgreementData } from './model';
import { unknownPlaceholders } from './placeholders';
import type { Problems } from './lifecycle';

const publicKinds: ReadonlySet<OrganisationKind> = new Set(['municipality', 'region', 'stateAgency']);

/** `kindOf` answers from the organisation register; undefined when the organisation does not exist. */
export function validateAgreement(
  data: AgreementData,
  kindOf: (organisationId: number) => OrganisationKind | undefined,
): Problems {
  const problems: Problems = {};
  const add = (path: string, key: string) => {
    if (!problems[path]) problems[path] = key;
  };
  const partyIds = new Set<number>();

  // Parties: at least two, at least one public and one non-profit, each from the register once.
  data.parties.forEach((party, i) => {
    const kind = kindOf(party.organisationId);
    if (kind === undefined) add(`parties.${i}.organisationId`, 'agreements.unknownOrganisation');
    else if (party.role === 'nonprofit' ? kind !== 'nonprofit' : !publicKinds.has(kind)) {
      add(
        `parties.${i}.role`,
        party.role === 'nonprofit' ? 'agreements.notNonprofit' : 'agreements.notPublic',
      );
    }
    if (partyIds.has(party.organisationId)) add(`parties.${i}.organisationId`, 'agreements.duplicateParty');
    partyIds.add(party.organisationId);
  });
  if (data.parties.length < 2) add('parties', 'agreements.tooFewParties');
  else if (!data.parties.some((p) => p.role === 'public')) add('parties', 'agreements.noPublicParty');
  else if (!data.parties.some((p) => p.role === 'nonprofit')) add('parties', 'agreements.noNonprofitParty');

  const mustBeParty = (path: string, id: number | null) => {
    if (id !== null && !partyIds.has(id)) add(path, 'agreements.notAParty');
  };

  // Period and extension.
  const periodOk = data.period.end >= data.period.start;
  if (!periodOk) add('period.end', 'agreements.periodInverted');
  const extensionDate = extensionDecisionDate(data);
  if (periodOk && extensionDate !== null && extensionDate < data.period.start) {
    add('extension.decisionMonthsBeforeEnd', 'agreements.extensionBeforeStart');
  }
  if (data.extension.decisionMonthsBeforeEnd !== null && data.extension.maxYears === null) {
    add('extension.maxYears', 'field.required');
  }
  const { ageFrom, ageTo } = data.targetGroup;
  if (ageFrom !== null && ageTo !== null && ageTo < ageFrom)
    add('targetGroup.ageTo', 'agreements.ageRangeInverted');

  data.commitments.forEach((c, i) => mustBeParty(`commitments.${i}.organisationId`, c.organisationId));
  commitmentProblems(data.commitments, data.appendices, add);

  // Governance bodies and follow-ups have keys that meetings and completion marks refer to.
  const bodyKeys = new Set<string>();
  data.governanceBodies.forEach((body, i) => {
    if (bodyKeys.has(body.key)) add(`governanceBodies.${i}.key`, 'agreements.duplicateKey');
    bodyKeys.add(body.key);
    mustBeParty(`governanceBodies.${i}.convenerOrganisationId`, body.convenerOrganisationId);
    body.members.forEach((m, j) =>
      mustBeParty(`governanceBodies.${i}.members.${j}.organisationId`, m.organisationId),
    );
  });
  const followUpKeys = new Set<string>();
  data.followUps.forEach((f, i) => {
    if (followUpKeys.has(f.key)) add(`followUps.${i}.key`, 'agreements.duplicateKey');
    followUpKeys.add(f.key);
    mustBeParty(`followUps.${i}.responsibleOrganisationId`, f.responsibleOrganisationId);
  });

  // Economy: each year inside the period, once; lines and shares add up.
  const startYear = Number(data.period.start.slice(0, 4));
  const endYear = Number(data.period.end.slice(0, 4));
  const years = new Set<number>();
  const nonprofits = new Set(data.parties.filter((p) => p.role === 'nonprofit').map((p) => p.organisationId));
  data.economy.years.forEach((year, i) => {
    if (years.has(year.year)) add(`economy.years.${i}.year`, 'agreements.duplicateYear');
    years.add(year.year);
    if (periodOk && (year.year < startYear || year.year > endYear))
      add(`economy.years.${i}.year`, 'agreements.yearOutsidePeriod');
    const check = checkYear(year);
    if (check.linesMismatch) add(`economy.years.${i}.lines`, 'agreements.budgetLinesMismatch');
    if (check.fundingMismatch) add(`economy.years.${i}.funding`, 'agreements.fundingMismatch');
    year.funding.forEach((f, j) => {
      const path = `economy.years.${i}.funding.${j}`;
      mustBeParty(`${path}.payerOrganisationId`, f.payerOrganisationId);
      if (f.recipientOrganisationId !== null) {
        if (!nonprofits.has(f.recipientOrganisationId))
          add(`${path}.recipientOrganisationId`, 'agreements.recipientNotNonprofit');
        if (f.recipientOrganisationId === f.payerOrganisationId)
          add(`${path}.recipientOrganisationId`, 'agreements.payerIsRecipient');
      }
    });
  });

  const rule = data.economy.paymentRule;
  if (rule.kind === 'custom') {
    // Per year and payer → recipient, the instalments must pay exactly the shares.
    const owed = new Map<string, number>();
    for (const y of data.economy.years) {
      for (const f of y.funding) {
        if (f.recipientOrganisationId === null) continue;
        const key = `${y.year}:${f.payerOrganisationId}:${f.recipientOrganisationId}`;
        owed.set(key, (owed.get(key) ?? 0) + f.amount);
      }
    }
    rule.instalments.forEach((inst, i) => {
      mustBeParty(`economy.paymentRule.instalments.${i}.payerOrganisationId`, inst.payerOrganisationId);
      mustBeParty(
        `economy.paymentRule.instalments.${i}.recipientOrganisationId`,
        inst.recipientOrganisationId,
      );
      const key = `${inst.dueDate.slice(0, 4)}:${inst.payerOrganisationId}:${inst.recipientOrganisationId}`;
      owed.set(key, (owed.get(key) ?? 0) - inst.amount);
    });
    if ([...owed.values()].some((v) => v !== 0))
      add('economy.paymentRule.instalments', 'agreements.instalmentsMismatch');
  }

  // Appendices: a registration number of their own, not the agreement's (two
  // appendices may share one: the umbrella's Rädda Barnen appendix and the
  // board's own both carry 2021-568); valid-from before valid-to.
  data.appendices.forEach((a, i) => {
    // Registration numbers compare without case, as the database does.
    const dnr = a.registrationNumber.trim().toLowerCase();
    if (dnr !== '' && dnr === data.registrationNumber.trim().toLowerCase()) {
      add(`appendices.${i}.registrationNumber`, 'agreements.duplicateRegistrationNumber');
    }
    if (a.validFrom && a.validTo && a.validTo < a.validFrom)
      add(`appendices.${i}.validTo`, 'agreements.periodInverted');
    mustBeParty(`appendices.${i}.organisationId`, a.organisationId);
  });

  const clauseKeys = new Set<string>();
  data.clauses.forEach((c, i) => {
    if (clauseKeys.has(c.key)) add(`clauses.${i}.key`, 'agreements.duplicateKey');
    clauseKeys.add(c.key);
    if (unknownPlaceholders(c.text).length > 0) add(`clauses.${i}.text`, 'agreements.unknownPlaceholder');
  });

  return problems;
}

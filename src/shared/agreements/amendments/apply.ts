// What an amendment changes, and the agreement with those changes applied.
// Contact persons and governance members are day-to-day records, not terms:
// they are edited directly on the agreement, so an amendment neither compares
// nor replaces them for a party or body that was already there.
import type { AgreementData, GovernanceBody, Party } from '../model';
import { amendableSections, type AmendableSection, type AmendmentChanges, type SectionValues } from './model';

const partyTerms = (p: Party) => ({ ...p, contacts: [] });
const bodyTerms = (b: GovernanceBody) => ({ ...b, members: [] });

/** A section's value as compared: without contacts and members. */
function terms(data: AgreementData, section: AmendableSection): unknown {
  if (section === 'parties') return data.parties.map(partyTerms);
  if (section === 'governanceBodies') return data.governanceBodies.map(bodyTerms);
  return data[section];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The sections that differ between `before` and `after`, each as it was and as it becomes. */
export function changedSections(before: AgreementData, after: AgreementData): AmendmentChanges {
  const changes: { before: Record<string, unknown>; after: Record<string, unknown> } = {
    before: {},
    after: {},
  };
  for (const section of amendableSections) {
    if (same(terms(before, section), terms(after, section))) continue;
    changes.before[section] = before[section];
    changes.after[section] = after[section];
  }
  return changes as AmendmentChanges;
}

export const changesNothing = (changes: AmendmentChanges) => Object.keys(changes.after).length === 0;

/** The changed sections of `a` and `b` are the same terms (contacts and members aside). */
export function sameTerms(base: AgreementData, values: SectionValues): boolean {
  return Object.keys(values).every((key) => {
    const section = key as AmendableSection;
    return same(terms(base, section), terms({ ...base, ...values } as AgreementData, section));
  });
}

/** `base` with the amendment's sections applied; contacts and members of parties and bodies already there stay. */
export function applyChanges(base: AgreementData, after: SectionValues): AgreementData {
  const next: AgreementData = { ...base, ...after };
  if (after.parties) {
    next.parties = after.parties.map((p) => {
      const was = base.parties.find((b) => b.organisationId === p.organisationId);
      return was ? { ...p, contacts: was.contacts } : p;
    });
  }
  if (after.governanceBodies) {
    next.governanceBodies = after.governanceBodies.map((b) => {
      const was = base.governanceBodies.find((w) => w.key === b.key);
      return was ? { ...b, members: was.members } : b;
    });
  }
  return next;
}

/** The agreement without parties that have left: their appendices, commitments, follow-ups, money and seats end with them. */
export function withoutParties(data: AgreementData, left: ReadonlySet<number>): AgreementData {
  if (left.size === 0) return data;
  const stays = (id: number | null) => id === null || !left.has(id);
  const rule = data.economy.paymentRule;
  return {
    ...data,
    parties: data.parties.filter((p) => stays(p.organisationId)),
    commitments: data.commitments.filter((c) => stays(c.organisationId)),
    // Its reports end with it; the parties' joint follow-ups stay.
    followUps: data.followUps.filter((f) => stays(f.responsibleOrganisationId)),
    appendices: data.appendices.filter((a) => stays(a.organisationId)),
    governanceBodies: data.governanceBodies.map((b) => ({
      ...b,
      members: b.members.filter((m) => stays(m.organisationId)),
      convenerOrganisationId: stays(b.convenerOrganisationId) ? b.convenerOrganisationId : null,
    })),
    economy: {
      ...data.economy,
      years: data.economy.years.map((y) => ({
        ...y,
        funding: y.funding.filter((f) => stays(f.payerOrganisationId) && stays(f.recipientOrganisationId)),
      })),
      paymentRule:
        rule.kind === 'custom'
          ? {
              ...rule,
              instalments: rule.instalments.filter(
                (i) => stays(i.payerOrganisationId) && stays(i.recipientOrganisationId),
              ),
            }
          : rule,
    },
  };
}

/** `base` with the contact persons and governance members edited in `edited` (the day-to-day records). */
export function withDayToDayRecords(base: AgreementData, edited: AgreementData): AgreementData {
  return {
    ...base,
    parties: base.parties.map((p) => ({
      ...p,
      contacts: edited.parties.find((e) => e.organisationId === p.organisationId)?.contacts ?? p.contacts,
    })),
    governanceBodies: base.governanceBodies.map((b) => ({
      ...b,
      members: edited.governanceBodies.find((e) => e.key === b.key)?.members ?? b.members,
    })),
  };
}

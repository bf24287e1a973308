// What the amendment editor starts from and sends: a new amendment against
// today's terms (or an extension with the new end filled in), a draft reopened
// with the terms it was saved with, and main's field errors split between the
// amendment's own fields and the agreement's.
import { maxDate, minDate } from '../../../../../shared/dates';
import type { AmendmentDecider } from '../../../../../shared/agreements/amendments/model';
import { defaultConcerned } from '../../../../../shared/agreements/amendments/rules';
import type { AgreementData } from '../../../../../shared/agreements/model';
import type { Agreement } from '../../../../../shared/ipc/agreements';

export interface AmendmentMeta {
  registrationNumber: string;
  reason: string;
  effectiveFrom: string;
  decider: AmendmentDecider;
  /** Parties the caseworker has unticked; every other party (before and after) is concerned. */
  unticked: number[];
  acceptedTerms: number[];
}

export interface AmendmentEditing {
  /** null: a new amendment. */
  amendmentId: number | null;
  meta: AmendmentMeta;
  data: AgreementData;
}

/** Every organisation that is a party today or in the amended terms, in that order (all concerned by default). */
export const partiesBeforeAndAfter = defaultConcerned;

/** Organisations joining by the amendment: parties in the amended terms that are not parties today. */
export const joiningParties = (before: AgreementData, after: Pick<AgreementData, 'parties'>) =>
  after.parties
    .map((p) => p.organisationId)
    .filter((id) => !before.parties.some((b) => b.organisationId === id));

/** The default effective date: today, kept inside the agreement's period. */
const effectiveDefault = (data: AgreementData, today: string) =>
  minDate(maxDate(today, data.period.start), data.period.end);

export function newAmendment(agreement: Agreement, today: string): AmendmentEditing {
  return {
    amendmentId: null,
    meta: {
      registrationNumber: '',
      reason: '',
      effectiveFrom: effectiveDefault(agreement.data, today),
      decider: 'board',
      unticked: [],
      acceptedTerms: [],
    },
    data: structuredClone(agreement.data),
  };
}

/** An amendment that extends the agreement to the latest end its terms allow. */
export function extensionAmendment(agreement: Agreement, today: string, reason: string): AmendmentEditing {
  const fresh = newAmendment(agreement, today);
  const end = agreement.life.latestExtendedEnd ?? agreement.data.period.end;
  return {
    ...fresh,
    meta: { ...fresh.meta, reason },
    data: { ...fresh.data, period: { ...fresh.data.period, end } },
  };
}

/** A draft reopened with the terms it was saved with; null when it is no longer a draft. */
export function reopenDraft(agreement: Agreement, amendmentId: number): AmendmentEditing | null {
  const amendment = agreement.life.amendments.find((a) => a.id === amendmentId);
  const saved = agreement.amendmentDrafts.find((d) => d.amendmentId === amendmentId);
  if (!amendment || !saved || amendment.status !== 'draft') return null;
  const all = partiesBeforeAndAfter(agreement.data, saved.data);
  return {
    amendmentId,
    meta: {
      registrationNumber: amendment.registrationNumber,
      reason: amendment.reason,
      effectiveFrom: amendment.effectiveFrom,
      decider: amendment.decider,
      unticked: all.filter((id) => !amendment.concerned.includes(id)),
      acceptedTerms: amendment.acceptedTerms,
    },
    data: structuredClone(saved.data),
  };
}

/** The amendment as the channel takes it: concerned = every party before and after that is not unticked. */
export function amendmentInput(meta: AmendmentMeta, before: AgreementData, after: AgreementData) {
  const joining = joiningParties(before, after);
  return {
    registrationNumber: meta.registrationNumber.trim(),
    reason: meta.reason,
    effectiveFrom: meta.effectiveFrom.trim(),
    decider: meta.decider,
    concerned: partiesBeforeAndAfter(before, after).filter((id) => !meta.unticked.includes(id)),
    acceptedTerms: meta.acceptedTerms.filter((id) => joining.includes(id)),
  };
}

const metaFields = ['registrationNumber', 'reason', 'effectiveFrom', 'decider', 'concerned', 'acceptedTerms'];

/**
 * Main's field errors split: `data.*` (and the schema's own paths) land on the
 * agreement's fields, the amendment's own (`effectiveFrom`, `amendment.reason`, …) on its header.
 */
export function splitErrors(fields: Record<string, string>) {
  const data: Record<string, string> = {};
  const meta: Record<string, string> = {};
  for (const [path, key] of Object.entries(fields)) {
    const own = path.replace(/^amendment\./, '');
    if (metaFields.includes(own.split('.')[0] ?? '')) meta[own.split('.')[0]!] ??= key;
    else if (path.startsWith('data.')) data[path.slice('data.'.length)] = key;
    else meta._ ??= key;
  }
  return { data, meta };
}

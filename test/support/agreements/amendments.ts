// Amendments through the router, as a caseworker takes them: drafted, decided,
// signed by every party concerned, put in force.
import type { AgreementData } from '../../../src/shared/agreements/model';
import type { Agreement } from '../../../src/shared/ipc/agreements';
import type { TempApp } from '../temp-app';

export interface AmendmentSteps {
  registrationNumber?: string;
  reason: string;
  effectiveFrom: string;
  decider?: 'board' | 'delegation';
  /** The decision, and the day every party signs. */
  decision?: { body: string; date: string; paragraph: string };
  signedOn?: string;
  /** Stop after this step (default: in force). */
  until?: 'draft' | 'inForce';
}

/** Saves an amendment that makes the agreement read `data`; unless `until: 'draft'`, takes it all the way into force. */
export async function amend(
  app: TempApp,
  a: Agreement,
  data: AgreementData,
  steps: AmendmentSteps,
): Promise<Agreement> {
  const concerned = data.parties.map((p) => p.organisationId);
  let next = await app.must('agreements:saveAmendment', {
    id: a.id,
    version: a.version,
    amendmentId: null,
    amendment: {
      registrationNumber: steps.registrationNumber ?? '',
      reason: steps.reason,
      effectiveFrom: steps.effectiveFrom,
      decider: steps.decider ?? 'board',
      concerned,
      acceptedTerms: [],
    },
    data,
  });
  if (steps.until === 'draft') return next;
  const amendmentId = next.life.amendments.reduce((latest, x) => (x.number > latest.number ? x : latest)).id;
  const decision = steps.decision ?? { body: 'Socialnämnden', date: steps.effectiveFrom, paragraph: '§ 1' };
  next = await app.must('agreements:transitionAmendment', {
    id: a.id,
    version: next.version,
    amendmentId,
    request: { to: 'decided', decision },
  });
  for (const [i, organisationId] of concerned.entries()) {
    next = await app.must('agreements:signAmendment', {
      id: a.id,
      version: next.version,
      amendmentId,
      signature: {
        organisationId,
        name: `Firmatecknare ${i + 1}`,
        title: 'Ordförande',
        place: 'Malmö',
        date: steps.signedOn ?? decision.date,
      },
    });
  }
  return app.must('agreements:transitionAmendment', {
    id: a.id,
    version: next.version,
    amendmentId,
    request: { to: 'inForce' },
  });
}

/** The three-party agreement's data extended to 2026-12-31, with budget years 2025 and 2026 like 2024. */
export function extendedToEnd2026(data: AgreementData): AgreementData {
  const extended = structuredClone(data);
  extended.period.end = '2026-12-31';
  const y2024 = extended.economy.years.find((y) => y.year === 2024)!;
  extended.economy.years.push(
    { ...structuredClone(y2024), year: 2025 },
    { ...structuredClone(y2024), year: 2026 },
  );
  return extended;
}

// The consent rules and the gate before a child's first session, in one place.
//
// 1. Who must consent depends on the placement basis:
//    - SoL (voluntary placement) or no placement: EVERY guardian with custody
//      must consent, separately, to
//        (a) the child's participation, and
//        (b) social services sharing the child's name, age and contact details
//            with the organisation.
//      With joint custody both guardians decide, so one consent is not enough.
//    - LVU (compulsory care): guardian consent is not required; social
//      services are responsible. The UI shows "krävs ej (LVU)".
// 2. A guardian's latest decision per scope counts. "Given" is needed;
//    "refused" blocks; "withdrawn" blocks at once and pauses the enrolment.
// 3. The gate: before the enrolment may become "deltar" or attendance may be
//    recorded, consent must be complete where required AND social services
//    must have been informed of the registration (date, by whom, to whom).
//    The gate reports every missing item, not just the first.
//
// Pure functions over plain facts: main enforces them, the UI explains them.
import type { ConsentDecision, ConsentScope, PlacementBasis } from './vocabulary';
import { consentScopes } from './vocabulary';

export interface GuardianFacts {
  id: number;
  hasCustody: boolean;
}

export interface ConsentFacts {
  guardianId: number;
  scope: ConsentScope;
  decision: ConsentDecision;
  /** `YYYY-MM-DD` of the decision. */
  decidedOn: string;
  /** Breaks ties between decisions on the same day: a higher sequence is later. */
  sequence: number;
}

export interface SocialServicesNotice {
  informedOn: string;
  informedBy: string;
  informedWhom: string;
}

/** What the latest decision of one custodial guardian for one scope is. */
export type GuardianScopeState = 'given' | 'refused' | 'withdrawn' | 'missing';

export interface GuardianConsentState {
  guardianId: number;
  scope: ConsentScope;
  state: GuardianScopeState;
}

export type ConsentOverall =
  /** LVU: social services decide. */
  'notRequired' | 'complete' | 'incomplete' | 'refused' | 'withdrawn';

export interface ConsentStatus {
  required: boolean;
  overall: ConsentOverall;
  /** One entry per custodial guardian and scope (empty when not required). */
  guardians: GuardianConsentState[];
  /** Consent is required but no guardian with custody is registered. */
  noCustodialGuardian: boolean;
}

export function consentRequired(placementBasis: PlacementBasis): boolean {
  return placementBasis !== 'LVU';
}

function latestDecision(consents: readonly ConsentFacts[], guardianId: number, scope: ConsentScope) {
  let latest: ConsentFacts | null = null;
  for (const c of consents) {
    if (c.guardianId !== guardianId || c.scope !== scope) continue;
    if (
      latest === null ||
      c.decidedOn > latest.decidedOn ||
      (c.decidedOn === latest.decidedOn && c.sequence > latest.sequence)
    ) {
      latest = c;
    }
  }
  return latest;
}

export function evaluateConsent(
  placementBasis: PlacementBasis,
  guardians: readonly GuardianFacts[],
  consents: readonly ConsentFacts[],
): ConsentStatus {
  if (!consentRequired(placementBasis)) {
    return { required: false, overall: 'notRequired', guardians: [], noCustodialGuardian: false };
  }
  const custodial = guardians.filter((g) => g.hasCustody);
  const states: GuardianConsentState[] = custodial.flatMap((g) =>
    consentScopes.map((scope) => ({
      guardianId: g.id,
      scope,
      state: latestDecision(consents, g.id, scope)?.decision ?? ('missing' as const),
    })),
  );
  const has = (state: GuardianScopeState) => states.some((s) => s.state === state);
  // The worst state wins: a withdrawal pauses, a refusal blocks, a gap waits.
  const overall: ConsentOverall =
    custodial.length === 0
      ? 'incomplete'
      : has('withdrawn')
        ? 'withdrawn'
        : has('refused')
          ? 'refused'
          : has('missing')
            ? 'incomplete'
            : 'complete';
  return { required: true, overall, guardians: states, noCustodialGuardian: custodial.length === 0 };
}

/** True when consent stops the child from taking part now. */
export const consentBlocks = (status: ConsentStatus): boolean =>
  status.overall !== 'complete' && status.overall !== 'notRequired';

export type GateItem =
  | { kind: 'noCustodialGuardian' }
  | { kind: 'consentMissing'; guardianId: number; scope: ConsentScope }
  | { kind: 'consentRefused'; guardianId: number; scope: ConsentScope }
  | { kind: 'consentWithdrawn'; guardianId: number; scope: ConsentScope }
  | { kind: 'socialServicesNotice' };

export interface GateResult {
  ready: boolean;
  /** Everything that is missing, in the order a coordinator would fix it. */
  missing: GateItem[];
  consent: ConsentStatus;
}

const itemKind = {
  missing: 'consentMissing',
  refused: 'consentRefused',
  withdrawn: 'consentWithdrawn',
} as const;

/** The gate before the first session (and before any attendance). */
export function evaluateGate(input: {
  placementBasis: PlacementBasis;
  guardians: readonly GuardianFacts[];
  consents: readonly ConsentFacts[];
  notice: SocialServicesNotice | null;
}): GateResult {
  const consent = evaluateConsent(input.placementBasis, input.guardians, input.consents);
  const missing: GateItem[] = [];
  if (consent.noCustodialGuardian) missing.push({ kind: 'noCustodialGuardian' });
  for (const g of consent.guardians) {
    if (g.state !== 'given')
      missing.push({ kind: itemKind[g.state], guardianId: g.guardianId, scope: g.scope });
  }
  const notice = input.notice;
  if (!notice || !notice.informedOn || !notice.informedBy.trim() || !notice.informedWhom.trim()) {
    missing.push({ kind: 'socialServicesNotice' });
  }
  return { ready: missing.length === 0, missing, consent };
}

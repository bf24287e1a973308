// The consent rules and the gate before a person's first session, in one place.
//
// 1. Who must consent is decided by the placement basis and by the person's
//    age ON THE DAY OF THE GROUP'S FIRST SESSION (its start date; today while
//    no group is chosen):
//    - LVU (compulsory care): no consent is required, at any age; social
//      services are responsible. The UI shows "krävs ej (LVU)".
//    - 18 or older on that day: the person consents for themselves
//      ("personen själv (18 år)"). No guardian is asked, and a guardian cannot
//      consent in their place. A consent a guardian gave earlier (before the
//      person turned 18, or before the group moved) stays in the history but
//      no longer counts.
//    - Younger (SoL or no placement), in this order:
//      a. A särskilt förordnad vårdnadshavare is registered (custody has moved,
//         e.g. to the foster parents): the guardians WITH CUSTODY consent, and
//         a särskilt förordnad vårdnadshavare always has custody. A god man's
//         mandate ends with that appointment, so a god man is not asked.
//      b. Otherwise a god man is registered (an unaccompanied minor): the god
//         man consents in the custodians' place; parents (often abroad) are
//         not asked, whatever their custody.
//      c. Otherwise EVERY guardian with custody consents; with joint custody
//         both decide, so one consent is not enough.
//      Each consenter consents separately to (a) participation and (b) social
//      services sharing name, age and contact details with the organisation.
// 2. The age on the first session day: from the birth date; from the birth
//    year alone when there is no number and no date (the person counts as born
//    on 1 January, the convention for an unknown birth date); from an age band
//    entered by hand when not even the year is known: the band's lower bound
//    plus the full years since it was entered, so only a person CERTAINLY 18
//    consents for themselves. With no age at all, guardians are asked.
// 3. The latest decision per consenter and scope counts. "Given" is needed;
//    "refused" blocks; "withdrawn" blocks at once and pauses the enrolment.
// 4. The gate: before the enrolment may become "deltar" or attendance may be
//    recorded, consent must be complete where required AND social services
//    must have been informed of the registration (date, by whom, to whom).
//    The gate reports every missing item, not just the first.
//
// Pure functions over plain facts: main enforces them, the UI explains them.
import { ageOn } from '../identity/personal-identity-number';
import type {
  ConsentCapacity,
  ConsentDecision,
  ConsentScope,
  EstimatedAgeBand,
  PlacementBasis,
  Representative,
} from './vocabulary';
import { consentScopes, estimatedAgeBandBounds } from './vocabulary';

export interface GuardianFacts {
  id: number;
  hasCustody: boolean;
  /** God man or särskilt förordnad vårdnadshavare; null for a parent. */
  representative: Representative | null;
}

export interface ConsentFacts {
  /** Null: the person consented for themselves. */
  guardianId: number | null;
  scope: ConsentScope;
  decision: ConsentDecision;
  /** `YYYY-MM-DD` of the decision. */
  decidedOn: string;
  /** Breaks ties between decisions on the same day: a higher sequence is later. */
  sequence: number;
}

/** What is known of a person's age. */
export interface AgeFacts {
  birthDate: string | null;
  birthYear: number | null;
  /** An age band entered by hand, and the day it was entered. */
  ageBand: { band: EstimatedAgeBand; enteredOn: string } | null;
}

export interface SocialServicesNotice {
  informedOn: string;
  informedBy: string;
  informedWhom: string;
}

/** What the latest decision of one consenter for one scope is. */
export type GuardianScopeState = 'given' | 'refused' | 'withdrawn' | 'missing';

/** Who is asked: nobody (LVU), the person, the custodians, or the god man in their place. */
export type ConsentBasis = 'notRequired' | 'self' | 'custodians' | 'godMan';

export interface Consenter {
  /** Null: the person themselves. */
  guardianId: number | null;
  capacity: ConsentCapacity;
}

export interface ConsenterState extends Consenter {
  scope: ConsentScope;
  state: GuardianScopeState;
}

export type ConsentOverall =
  /** LVU: social services decide. */
  'notRequired' | 'complete' | 'incomplete' | 'refused' | 'withdrawn';

export interface ConsentStatus {
  required: boolean;
  basis: ConsentBasis;
  overall: ConsentOverall;
  /** One entry per consenter and scope (empty when not required). */
  consenters: ConsenterState[];
  /** A minor's consent is required but nobody who may give it is registered. */
  noCustodialGuardian: boolean;
}

export function consentRequired(placementBasis: PlacementBasis): boolean {
  return placementBasis !== 'LVU';
}

/**
 * True when the person is certainly 18 or older on `day`, false when younger
 * or when the age is not known (then guardians are asked).
 */
export function adultOn(age: AgeFacts, day: string): boolean {
  if (age.birthDate) return ageOn(age.birthDate, day) >= 18;
  if (age.birthYear !== null) return Number(day.slice(0, 4)) - age.birthYear >= 18;
  if (age.ageBand) {
    const [min] = estimatedAgeBandBounds[age.ageBand.band];
    const passed = day > age.ageBand.enteredOn ? ageOn(age.ageBand.enteredOn, day) : 0;
    return min + passed >= 18;
  }
  return false;
}

/** The capacity in which a guardian acts, from their record. */
export function capacityOf(guardian: GuardianFacts): ConsentCapacity {
  if (guardian.representative) return guardian.representative;
  return guardian.hasCustody ? 'custodian' : 'noCustody';
}

/** A särskilt förordnad vårdnadshavare has custody; a god man has none. */
export const hasCustody = (guardian: GuardianFacts): boolean =>
  guardian.representative === 'specialCustodian' || (guardian.representative === null && guardian.hasCustody);

/** Who must consent (rule 1). */
export function whoConsents(input: {
  placementBasis: PlacementBasis;
  adult: boolean;
  guardians: readonly GuardianFacts[];
}): { basis: ConsentBasis; consenters: Consenter[] } {
  if (!consentRequired(input.placementBasis)) return { basis: 'notRequired', consenters: [] };
  if (input.adult) return { basis: 'self', consenters: [{ guardianId: null, capacity: 'self' }] };
  const asConsenters = (list: readonly GuardianFacts[]) =>
    list.map((g) => ({ guardianId: g.id, capacity: capacityOf(g) }));
  const custodians = input.guardians.filter(hasCustody);
  const movedCustody = input.guardians.some((g) => g.representative === 'specialCustodian');
  const godMen = input.guardians.filter((g) => g.representative === 'godMan');
  if (!movedCustody && godMen.length > 0) return { basis: 'godMan', consenters: asConsenters(godMen) };
  return { basis: 'custodians', consenters: asConsenters(custodians) };
}

function latestDecision(consents: readonly ConsentFacts[], guardianId: number | null, scope: ConsentScope) {
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

export function evaluateConsent(input: {
  placementBasis: PlacementBasis;
  adult: boolean;
  guardians: readonly GuardianFacts[];
  consents: readonly ConsentFacts[];
}): ConsentStatus {
  const { basis, consenters } = whoConsents(input);
  if (basis === 'notRequired') {
    return { required: false, basis, overall: 'notRequired', consenters: [], noCustodialGuardian: false };
  }
  const states: ConsenterState[] = consenters.flatMap((c) =>
    consentScopes.map((scope) => ({
      ...c,
      scope,
      state: latestDecision(input.consents, c.guardianId, scope)?.decision ?? ('missing' as const),
    })),
  );
  const has = (state: GuardianScopeState) => states.some((s) => s.state === state);
  // The worst state wins: a withdrawal pauses, a refusal blocks, a gap waits.
  const overall: ConsentOverall =
    consenters.length === 0
      ? 'incomplete'
      : has('withdrawn')
        ? 'withdrawn'
        : has('refused')
          ? 'refused'
          : has('missing')
            ? 'incomplete'
            : 'complete';
  return { required: true, basis, overall, consenters: states, noCustodialGuardian: consenters.length === 0 };
}

/** True when consent stops the person from taking part now. */
export const consentBlocks = (status: ConsentStatus): boolean =>
  status.overall !== 'complete' && status.overall !== 'notRequired';

/**
 * Why a consent may not be recorded for this consenter (null: it may). A
 * guardian cannot consent for an adult, and a minor cannot consent alone.
 */
export function consentRefusal(
  basis: ConsentBasis,
  guardianId: number | null,
): 'adultConsentsThemselves' | 'minorCannotConsentAlone' | null {
  if (basis === 'self' && guardianId !== null) return 'adultConsentsThemselves';
  if (basis !== 'self' && guardianId === null) return 'minorCannotConsentAlone';
  return null;
}

export type GateItem =
  | { kind: 'noCustodialGuardian' }
  | { kind: 'consentMissing'; guardianId: number | null; scope: ConsentScope }
  | { kind: 'consentRefused'; guardianId: number | null; scope: ConsentScope }
  | { kind: 'consentWithdrawn'; guardianId: number | null; scope: ConsentScope }
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
  age: AgeFacts;
  /** The group's first session (its start date), or today while no group is chosen. */
  firstSessionOn: string;
  guardians: readonly GuardianFacts[];
  consents: readonly ConsentFacts[];
  notice: SocialServicesNotice | null;
}): GateResult {
  const consent = evaluateConsent({ ...input, adult: adultOn(input.age, input.firstSessionOn) });
  const missing: GateItem[] = [];
  if (consent.noCustodialGuardian) missing.push({ kind: 'noCustodialGuardian' });
  for (const c of consent.consenters) {
    if (c.state !== 'given')
      missing.push({ kind: itemKind[c.state], guardianId: c.guardianId, scope: c.scope });
  }
  const notice = input.notice;
  if (!notice || !notice.informedOn || !notice.informedBy.trim() || !notice.informedWhom.trim()) {
    missing.push({ kind: 'socialServicesNotice' });
  }
  return { ready: missing.length === 0, missing, consent };
}

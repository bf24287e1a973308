import { describe, expect, test } from 'vitest';
import {
  adultOn,
  consentBlocks,
  consentRefusal,
  evaluateConsent,
  evaluateGate,
  whoConsents,
  type AgeFacts,
  type ConsentFacts,
  type GuardianFacts,
} from './consent-rules';
import type { PlacementBasis } from './vocabulary';

const mother: GuardianFacts = { id: 1, hasCustody: true, representative: null };
const father: GuardianFacts = { id: 2, hasCustody: true, representative: null };
const noCustody: GuardianFacts = { id: 3, hasCustody: false, representative: null };
const godMan: GuardianFacts = { id: 4, hasCustody: false, representative: 'godMan' };
const fosterMother: GuardianFacts = { id: 5, hasCustody: true, representative: 'specialCustodian' };
const fosterFather: GuardianFacts = { id: 6, hasCustody: true, representative: 'specialCustodian' };

/** The rules for a child (under 18 on the first session day), as before issue 11. */
const forChild = (
  placementBasis: PlacementBasis,
  guardians: readonly GuardianFacts[],
  consents: readonly ConsentFacts[],
) => evaluateConsent({ placementBasis, adult: false, guardians, consents });

/** An 11-year-old (born 2014-05-10) in a group whose first session is 2026-03-04. */
const eleven: AgeFacts = { birthDate: '2014-05-10', birthYear: 2014, ageBand: null };
const firstSessionOn = '2026-03-04';
const notice = {
  informedOn: '2026-02-20',
  informedBy: 'Kim Koordinator',
  informedWhom: 'Handläggare Sara Lind',
};

let sequence = 0;
const consent = (
  guardianId: number | null,
  scope: ConsentFacts['scope'],
  decision: ConsentFacts['decision'],
  decidedOn = '2026-02-10',
): ConsentFacts => ({
  guardianId,
  scope,
  decision,
  decidedOn,
  sequence: ++sequence,
});
const bothScopes = (
  guardianId: number | null,
  decision: ConsentFacts['decision'] = 'given',
  on = '2026-02-10',
) => [consent(guardianId, 'participation', decision, on), consent(guardianId, 'dataSharing', decision, on)];

describe('consent rules', () => {
  test('two custodial guardians and one consent → blocked', () => {
    const status = forChild('SoL', [mother, father], bothScopes(mother.id));
    expect(status.overall).toBe('incomplete');
    expect(consentBlocks(status)).toBe(true);
    expect(status.consenters.filter((g) => g.state === 'missing')).toEqual([
      { guardianId: 2, capacity: 'custodian', scope: 'participation', state: 'missing' },
      { guardianId: 2, capacity: 'custodian', scope: 'dataSharing', state: 'missing' },
    ]);
  });

  test('both custodial guardians consenting to both scopes → complete', () => {
    const status = forChild('SoL', [mother, father], [...bothScopes(1), ...bothScopes(2)]);
    expect(status.overall).toBe('complete');
    expect(consentBlocks(status)).toBe(false);
  });

  test('participation alone is not enough: data sharing is its own consent', () => {
    const status = forChild('SoL', [mother], [consent(1, 'participation', 'given')]);
    expect(status.overall).toBe('incomplete');
  });

  test('a guardian without custody is not asked', () => {
    const status = forChild('SoL', [mother, noCustody], bothScopes(1));
    expect(status.overall).toBe('complete');
    expect(status.consenters.map((g) => g.guardianId)).toEqual([1, 1]);
  });

  test('no placement follows the same rule as SoL', () => {
    expect(forChild('none', [mother, father], bothScopes(1)).overall).toBe('incomplete');
  });

  test('LVU → allowed without any guardian consent', () => {
    const status = forChild('LVU', [mother, father], []);
    expect(status).toEqual({
      required: false,
      basis: 'notRequired',
      overall: 'notRequired',
      consenters: [],
      noCustodialGuardian: false,
    });
    expect(consentBlocks(status)).toBe(false);
  });

  test('withdrawal → blocked at once, even after consent was given', () => {
    const given = [...bothScopes(1), ...bothScopes(2)];
    const status = forChild(
      'SoL',
      [mother, father],
      [...given, consent(2, 'participation', 'withdrawn', '2026-03-01')],
    );
    expect(status.overall).toBe('withdrawn');
    expect(consentBlocks(status)).toBe(true);
  });

  test('withdrawn on the same day as given: the later record wins', () => {
    const given = consent(1, 'dataSharing', 'given', '2026-03-01');
    const withdrawn = consent(1, 'dataSharing', 'withdrawn', '2026-03-01');
    const status = forChild('SoL', [mother], [withdrawn, consent(1, 'participation', 'given'), given]);
    expect(status.overall).toBe('withdrawn');
  });

  test('refusal → blocked', () => {
    const status = forChild('SoL', [mother, father], [...bothScopes(1), ...bothScopes(2, 'refused')]);
    expect(status.overall).toBe('refused');
    expect(consentBlocks(status)).toBe(true);
  });

  test('consent given again after a withdrawal unblocks', () => {
    const history = [
      ...bothScopes(1, 'given', '2026-01-10'),
      consent(1, 'participation', 'withdrawn', '2026-02-01'),
      consent(1, 'participation', 'given', '2026-02-15'),
    ];
    expect(forChild('SoL', [mother], history).overall).toBe('complete');
  });

  test('SoL with no custodial guardian registered is not complete', () => {
    const status = forChild('SoL', [noCustody], []);
    expect(status.overall).toBe('incomplete');
    expect(status.noCustodialGuardian).toBe(true);
  });
});

describe('the gate before the first session', () => {
  test('lists exactly what is missing: the other guardian and the notice', () => {
    const gate = evaluateGate({
      age: eleven,
      firstSessionOn,
      placementBasis: 'SoL',
      guardians: [mother, father],
      consents: bothScopes(1),
      notice: null,
    });
    expect(gate.ready).toBe(false);
    expect(gate.missing).toEqual([
      { kind: 'consentMissing', guardianId: 2, scope: 'participation' },
      { kind: 'consentMissing', guardianId: 2, scope: 'dataSharing' },
      { kind: 'socialServicesNotice' },
    ]);
  });

  test('complete consent and the notice → ready', () => {
    const gate = evaluateGate({
      age: eleven,
      firstSessionOn,
      placementBasis: 'SoL',
      guardians: [mother, father],
      consents: [...bothScopes(1), ...bothScopes(2)],
      notice,
    });
    expect(gate).toMatchObject({ ready: true, missing: [] });
  });

  test('LVU still needs social services informed', () => {
    const gate = evaluateGate({
      age: eleven,
      firstSessionOn,
      placementBasis: 'LVU',
      guardians: [mother],
      consents: [],
      notice: null,
    });
    expect(gate.missing).toEqual([{ kind: 'socialServicesNotice' }]);
    expect(
      evaluateGate({
        age: eleven,
        firstSessionOn,
        placementBasis: 'LVU',
        guardians: [],
        consents: [],
        notice,
      }).ready,
    ).toBe(true);
  });

  test('a notice without whom was informed is incomplete', () => {
    const gate = evaluateGate({
      age: eleven,
      firstSessionOn,
      placementBasis: 'LVU',
      guardians: [],
      consents: [],
      notice: { ...notice, informedWhom: ' ' },
    });
    expect(gate.missing).toEqual([{ kind: 'socialServicesNotice' }]);
  });

  test('refusal and withdrawal are reported as such, not as missing', () => {
    const gate = evaluateGate({
      age: eleven,
      firstSessionOn,
      placementBasis: 'SoL',
      guardians: [mother, father],
      consents: [
        ...bothScopes(1, 'refused'),
        ...bothScopes(2),
        consent(2, 'dataSharing', 'withdrawn', '2026-03-01'),
      ],
      notice,
    });
    expect(gate.missing).toEqual([
      { kind: 'consentRefused', guardianId: 1, scope: 'participation' },
      { kind: 'consentRefused', guardianId: 1, scope: 'dataSharing' },
      { kind: 'consentWithdrawn', guardianId: 2, scope: 'dataSharing' },
    ]);
  });

  test('no custodial guardian registered is its own missing item', () => {
    const gate = evaluateGate({
      age: eleven,
      firstSessionOn,
      placementBasis: 'none',
      guardians: [],
      consents: [],
      notice,
    });
    expect(gate.missing).toEqual([{ kind: 'noCustodialGuardian' }]);
  });
});

const noGuardians: readonly GuardianFacts[] = [];

describe('18 or older on the first session day: the person consents for themselves', () => {
  test('today’s failure: a 20-year-old without a number and no guardian is not "no custodian registered"', () => {
    const twenty: AgeFacts = { birthDate: null, birthYear: 2006, ageBand: null };
    const waiting = evaluateGate({
      placementBasis: 'none',
      age: twenty,
      firstSessionOn,
      guardians: noGuardians,
      consents: [],
      notice,
    });
    expect(waiting.missing).toEqual([
      { kind: 'consentMissing', guardianId: null, scope: 'participation' },
      { kind: 'consentMissing', guardianId: null, scope: 'dataSharing' },
    ]);
    const ready = evaluateGate({
      placementBasis: 'none',
      age: twenty,
      firstSessionOn,
      guardians: noGuardians,
      consents: bothScopes(null),
      notice,
    });
    expect(ready).toMatchObject({ ready: true, consent: { basis: 'self', overall: 'complete' } });
  });

  test('no guardian is asked, and a guardian’s consent does not count for an adult', () => {
    const status = evaluateConsent({
      placementBasis: 'SoL',
      adult: true,
      guardians: [mother, father],
      consents: [...bothScopes(1), ...bothScopes(2)],
    });
    expect(status.basis).toBe('self');
    expect(status.consenters.map((c) => [c.guardianId, c.capacity, c.state])).toEqual([
      [null, 'self', 'missing'],
      [null, 'self', 'missing'],
    ]);
    expect(status.overall).toBe('incomplete');
  });

  test('the person’s own withdrawal pauses, like a guardian’s', () => {
    const status = evaluateConsent({
      placementBasis: 'none',
      adult: true,
      guardians: noGuardians,
      consents: [...bothScopes(null), consent(null, 'dataSharing', 'withdrawn', '2026-03-10')],
    });
    expect(status.overall).toBe('withdrawn');
  });

  test('turning 18 the day before the first session → self; on the day after → guardians', () => {
    const age: AgeFacts = { birthDate: '2008-03-03', birthYear: 2008, ageBand: null };
    expect(adultOn(age, '2026-03-03')).toBe(true);
    expect(adultOn(age, '2026-03-04')).toBe(true);
    expect(adultOn(age, '2026-03-02')).toBe(false);
    const gate = (first: string) =>
      evaluateGate({
        placementBasis: 'SoL',
        age,
        firstSessionOn: first,
        guardians: [mother],
        consents: bothScopes(1, 'given', '2026-02-10'),
        notice,
      });
    // The earlier guardian consent is still passed in (it stays in the history) but no longer counts.
    expect(gate('2026-03-04').consent).toMatchObject({ basis: 'self', overall: 'incomplete' });
    expect(gate('2026-03-02').consent).toMatchObject({ basis: 'custodians', overall: 'complete' });
  });

  test('a birth year alone is enough: the person counts as born on 1 January', () => {
    const age: AgeFacts = { birthDate: null, birthYear: 2008, ageBand: null };
    expect(adultOn(age, '2026-01-01')).toBe(true);
    expect(adultOn(age, '2025-12-31')).toBe(false);
  });

  test('an age band entered by hand: only a person certainly 18 consents for themselves; the band ages', () => {
    const band = (b: '16-17' | '18-20' | '13-15', enteredOn = '2026-03-02'): AgeFacts => ({
      birthDate: null,
      birthYear: null,
      ageBand: { band: b, enteredOn },
    });
    expect(adultOn(band('18-20'), '2026-03-04')).toBe(true);
    expect(adultOn(band('16-17'), '2026-03-04')).toBe(false);
    // Entered as 16–17 two years ago: at least 18 now.
    expect(adultOn(band('16-17', '2024-03-01'), '2026-03-04')).toBe(true);
    expect(adultOn(band('16-17', '2024-03-05'), '2026-03-04')).toBe(false);
    expect(adultOn(band('13-15'), '2026-03-04')).toBe(false);
  });

  test('no age known at all → guardians are asked', () => {
    expect(adultOn({ birthDate: null, birthYear: null, ageBand: null }, '2026-03-04')).toBe(false);
  });

  test('who may record: a guardian not for an adult, the person not for a minor', () => {
    expect(consentRefusal('self', 1)).toBe('adultConsentsThemselves');
    expect(consentRefusal('self', null)).toBeNull();
    expect(consentRefusal('custodians', null)).toBe('minorCannotConsentAlone');
    expect(consentRefusal('godMan', null)).toBe('minorCannotConsentAlone');
    expect(consentRefusal('custodians', 1)).toBeNull();
  });
});

describe('representatives', () => {
  test('unaccompanied minor: the god man consents in the custodians’ place; a parent abroad is not asked', () => {
    const { basis, consenters } = whoConsents({
      placementBasis: 'SoL',
      adult: false,
      guardians: [mother, godMan],
    });
    expect(basis).toBe('godMan');
    expect(consenters).toEqual([{ guardianId: 4, capacity: 'godMan' }]);
    const status = forChild('SoL', [mother, godMan], bothScopes(4));
    expect(status.overall).toBe('complete');
  });

  test('a god man alone (no parent registered) is enough', () => {
    expect(forChild('none', [godMan], bothScopes(4))).toMatchObject({
      overall: 'complete',
      noCustodialGuardian: false,
    });
  });

  test('custody moved to a särskilt förordnad vårdnadshavare (the foster parents): both consent', () => {
    const status = forChild('SoL', [noCustody, fosterMother, fosterFather], bothScopes(5));
    expect(status.basis).toBe('custodians');
    expect(status.overall).toBe('incomplete');
    expect(
      status.consenters.filter((c) => c.state === 'missing').map((c) => [c.guardianId, c.capacity]),
    ).toEqual([
      [6, 'specialCustodian'],
      [6, 'specialCustodian'],
    ]);
    expect(
      forChild('SoL', [noCustody, fosterMother, fosterFather], [...bothScopes(5), ...bothScopes(6)]).overall,
    ).toBe('complete');
  });

  test('a särskilt förordnad vårdnadshavare counts as custodian even if the custody box was left empty', () => {
    const unticked: GuardianFacts = { ...fosterMother, hasCustody: false };
    expect(whoConsents({ placementBasis: 'SoL', adult: false, guardians: [unticked] }).consenters).toEqual([
      { guardianId: 5, capacity: 'specialCustodian' },
    ]);
  });

  test('once a särskilt förordnad vårdnadshavare is appointed, the god man is no longer asked', () => {
    const { consenters } = whoConsents({
      placementBasis: 'SoL',
      adult: false,
      guardians: [godMan, fosterMother],
    });
    expect(consenters).toEqual([{ guardianId: 5, capacity: 'specialCustodian' }]);
  });

  test('LVU is unchanged: no consent, whoever is registered and whatever the age', () => {
    for (const adult of [false, true]) {
      expect(whoConsents({ placementBasis: 'LVU', adult, guardians: [godMan, fosterMother] })).toEqual({
        basis: 'notRequired',
        consenters: [],
      });
    }
  });
});

import { describe, expect, test } from 'vitest';
import {
  consentBlocks,
  evaluateConsent,
  evaluateGate,
  type ConsentFacts,
  type GuardianFacts,
} from './consent-rules';

const mother: GuardianFacts = { id: 1, hasCustody: true };
const father: GuardianFacts = { id: 2, hasCustody: true };
const noCustody: GuardianFacts = { id: 3, hasCustody: false };
const notice = {
  informedOn: '2026-02-20',
  informedBy: 'Kim Koordinator',
  informedWhom: 'Handläggare Sara Lind',
};

let sequence = 0;
const consent = (
  guardianId: number,
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
const bothScopes = (guardianId: number, decision: ConsentFacts['decision'] = 'given', on = '2026-02-10') => [
  consent(guardianId, 'participation', decision, on),
  consent(guardianId, 'dataSharing', decision, on),
];

describe('consent rules', () => {
  test('two custodial guardians and one consent → blocked', () => {
    const status = evaluateConsent('SoL', [mother, father], bothScopes(mother.id));
    expect(status.overall).toBe('incomplete');
    expect(consentBlocks(status)).toBe(true);
    expect(status.guardians.filter((g) => g.state === 'missing')).toEqual([
      { guardianId: 2, scope: 'participation', state: 'missing' },
      { guardianId: 2, scope: 'dataSharing', state: 'missing' },
    ]);
  });

  test('both custodial guardians consenting to both scopes → complete', () => {
    const status = evaluateConsent('SoL', [mother, father], [...bothScopes(1), ...bothScopes(2)]);
    expect(status.overall).toBe('complete');
    expect(consentBlocks(status)).toBe(false);
  });

  test('participation alone is not enough: data sharing is its own consent', () => {
    const status = evaluateConsent('SoL', [mother], [consent(1, 'participation', 'given')]);
    expect(status.overall).toBe('incomplete');
  });

  test('a guardian without custody is not asked', () => {
    const status = evaluateConsent('SoL', [mother, noCustody], bothScopes(1));
    expect(status.overall).toBe('complete');
    expect(status.guardians.map((g) => g.guardianId)).toEqual([1, 1]);
  });

  test('no placement follows the same rule as SoL', () => {
    expect(evaluateConsent('none', [mother, father], bothScopes(1)).overall).toBe('incomplete');
  });

  test('LVU → allowed without any guardian consent', () => {
    const status = evaluateConsent('LVU', [mother, father], []);
    expect(status).toEqual({
      required: false,
      overall: 'notRequired',
      guardians: [],
      noCustodialGuardian: false,
    });
    expect(consentBlocks(status)).toBe(false);
  });

  test('withdrawal → blocked at once, even after consent was given', () => {
    const given = [...bothScopes(1), ...bothScopes(2)];
    const status = evaluateConsent(
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
    const status = evaluateConsent('SoL', [mother], [withdrawn, consent(1, 'participation', 'given'), given]);
    expect(status.overall).toBe('withdrawn');
  });

  test('refusal → blocked', () => {
    const status = evaluateConsent('SoL', [mother, father], [...bothScopes(1), ...bothScopes(2, 'refused')]);
    expect(status.overall).toBe('refused');
    expect(consentBlocks(status)).toBe(true);
  });

  test('consent given again after a withdrawal unblocks', () => {
    const history = [
      ...bothScopes(1, 'given', '2026-01-10'),
      consent(1, 'participation', 'withdrawn', '2026-02-01'),
      consent(1, 'participation', 'given', '2026-02-15'),
    ];
    expect(evaluateConsent('SoL', [mother], history).overall).toBe('complete');
  });

  test('SoL with no custodial guardian registered is not complete', () => {
    const status = evaluateConsent('SoL', [noCustody], []);
    expect(status.overall).toBe('incomplete');
    expect(status.noCustodialGuardian).toBe(true);
  });
});

describe('the gate before the first session', () => {
  test('lists exactly what is missing: the other guardian and the notice', () => {
    const gate = evaluateGate({
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
      placementBasis: 'SoL',
      guardians: [mother, father],
      consents: [...bothScopes(1), ...bothScopes(2)],
      notice,
    });
    expect(gate).toMatchObject({ ready: true, missing: [] });
  });

  test('LVU still needs social services informed', () => {
    const gate = evaluateGate({ placementBasis: 'LVU', guardians: [mother], consents: [], notice: null });
    expect(gate.missing).toEqual([{ kind: 'socialServicesNotice' }]);
    expect(evaluateGate({ placementBasis: 'LVU', guardians: [], consents: [], notice }).ready).toBe(true);
  });

  test('a notice without whom was informed is incomplete', () => {
    const gate = evaluateGate({
      placementBasis: 'LVU',
      guardians: [],
      consents: [],
      notice: { ...notice, informedWhom: ' ' },
    });
    expect(gate.missing).toEqual([{ kind: 'socialServicesNotice' }]);
  });

  test('refusal and withdrawal are reported as such, not as missing', () => {
    const gate = evaluateGate({
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
    const gate = evaluateGate({ placementBasis: 'none', guardians: [], consents: [], notice });
    expect(gate.missing).toEqual([{ kind: 'noCustodialGuardian' }]);
  });
});

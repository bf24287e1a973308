// "barnet" or "deltagaren" from main: the enrolment says how to speak of the
// person (18 or older on the group's first session: deltagaren), and the
// gate's refusal asks for that wording.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import {
  childInput,
  createAgreement,
  groupInput,
  programmeInput,
} from '../../../test/support/support-groups/fixtures';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

async function admitted(child: Parameters<typeof childInput>[0]) {
  const agreementId = await createAgreement(app, 'KS/2016:7');
  const programme = await app.must(
    'programmes:create',
    programmeInput(agreementId, { name: 'Samtalsgrupp för unga vuxna', ageMin: 13, ageMax: 24 }),
  );
  const group = await app.must('supportGroups:create', groupInput(programme.id));
  const { id: childId } = await app.must('children:create', childInput(child));
  const offered = await app.must('enrolments:create', {
    childId,
    programmeId: programme.id,
    groupId: group.id,
    status: 'offered',
    referredOn: '2026-02-01',
  });
  return app.must('enrolments:transition', { id: offered.id, version: offered.version, to: 'admitted' });
}

describe('how main speaks of the person on an enrolment', () => {
  test('a 20-year-old with a birth year only is "deltagaren", also in the gate refusal', async () => {
    const enrolment = await admitted({
      name: 'Amir Exempel',
      identityKind: 'none',
      identityNumber: '',
      birthYear: 2006,
      guardians: [],
    });
    expect(enrolment.personTerm).toBe('participant');
    const refused = await app.call('enrolments:transition', {
      id: enrolment.id,
      version: enrolment.version,
      to: 'participating',
    });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'enrolments.gateNotMet',
      message: 'Deltagaren kan inte börja ännu. Det här saknas:',
      params: { person: 'participant' },
    });
  });

  test('a 15-year-old is "barnet"', async () => {
    const enrolment = await admitted({
      name: 'Samir Exempel',
      identityKind: 'none',
      identityNumber: '',
      birthYear: 2011,
    });
    expect(enrolment.personTerm).toBe('child');
    const refused = await app.call('enrolments:transition', {
      id: enrolment.id,
      version: enrolment.version,
      to: 'participating',
    });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'enrolments.gateNotMet',
      message: 'Barnet kan inte börja ännu. Det här saknas:',
    });
  });
});

// Fixtures for the support-group tests. Identity numbers are Skatteverket's
// published test number 121212-1212 and numbers computed in the test-number
// birth-number series (see src/main/seed/identity-numbers.ts): never real people.
import { sql } from 'kysely';
import { composeIdentityNumber } from '../../../src/shared/identity/personal-identity-number';
import type { ChildInput } from '../../../src/shared/ipc/children';
import type { GroupInput, ProgrammeInput } from '../../../src/shared/ipc/support-groups';
import type { TempApp } from '../temp-app';

/** The test clock starts 2026-03-02; a child born 2014-05-10 is 11 then. */
export const testNumber = (birthDate: string, serial = 981) => composeIdentityNumber(birthDate, serial);

export function childInput(overrides: Partial<ChildInput> = {}): ChildInput {
  return {
    name: 'Tolvan Tolvansson',
    identityKind: 'personnummer',
    identityNumber: '121212-1212',
    gender: 'boy',
    homeMunicipality: 'Malmö',
    district: 'Norr',
    placementBasis: 'SoL',
    protectedIdentity: false,
    address: { street: 'Fiktiva gatan 1', postalCode: '211 20', city: 'Malmö' },
    phone: '',
    email: '',
    fosterHome: {
      name: 'Familjen Exempelsson',
      phone: '070-174 06 10',
      email: '',
      address: { street: 'Familjehemsvägen 3', postalCode: '212 21', city: 'Malmö' },
    },
    guardians: [
      { name: 'Anna Tolvansson', phone: '070-174 06 11', email: '', hasCustody: true },
      { name: 'Bertil Tolvansson', phone: '070-174 06 12', email: '', hasCustody: true },
    ],
    caseworker: { name: 'Sara Lind', unit: 'Familjehemsenheten Norr', phone: '040-628 04 10', email: '' },
    ...overrides,
  };
}

/**
 * An agreement row to hang programmes on. Written straight into the test
 * database: the agreements domain has its own tests, and these only need an id.
 */
export async function createAgreement(
  app: TempApp,
  registrationNumber = 'SN-2026/101',
  perChildAmount = 500_000,
): Promise<number> {
  const now = app.clock.now().toISOString();
  const result = await sql<{ id: number }>`
    INSERT INTO agreement (registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
    VALUES (${registrationNumber}, ${`Stödgrupper ${registrationNumber}`}, 'active', '2026-01-01', '2027-12-31', 'quarterlyInAdvance',
            ${perChildAmount}, ${now}, ${now})
    RETURNING id`.execute(app.installation.db);
  return result.rows[0]!.id;
}

export const programmeInput = (
  agreementId: number,
  overrides: Partial<ProgrammeInput> = {},
): ProgrammeInput => ({
  agreementId,
  name: 'Stödgrupp för familjehemsplacerade barn',
  format: 'weekly',
  sessionCount: 8,
  sessionMinutes: 120,
  ageMin: 7,
  ageMax: 18,
  targetGroupsPerYear: 4,
  targetChildrenPerYear: 40,
  ...overrides,
});

export const groupInput = (programmeId: number, overrides: Partial<GroupInput> = {}): GroupInput => ({
  programmeId,
  name: 'Vårgruppen 2026',
  leaders: ['Maria Svensson', 'Ahmed Yusuf'],
  location: 'Föreningens lokal, Malmö',
  startDate: '2026-03-04',
  startTime: '17:00',
  status: 'open',
  ...overrides,
});

/** An agreement, a weekly programme (7–18 years, 5–8 children) and an open group starting 2026-03-04. */
export async function setUpGroup(app: TempApp) {
  const agreementId = await createAgreement(app);
  const programme = await app.must('programmes:create', programmeInput(agreementId));
  const group = await app.must('supportGroups:create', groupInput(programme.id));
  return { agreementId, programme, group };
}

/** Moves the test clock to midday (Swedish time) of `date`: attendance is only recorded on or after a session's day. */
export function onDayOf(app: TempApp, date: string) {
  app.clock.set(new Date(`${date}T10:00:00.000Z`));
}

/** Consent from every custodial guardian of the enrolment, both scopes. */
export async function consentFromAll(
  app: TempApp,
  enrolmentId: number,
  guardianIds: readonly number[],
  decidedOn = '2026-02-20',
) {
  let enrolment = await app.must('enrolments:get', { id: enrolmentId });
  for (const guardianId of guardianIds) {
    for (const scope of ['participation', 'dataSharing'] as const) {
      enrolment = await app.must('enrolments:recordConsent', {
        enrolmentId,
        guardianId,
        scope,
        decision: 'given',
        decidedOn,
        method: 'written',
        documentReference: `Samtycke ${scope} ${guardianId}`,
      });
    }
  }
  return enrolment;
}

export const notice = (enrolmentId: number) => ({
  enrolmentId,
  informedOn: '2026-02-21',
  informedBy: 'Kim Koordinator',
  informedWhom: 'Sara Lind, Familjehemsenheten Norr',
});

/** A child admitted to the group (consent and notice not yet recorded). */
export async function admittedChild(
  app: TempApp,
  groupId: number,
  programmeId: number,
  overrides: Partial<ChildInput> = {},
) {
  const child = await app.must('children:create', childInput(overrides));
  const offered = await app.must('enrolments:create', {
    childId: child.id,
    programmeId,
    groupId,
    status: 'offered',
    referredOn: '2026-02-01',
  });
  const admitted = await app.must('enrolments:transition', {
    id: offered.id,
    version: offered.version,
    to: 'admitted',
  });
  return { child, enrolment: admitted };
}

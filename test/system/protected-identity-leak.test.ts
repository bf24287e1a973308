// A protected child's address, phone and foster home (skyddade personuppgifter)
// may leave main only through `children:reveal`, called by a role that may
// reveal, and audited. This calls every channel of the contract as every role
// — with inputs that reach the protected child where the channel takes one —
// and searches every reply and every file the calls wrote (documents, report
// exports, hand-back packages, decrypted) for those details.
//
// `probes` is typed over every channel, so a new channel cannot be added
// without saying here how it is tried.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildInput } from '../../src/shared/ipc/children';
import { channels, contract, type Channel } from '../../src/shared/ipc/contract';
import { roles, type Role } from '../../src/shared/roles';
import { adminPassword, createInstalledApp, type TempApp } from '../support/temp-app';
import { buildFixture, type Fixture } from '../support/reports/report-fixture';
import { childInput } from '../support/support-groups/fixtures';
import { openPackage } from '../support/age-package';
import { pdfBytes } from '../support/attachments';
import { auditSince, lastAuditId } from '../support/audit';
import { addUser, passwordOf, signIn } from '../support/users';
import { packageExtension } from '../../src/shared/exchange/package-kinds';
import { ageIdentities, openExchangePackage, partnerCardFile } from '../support/exchange';

/** Details that appear nowhere else in the fixture, so any hit is a leak. */
const secret = {
  address: { street: 'Lönngången 17', postalCode: '987 65', city: 'Gömmeby' },
  phone: '070-999 88 77',
  email: 'gomd.adress@exempel.se',
  fosterHome: {
    name: 'Familjen Hemlighetsson',
    phone: '070-555 44 33',
    email: 'fh.skyddad@exempel.se',
    address: { street: 'Skyddsgränd 2', postalCode: '876 54', city: 'Döljeby' },
  },
} satisfies Pick<ChildInput, 'address' | 'phone' | 'email' | 'fosterHome'>;

/** The details as stored, which a reveal returns. */
const stored = [
  secret.address.street,
  secret.address.city,
  secret.phone,
  secret.email,
  secret.fosterHome.name,
  secret.fosterHome.phone,
  secret.fosterHome.email,
  secret.fosterHome.address.street,
  secret.fosterHome.address.city,
];
/** Also the phone numbers as digits only, in case some output normalises them. */
const needles = [...stored, secret.phone.replace(/\D/g, ''), secret.fosterHome.phone.replace(/\D/g, '')];

const found = (text: string) => needles.filter((n) => text.includes(n));

const usernames: Record<Role, string> = {
  admin: 'admin',
  caseworker: 'karin',
  coordinator: 'kim',
  viewer: 'vera',
};
const revealRoles = contract['children:reveal'].access;

interface Keys {
  fixture: Fixture;
  /** c12 of the fixture: protected identity, in a finished group, with the secret details. */
  childId: number;
  enrolmentId: number;
  guardianId: number;
  groupId: number;
  sessionId: number;
  spareUserId: number;
  folder: string;
  /** Where `printing:printRevealed` writes: kept out of the sweep, checked on its own. */
  revealFolder: string;
  /** A signed consent form (PDF) to attach to the protected child's enrolment. */
  attachmentFile: string;
  /** The newest attachment, which the probes save a copy of and remove. */
  latestAttachmentId(): Promise<number>;
  role: Role;
  /** A partner's contact card (another installation's keys) and its fingerprint. */
  partnerCard: { path: string; fingerprint: string };
  /** The child's stored version (it changes as the probes save it). */
  childVersion(): Promise<number>;
}

type Probe = (k: Keys) => Promise<unknown[]> | unknown[];

const none: Probe = () => [{}];
const year2025 = (agreementId: number) => ({
  scope: { kind: 'agreement' as const, agreementId },
  period: { kind: 'year' as const, year: 2025 },
});

/** The secret details as a caller would submit them, on top of c12's identity. */
const protectedChildData = (overrides: Partial<ChildInput> = {}): ChildInput =>
  childInput({
    name: 'Lo Persson',
    identityKind: 'none',
    identityNumber: '',
    birthYear: 2011,
    gender: 'other',
    homeMunicipality: 'Stockholm',
    district: 'Farsta',
    placementBasis: 'LVU',
    protectedIdentity: true,
    ...secret,
    guardians: [],
    ...overrides,
  });

const probes: Record<Channel, Probe> = {
  'installation:status': none,
  // Public channels that change the installation: inputs that are refused.
  'installation:setup': none,
  'auth:users': none,
  'auth:unlock': none,
  'auth:recover': none,
  'auth:lock': none,
  'auth:changePassword': () => [{ currentPassword: 'fel-lösenord-helt', newPassword: 'nytt-lösenord-12345' }],
  'users:list': none,
  'users:create': (k) => [
    {
      username: `ny-${k.role}`,
      displayName: 'Ny Användare',
      role: 'viewer',
      temporaryPassword: 'tillfälligt-lösen-1',
    },
  ],
  'users:resetPassword': (k) => [{ userId: k.spareUserId, temporaryPassword: 'tillfälligt-lösen-2' }],
  'users:setDisabled': (k) => [{ userId: k.spareUserId, disabled: false }],
  'settings:get': none,
  'settings:update': () => [{ idleLockMinutes: 15 }],
  'organisations:list': () => [{}, { query: 'Hemlighetsson' }],
  'organisations:get': () => [{ id: 1 }],
  'organisations:create': none,
  'organisations:update': none,
  'children:list': () => [
    {},
    { query: 'Lo Persson' },
    { district: 'Farsta' },
    { query: secret.address.street },
    { query: secret.fosterHome.name },
  ],
  'children:districts': none,
  'children:get': (k) => [{ id: k.childId }],
  'children:create': () => [protectedChildData({ name: 'Ny Skyddad', birthYear: 2012 })],
  'children:update': async (k) => [
    // The reported exploit: drop protection while keeping the stored details.
    {
      id: k.childId,
      version: await k.childVersion(),
      data: protectedChildData({ protectedIdentity: false, keepProtectedDetails: true, ...blankDetails }),
    },
    // An ordinary save of a protected child without revealing first.
    {
      id: k.childId,
      version: await k.childVersion(),
      data: protectedChildData({ keepProtectedDetails: true, ...blankDetails }),
    },
  ],
  // Checked on its own below: here only as every role (its reply must hold the details).
  'children:reveal': (k) => [{ id: k.childId }],
  // A stale version: the real lift is tested on its own below.
  'children:liftProtection': (k) => [{ id: k.childId, version: 0, reason: 'Skyddet har upphört.' }],
  'children:addConcernReport': (k) => [
    {
      childId: k.childId,
      reportedOn: '2026-03-01',
      socialServices: 'Socialtjänsten Farsta',
      reportedBy: 'Gruppledare',
    },
  ],
  'programmes:list': (k) => [{}, { agreementId: k.fixture.agreementId }],
  'programmes:count': () => [{}],
  'programmes:get': (k) => [{ id: k.fixture.programmeId }],
  'programmes:create': none,
  'programmes:update': none,
  'supportGroups:list': (k) => [{}, { programmeId: k.fixture.programmeId }],
  'supportGroups:get': (k) => [{ id: k.groupId }, { id: k.fixture.groups.g4 }],
  'supportGroups:create': none,
  'supportGroups:update': none,
  'supportGroups:saveSessions': none,
  // A stale version: the real closing is tested in group-closing.test.ts.
  'supportGroups:close': (k) => [{ id: k.groupId, version: 0, outcomes: [] }],
  'supportGroups:recordAttendance': (k) => [{ sessionId: k.sessionId, entries: [] }],
  'enrolments:create': none,
  'enrolments:get': (k) => [{ id: k.enrolmentId }],
  'enrolments:transition': (k) => [{ id: k.enrolmentId, version: 0, to: 'cancelled', reason: 'Test.' }],
  'enrolments:recordConsent': (k) => [
    {
      enrolmentId: k.enrolmentId,
      guardianId: k.guardianId,
      scope: 'participation',
      decision: 'given',
      decidedOn: '2026-03-01',
      method: 'written',
    },
  ],
  'enrolments:recordNotice': (k) => [
    { enrolmentId: k.enrolmentId, informedOn: '2026-03-01', informedBy: 'Kim', informedWhom: 'Sara Lind' },
  ],
  'enrolments:recordChildView': (k) => [
    {
      enrolmentId: k.enrolmentId,
      recordedOn: '2026-03-01',
      summary: 'Vill gärna vara med.',
      recordedBy: 'Kim',
    },
  ],
  'enrolments:recordPreVisit': (k) => [
    { enrolmentId: k.enrolmentId, kind: 'homeVisit', visitedOn: '2026-03-01', visitedBy: 'Kim' },
  ],
  'enrolments:setFee': (k) => [{ enrolmentId: k.enrolmentId, applies: false, amount: 0 }],
  'enrolments:waitingList': (k) => [{}, { programmeId: k.fixture.programmeId }],
  'enrolments:byDistrict': () => [
    { district: 'Farsta' },
    { district: '' },
    { district: 'Farsta', activeOnly: false },
  ],
  'enrolments:attention': none,
  'feedback:list': (k) => [{}, { agreementId: k.fixture.agreementId }],
  'feedback:create': none,
  'feedback:update': none,
  'audit:list': () => [{}, { entityType: 'child' }],
  'audit:verify': none,
  'audit:head': none,
  'auth:alerts': none,
  'audit:acknowledgeAlerts': () => [{ upToId: 1 }],
  'audit:exportCsv': () => [{}],
  'agreements:list': () => [{}],
  'agreements:get': (k) => [{ id: k.fixture.agreementId }],
  'agreements:createFromTemplate': none,
  'agreements:create': none,
  'agreements:update': none,
  'agreements:transition': none,
  'agreements:recordSignature': none,
  'agreements:revisions': (k) => [{ id: k.fixture.agreementId }],
  'agreements:diff': (k) => [{ id: k.fixture.agreementId, from: 1, to: 1 }],
  'agreements:recordPayment': none,
  'agreements:removePayment': none,
  'agreements:recordMeeting': none,
  'agreements:removeMeeting': none,
  'agreements:setCompleted': none,
  'agreements:saveAmendment': none,
  'agreements:deleteAmendment': none,
  'agreements:transitionAmendment': none,
  'agreements:signAmendment': none,
  'agreements:giveNotice': none,
  'agreements:withdrawNotice': none,
  'agreements:recordExtensionDecision': none,
  'agreements:dashboard': () => [{}],
  // Writes only deadlines; the sweep searches every written file for the child's details.
  'agreements:exportCalendar': (k) => [{ agreementId: null, folder: k.folder }],
  'agreements:recordFundsConfirmation': (k) => [
    {
      agreementId: k.fixture.agreementId,
      year: 2025,
      grantedOn: '2024-11-25',
      grantedBy: 'Kommunfullmäktige',
      decisionReference: 'KF 2024-11-25 § 212',
    },
  ],
  'agreements:removeFundsConfirmation': (k) => [{ agreementId: k.fixture.agreementId, year: 2025 }],
  'agreements:deficiencies': (k) => [{ agreementId: k.fixture.agreementId }],
  'agreements:recordDeficiency': none,
  'agreements:setDeficiencyOutcome': none,
  'agreements:recordDeficiencyStep': none,
  'agreements:circumstanceNotices': (k) => [{ agreementId: k.fixture.agreementId }],
  'agreements:recordCircumstanceNotice': none,
  'agreements:closeCircumstanceNotice': none,
  // Counts the agreement's groups, enrolments and sessions, the protected child's among them: numbers only.
  'agreements:commitmentStatuses': (k) => [{ agreementId: k.fixture.agreementId }],
  'agreements:tickOffs': (k) => [{ agreementId: k.fixture.agreementId }],
  'agreements:recordTickOff': none,
  'agreements:removeTickOff': none,
  'agreements:disputes': (k) => [{ agreementId: k.fixture.agreementId }],
  'agreements:openDispute': none,
  'agreements:closeDispute': none,
  'agreements:repayments': (k) => [{ agreementId: k.fixture.agreementId }],
  // The work valued reads the agreement's groups and sessions, the protected child's among them.
  'agreements:proposeRepayment': (k) => [{ agreementId: k.fixture.agreementId, asOf: '2025-12-31' }],
  'agreements:recordRepayment': none,
  'agreements:recordDecision': none,
  'agreements:generateDocument': (k) =>
    (['docx', 'pdf'] as const).flatMap((format) => [
      ...(['agreement', 'decisionMemo'] as const).map((document) => ({
        id: k.fixture.agreementId,
        document,
        format,
        folder: k.folder,
      })),
      // Consolidated on a date, and an amendment (the fixture has none: refused).
      {
        id: k.fixture.agreementId,
        document: 'agreement' as const,
        asOf: '2025-06-30',
        format,
        folder: k.folder,
      },
      { id: k.fixture.agreementId, document: 'amendment' as const, amendmentId: 1, format, folder: k.folder },
    ]),
  // Backups are encrypted copies of the whole database by design; their
  // channels are tried with inputs that start no job.
  'backup:status': none,
  'backup:updateSettings': none,
  'backup:generateKey': none,
  'backup:setRecipient': none,
  'backup:suggestPassphrase': none,
  'backup:list': none,
  'backup:startCreate': none,
  'backup:startVerify': none,
  'backup:startRestore': none,
  'backup:startFreshRestore': none,
  'backup:inspect': none,
  'backup:job': () => [{ id: 'inget-jobb' }],
  'backup:cancel': () => [{ id: 'inget-jobb' }],
  'files:chooseFolder': () => [{ purpose: 'exportFolder' }],
  'files:chooseFile': () => [{ purpose: 'backupFile' }],
  'reports:agreements': none,
  'reports:get': (k) => [
    year2025(k.fixture.agreementId),
    { ...year2025(k.fixture.agreementId), scope: { kind: 'all' } },
  ],
  'reports:export': (k) =>
    (['pdf', 'xlsx', 'csv'] as const).map((format) => ({
      ...year2025(k.fixture.agreementId),
      format,
      folder: k.folder,
    })),
  'reports:getSettings': none,
  'reports:updateSettings': none,
  'reports:getActuals': (k) => [{ agreementId: k.fixture.agreementId, year: 2025 }],
  'reports:saveActuals': none,
  'erasure:overview': none,
  'erasure:summary': none,
  'erasure:suggestPassphrase': none,
  'erasure:handBack': (k) => [
    {
      groupIds: [k.fixture.groups.g1, k.fixture.groups.g2],
      folder: k.folder,
      passphrase: handBackPassphrase,
    },
  ],
  // The running group: refused, so the protected child stays for the other probes.
  'erasure:erase': (k) => [{ groupIds: [k.fixture.groups.g4], confirmed: true }],
  // The protected child has attendance, so deleting it as a mistake is refused (it is gallring's).
  'children:deleteMistake': async (k) => [
    { id: k.childId, version: await k.childVersion(), reason: 'wrongPerson', confirmed: true },
  ],
  // The fixture's agreement is active: refused as not a draft.
  'agreements:deleteDraft': (k) => [{ id: k.fixture.agreementId, version: 1, confirmed: true }],
  'organisations:delete': none,
  'retention:summary': none,
  // Nothing in the fixture is due under the default days (the clock is 2026-03-02).
  'retention:erase': () => [
    { rule: 'waitingEntries', confirmed: true },
    { rule: 'childrenWithoutEnrolment', confirmed: true },
  ],
  'retention:settings': none,
  'retention:updateSettings': none,
  // A draft holds what its user typed, nothing main adds: a draft of the protected child's form
  // saved without revealing, then read back, listed and discarded by the same role.
  'drafts:save': (k) => [
    { form: 'child', recordId: k.childId, payload: JSON.stringify({ name: 'Lo Persson', hiddenKept: true }) },
  ],
  'drafts:get': (k) => [{ form: 'child', recordId: k.childId }],
  'drafts:list': none,
  'drafts:discard': (k) => [{ form: 'child', recordId: k.childId }],
  // Every printout, masked, into the swept folder: the roster and the consent form are the ones that would show them.
  'printing:print': (k) => printouts(k, k.folder),
  // The same printouts with the details revealed go to a folder of their own, checked below: they hold the details.
  'printing:printRevealed': (k) => printouts(k, k.revealFolder),
  'printing:noticeHandedOver': (k) => [{ enrolmentId: k.enrolmentId, handedOverOn: '2026-03-01' }],
  // No dialog here (every pick is cancelled), so no file is open: the other import
  // channels are refused as having no session. The masking of a protected child in a
  // preview is proved with a real file in src/main/import/import-router.test.ts.
  'import:open': () => [{ kind: 'children' }, { kind: 'organisations' }],
  'import:preview': () => [{ sessionId: importSessionId, mapping: {} }],
  'import:progress': () => [{ sessionId: importSessionId }],
  'import:cancel': () => [{ sessionId: importSessionId }],
  'import:commit': () => [{ sessionId: importSessionId, leftOut: [] }],
  'import:exportSkipped': () => [{ sessionId: importSessionId }],
  'import:close': () => [{ sessionId: importSessionId }],
  // Effect evaluation: instruments and results hold no personal data; the answer probes reach the protected child's enrolment.
  'effect:instruments': none,
  'effect:createInstrument': none,
  'effect:programmeInstruments': (k) => [{ programmeId: k.fixture.programmeId }],
  'effect:setProgrammeInstruments': none,
  'effect:groupAnswers': (k) => [{ groupId: k.groupId }],
  'effect:answers': (k) => [{ enrolmentId: k.enrolmentId }],
  'effect:recordAnswer': (k) => [
    {
      enrolmentId: k.enrolmentId,
      instrumentId: 1,
      occasion: 'before',
      answeredOn: '2026-03-01',
      values: [3],
    },
  ],
  'effect:results': (k) => [
    { year: 2025, agreementId: k.fixture.agreementId },
    { year: 2025, agreementId: null },
  ],
  // A signed paper kept with the protected child's enrolment: listed, added, copied into the
  // swept folder and removed by each role its record allows; the file holds none of the details.
  'attachments:list': (k) => [{ record: { kind: 'enrolment', id: k.enrolmentId } }],
  'attachments:add': (k) => [{ record: { kind: 'enrolment', id: k.enrolmentId }, path: k.attachmentFile }],
  'attachments:saveCopy': async (k) => [{ id: await k.latestAttachmentId(), folder: k.folder }],
  // A PDF: refused as not an image, after the role check.
  'attachments:view': async (k) => [{ id: await k.latestAttachmentId() }],
  'attachments:remove': async (k) => [{ id: await k.latestAttachmentId(), confirmed: true }],
  // Partner exchange: the admin creates the identity, imports a partner's card and verifies it;
  // the caseworker refers the protected child (LVU: no consent needed) and sends a consent
  // change; the sweep decrypts every package written (with this installation's key, which the
  // sender's copy is also encrypted to) and searches it.
  'exchange:identity': none,
  'exchange:createIdentity': () => [
    { organisationName: 'Stockholms stad', orgNumber: '212000-0142', installationName: 'Farsta' },
  ],
  'exchange:rotateIdentity': () => [{ confirmed: true }],
  'exchange:exportCard': (k) => [{ folder: k.folder }],
  'exchange:printCard': (k) => [{ folder: k.folder }],
  'exchange:previewCard': (k) => [{ path: k.partnerCard.path }],
  'exchange:importCard': (k) => [{ path: k.partnerCard.path }],
  'exchange:partners': none,
  'exchange:verifyPartner': (k) => [
    { partnerId: 1, fingerprint: k.partnerCard.fingerprint, comparedWith: 'Pia Partner' },
  ],
  'exchange:setPartnerDisabled': () => [{ partnerId: 1, disabled: false }],
  'exchange:linkPartner': () => [{ partnerId: 1, organisationId: null, district: 'Farsta' }],
  'exchange:open': (k) => packagesIn(k.folder).map((path) => ({ path })),
  'exchange:import': (k) => packagesIn(k.folder).map((path) => ({ path, confirmed: true })),
  'exchange:packages': none,
  'exchange:makeReferral': (k) => [
    {
      partnerId: 1,
      folder: k.folder,
      referrals: [{ childId: k.childId, programme: 'Stödgrupp', consents: [] }],
    },
  ],
  'exchange:makeReceipt': () => [{ packageId: '00000000-0000-4000-8000-000000000000', folder: tmpdir() }],
  'exchange:makeRegistrationNotice': (k) => [
    { partnerId: 1, enrolmentIds: [k.enrolmentId], folder: k.folder },
  ],
  // The finished groups' hand-back to the partner (the protected child was referred through it).
  'exchange:makeHandBack': (k) => [
    { partnerId: 1, groupIds: [k.fixture.groups.g1, k.fixture.groups.g2], folder: k.folder },
  ],
  'exchange:makeReport': (k) => [
    { partnerId: 1, agreementId: k.fixture.agreementId, year: 2025, folder: k.folder },
  ],
  'exchange:receivedFiles': none,
  'exchange:childPackages': (k) => [{ childId: k.childId }],
  'exchange:receivedReports': none,
  'exchange:receivedReport': () => [{ packageId: '00000000-0000-4000-8000-000000000000' }],
  'exchange:saveReceivedFile': (k) => [
    { packageId: '00000000-0000-4000-8000-000000000000', name: 'aterforing.pdf', folder: k.folder },
  ],
  'exchange:makeConsentChange': (k) => [
    {
      partnerId: 1,
      childId: k.childId,
      consent: {
        guardianId: null,
        scope: 'dataSharing',
        decision: 'withdrawn',
        decidedOn: '2026-03-01',
        method: 'written',
      },
      folder: k.folder,
    },
  ],
};

/** One of each printout about the protected child (c12 in G2, district Farsta), in each format it comes in. */
function printouts(k: Keys, folder: string) {
  const targets = [
    { document: 'roster' as const, groupId: k.groupId },
    { document: 'attendanceSheet' as const, groupId: k.groupId, sessionId: k.sessionId },
    { document: 'consentForm' as const, enrolmentId: k.enrolmentId },
    { document: 'socialServicesNotice' as const, enrolmentId: k.enrolmentId },
    { document: 'handBackLetter' as const, groupIds: [k.fixture.groups.g1, k.groupId], district: 'Farsta' },
  ];
  return targets.flatMap((target) =>
    (target.document === 'roster' || target.document === 'attendanceSheet'
      ? (['pdf'] as const)
      : (['pdf', 'docx'] as const)
    ).map((format) => ({ target, format, folder })),
  );
}

/** The packages written so far (the sender's copies), and a missing one (refused) so every role calls. */
const packagesIn = (folder: string) => [
  ...readdirSync(folder)
    .filter((name) => name.endsWith(`.${packageExtension}`))
    .map((name) => join(folder, name)),
  join(folder, `saknas.${packageExtension}`),
];

const blankDetails = {
  address: { street: '', postalCode: '', city: '' },
  phone: '',
  email: '',
  fosterHome: { name: '', phone: '', email: '', address: { street: '', postalCode: '', city: '' } },
};
const handBackPassphrase = 'ekorre-lingon-fjällsjö-kanot';
const importSessionId = '5b0c4f1e-7a2d-4c3e-9f10-2b3c4d5e6f70';

let app: TempApp;
let keys: Omit<Keys, 'role'>;
const replies: { role: Role; channel: Channel; input: unknown; reply: string }[] = [];

async function signInAs(role: Role) {
  await signIn(app, usernames[role], role === 'admin' ? adminPassword : passwordOf(usernames[role]));
}

beforeAll(async () => {
  app = await createInstalledApp();
  for (const role of ['caseworker', 'coordinator', 'viewer'] as const)
    await addUser(app, role, usernames[role]);
  const spare = await addUser(app, 'viewer', 'reserv');
  const fixture = await buildFixture(app);
  const childId = fixture.childIds.get('c12')!;
  const enrolmentId = fixture.enrolmentIds.get('c12@g2')!;
  // c12 gets the secret details, entered by the caseworker who has them.
  await signInAs('caseworker');
  const before = await app.must('children:get', { id: childId });
  await app.must('children:update', {
    id: childId,
    version: before.version,
    data: protectedChildData({
      guardians: before.guardians.map((g) => ({
        id: g.id,
        name: g.name,
        phone: g.phone,
        email: g.email,
        hasCustody: g.hasCustody,
      })),
      identityKind: before.identityKind,
      identityNumber: before.identityNumber ?? '',
      birthYear: null,
      birthDate: before.birthDate,
    }),
  });
  const group = await app.must('supportGroups:get', { id: fixture.groups.g2 });
  const guardian = before.guardians[0] ?? (await app.must('children:get', { id: childId })).guardians[0];
  keys = {
    fixture,
    childId,
    enrolmentId,
    guardianId: guardian?.id ?? 1,
    groupId: fixture.groups.g2,
    sessionId: group.sessions[0]!.id,
    spareUserId: spare.id,
    folder: mkdtempSync(join(tmpdir(), 'iop-desk-leak-')),
    revealFolder: mkdtempSync(join(tmpdir(), 'iop-desk-leak-revealed-')),
    attachmentFile: await signedConsentFile(),
    latestAttachmentId: async () =>
      (
        await app.installation.db
          .selectFrom('attachment')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirst()
      )?.id ?? 1,
    partnerCard: await partnerCardFile(mkdtempSync(join(tmpdir(), 'iop-desk-leak-card-'))),
    childVersion: async () =>
      (
        await app.installation.db
          .selectFrom('child')
          .select('version')
          .where('id', '=', childId)
          .executeTakeFirstOrThrow()
      ).version,
  };

  for (const role of roles) {
    await signInAs(role);
    for (const channel of channels) {
      for (const input of await probes[channel]({ ...keys, role })) {
        if (app.installation.state !== 'unlocked') await signInAs(role);
        const result = await app.router.invoke(channel, input, { senderUrl: 'app://iop-desk/index.html' });
        replies.push({ role, channel, input, reply: JSON.stringify(result) });
      }
    }
  }
}, 240_000);

/** A signed consent form as a scan would arrive, outside the swept folder. */
async function signedConsentFile(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'iop-desk-leak-pick-'));
  const path = join(dir, 'Samtycke Lo Persson.pdf');
  writeFileSync(path, await pdfBytes('Samtycke till deltagande, undertecknat av vårdnadshavaren.'));
  return path;
}

afterAll(async () => {
  rmSync(keys.folder, { recursive: true, force: true });
  rmSync(keys.revealFolder, { recursive: true, force: true });
  rmSync(dirname(keys.attachmentFile), { recursive: true, force: true });
  await app.dispose();
});

/** Every file below `folder`, with hand-back packages opened and zip containers (DOCX, XLSX) unpacked. */
async function textsOf(folder: string): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  const add = async (name: string, bytes: Buffer): Promise<void> => {
    const ext = extname(name).toLowerCase();
    if (name.endsWith(`.${packageExtension}`)) {
      const files = await openExchangePackage(join(folder, name), await ageIdentities(app));
      expect(files.has('manifest.json')).toBe(true);
      for (const [inner, content] of files) await add(`${name}/${inner}`, content);
    } else if (ext === '.age') {
      const files = await openPackage(join(folder, name), handBackPassphrase);
      for (const [inner, content] of files) await add(`${name}/${inner}`, content);
    } else if (ext === '.pdf') {
      out.push({
        name,
        text: execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8'),
      });
    } else if (ext === '.docx' || ext === '.xlsx') {
      const parts = Object.values(unzipSync(new Uint8Array(bytes))).map((part) =>
        Buffer.from(part).toString('utf8'),
      );
      out.push({ name, text: parts.join('\n') });
    } else {
      out.push({ name, text: bytes.toString('utf8') });
    }
  };
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isFile()) await add(name, readFileSync(path));
  }
  return out;
}

describe('protected identity: the details leave main only through an audited reveal', () => {
  it('the sweep called every channel as every role', () => {
    for (const role of roles) {
      const called = new Set(replies.filter((r) => r.role === role).map((r) => r.channel));
      expect([...called].sort()).toEqual([...channels].sort());
    }
  });

  it('the details are stored and a reveal by an allowed role returns them (so the search can find them)', () => {
    for (const role of roles) {
      const reveal = replies.find((r) => r.role === role && r.channel === 'children:reveal')!;
      if (revealRoles.kind === 'session' && revealRoles.roles.includes(role))
        expect(found(reveal.reply)).toEqual(stored);
      else expect(found(reveal.reply)).toEqual([]);
    }
  });

  it('no other reply of any channel, as any role, holds an address, phone or foster home of the protected child', () => {
    const leaks = replies
      .filter((r) => r.channel !== 'children:reveal')
      .map((r) => ({ role: r.role, channel: r.channel, found: found(r.reply) }))
      .filter((r) => r.found.length > 0);
    expect(leaks).toEqual([]);
  });

  it('saving a protected child never lifts protection, and says how to do it', async () => {
    const stored = await app.installation.db
      .selectFrom('child')
      .select('protected_identity')
      .where('id', '=', keys.childId)
      .executeTakeFirstOrThrow();
    expect(stored.protected_identity).toBe(1);
    for (const role of ['admin', 'caseworker', 'coordinator'] as const) {
      const exploit = replies.find((r) => r.role === role && r.channel === 'children:update')!;
      expect(JSON.parse(exploit.reply)).toEqual({
        ok: false,
        error: { code: 'children.liftProtectionSeparately', message: expect.stringContaining('Häv skydd') },
      });
    }
  });

  it('the documents, report exports and hand-back packages the sweep wrote hold none of the details', async () => {
    const texts = await textsOf(keys.folder);
    const kinds = new Set(texts.map((t) => extname(t.name.split('/')[0]!)));
    // Each kind of file was really written and read, so the search below means something.
    expect([...kinds].sort()).toEqual(['.age', '.csv', '.docx', '.ics', '.iopkort', '.pdf', '.xlsx']);
    expect(texts.some((t) => t.name.includes('.age/') && t.text.includes('Lo Persson'))).toBe(true);
    // The copies of the protected child's attachment were written too.
    expect(
      texts.some(
        (t) => t.name.startsWith('Samtycke Lo Persson') && t.text.includes('Samtycke till deltagande'),
      ),
    ).toBe(true);
    // The referral of the protected child was made and decrypted: it carries the name, no address.
    expect(
      texts.some(
        (t) => t.name.includes(`.${packageExtension}/content.json`) && t.text.includes('Lo Persson'),
      ),
    ).toBe(true);
    expect(texts.filter((t) => found(t.text).length > 0).map((t) => t.name)).toEqual([]);
  });
});

describe('printouts with protected details', () => {
  it('the masked printouts were really written into the swept folder, by every role that works with children', async () => {
    for (const role of roles) {
      const outcomes = replies
        .filter((r) => r.role === role && r.channel === 'printing:print')
        .map((r) => (JSON.parse(r.reply) as { ok: boolean }).ok);
      expect(outcomes.every((ok) => ok === (role !== 'viewer'))).toBe(true);
    }
    const names = (await textsOf(keys.folder)).map((t) => t.name);
    for (const start of ['Grupplista', 'Närvarolista', 'Information', 'Meddelande om anmälan', 'Följebrev'])
      expect(
        names.some((n) => n.startsWith(start)),
        start,
      ).toBe(true);
  });

  it('are made only for the roles that may reveal, and hold the details the masked ones leave out', async () => {
    for (const role of roles) {
      const outcomes = replies
        .filter((r) => r.role === role && r.channel === 'printing:printRevealed')
        .map((r) => (JSON.parse(r.reply) as { ok: boolean }).ok);
      const allowed = revealRoles.kind === 'session' && revealRoles.roles.includes(role);
      expect(outcomes.length).toBeGreaterThan(0);
      expect(outcomes.every((ok) => ok === allowed)).toBe(true);
    }
    const texts = await textsOf(keys.revealFolder);
    const roster = texts.find((t) => t.name.startsWith('Grupplista') && t.name.endsWith('.pdf'))!;
    expect(found(roster.text)).toContain(secret.fosterHome.phone);
    // c12 is placed under LVU: the consent form is the information-only one.
    const consent = texts.filter((t) => t.name.startsWith('Information'));
    expect(consent.length).toBeGreaterThan(0);
    expect(consent.every((t) => found(t.text).includes(secret.address.street))).toBe(true);
    // The notice, the attendance sheet and the cover letter never need them, revealed or not.
    const never = texts.filter((t) => /^(Meddelande|Närvarolista|Följebrev)/.test(t.name));
    expect(never.length).toBeGreaterThan(0);
    expect(never.filter((t) => found(t.text).length > 0).map((t) => t.name)).toEqual([]);
  });
});

describe('lifting protection', () => {
  it('is refused to an admin and a viewer, and changes nothing', async () => {
    for (const role of ['admin', 'viewer'] as const) {
      await signInAs(role);
      const version = await keys.childVersion();
      const result = await app.call('children:liftProtection', {
        id: keys.childId,
        version,
        reason: 'Upphört.',
      });
      expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
      expect(await keys.childVersion()).toBe(version);
    }
  });

  it('asks for a reason', async () => {
    await signInAs('caseworker');
    const result = await app.call('children:liftProtection', {
      id: keys.childId,
      version: await keys.childVersion(),
      reason: '  ',
    });
    expect(result.ok === false && result.error.code).toBe('validation');
  });

  it('by a caseworker: answers without the details, is audited, and is kept in the child history', async () => {
    await signInAs('caseworker');
    const before = await lastAuditId(app);
    const version = await keys.childVersion();
    const result = await app.call('children:liftProtection', {
      id: keys.childId,
      version,
      reason: 'Skatteverket har tagit bort sekretessmarkeringen.',
    });
    expect(result).toEqual({ ok: true, value: { id: keys.childId, version: version + 1 } });
    expect(await auditSince(app, before)).toEqual([
      expect.objectContaining({
        channel: 'children:liftProtection',
        entityType: 'child',
        entityId: String(keys.childId),
        outcome: 'ok',
      }),
    ]);
    const child = await app.must('children:get', { id: keys.childId });
    expect(child.protectedIdentity).toBe(false);
    expect(child.protectionChanges.at(-1)).toEqual({
      change: 'lifted',
      reason: 'Skatteverket har tagit bort sekretessmarkeringen.',
      changedAt: expect.any(String),
    });
    // Once lifted the details are ordinary contact details, read through the audited get.
    expect(child.contact).toEqual({
      masked: false,
      details: expect.objectContaining({ phone: secret.phone }),
    });
  });

  it('of a child who is not protected is refused with a clear message', async () => {
    await signInAs('coordinator');
    const result = await app.call('children:liftProtection', {
      id: keys.childId,
      version: await keys.childVersion(),
      reason: 'Igen.',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'children.notProtected', message: 'Barnet har inga skyddade personuppgifter.' },
    });
  });
});

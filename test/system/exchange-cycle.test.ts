// Issue 15: a district and an organisation, each with its own installation,
// run the support-group agreement's flow with packages only: cards verified by
// fingerprint → referral → registration notice → receipt (the gate's "social
// services informed") → attendance → consent withdrawal pauses → new consent
// resumes. Every step through the real router, as the real roles.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { childInput, groupInput, programmeInput, createAgreement, onDayOf } from '../support/support-groups/fixtures';
import { as, exchangePair, type ExchangePair } from '../support/exchange';
import { auditSince, lastAuditId } from '../support/audit';

let pair: ExchangePair;
let out: (name: string) => string;

beforeAll(async () => {
  pair = await exchangePair();
  let n = 0;
  out = (name) => mkdtempSync(join(pair.folder, `${++n}-${name}-`));
}, 60_000);
afterAll(() => pair.dispose());

const consentsOf = (guardianIds: number[]) =>
  guardianIds.flatMap((guardianId) =>
    (['participation', 'dataSharing'] as const).map((scope) => ({
      guardianId,
      scope,
      decision: 'given' as const,
      decidedOn: '2026-02-20',
      method: 'written' as const,
    })),
  );

describe('the whole cycle between two installations', () => {
  const state: { referral?: string; childAtOrg?: number; enrolment?: number; childAtDistrict?: number; notice?: string } = {};

  test('cards: both partners are verified by fingerprint', async () => {
    const { district, org } = pair;
    const partners = await district.must('exchange:partners', {});
    expect(partners).toEqual([
      expect.objectContaining({ organisationName: 'Svenska Röda Korset', verified: true, comparedWith: 'Per Partner' }),
    ]);
    expect((await org.must('exchange:partners', {}))[0]).toMatchObject({ organisationName: 'Malmö stad', verified: true });
    // The fingerprint is six groups of five digits, the same on both sides.
    const shown = (await org.must('exchange:identity', {}))!.fingerprint;
    expect(shown).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(partners[0]!.fingerprint).toBe(shown);
    // The printable card carries the fingerprint and the public keys, nothing secret.
    await as(org, 'admin');
    const { path } = await org.must('exchange:printCard', { folder: out('print') });
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain(shown);
    expect(text).toContain('Stödgrupper Malmö');
    expect(text).not.toContain('AGE-SECRET-KEY');
  });

  test('referral: the district refers a child under SoL with both custodians’ consent', async () => {
    const { district } = pair;
    await as(district, 'caseworker');
    const child = await district.must('children:create', childInput());
    state.childAtDistrict = child.id;
    const guardianIds = child.guardians.map((g) => g.id);
    // Without the data-sharing consent of both custodians: refused, nothing written.
    const refused = await district.call('exchange:makeReferral', {
      partnerId: pair.orgAtDistrict,
      folder: out('refused'),
      referrals: [{ childId: child.id, programme: 'Stödgrupp för familjehemsplacerade barn', consents: consentsOf([guardianIds[0]!]) }],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'exchange.referralNeedsConsent' } });
    const made = await district.must('exchange:makeReferral', {
      partnerId: pair.orgAtDistrict,
      folder: out('referral'),
      referrals: [{ childId: child.id, programme: 'Stödgrupp för familjehemsplacerade barn', consents: consentsOf(guardianIds) }],
    });
    expect(made.path).toMatch(/Anmälan till Svenska Röda Korset .*\.iop\.age$/);
    state.referral = made.path;
  });

  test('the organisation previews, changes nothing, then imports: the child and an interest registration appear', async () => {
    const { org } = pair;
    await as(org, 'coordinator');
    const agreementId = await createAgreement(org);
    const programme = await org.must('programmes:create', programmeInput(agreementId));
    const group = await org.must('supportGroups:create', groupInput(programme.id));
    const preview = await org.must('exchange:open', { path: state.referral! });
    expect(preview).toMatchObject({ kind: 'referral', partner: { organisationName: 'Malmö stad' }, unknownProgrammes: [] });
    expect(preview.items.map((i) => i.action)).toEqual(['createChild', 'createInterest', ...Array(4).fill('recordConsent')]);
    expect(preview.items[0]!.subject).toBe('Tolvan Tolvansson (född 2012)');
    expect(await org.must('children:list', {})).toEqual([]);

    const before = await lastAuditId(org);
    const imported = await org.must('exchange:import', { path: state.referral!, confirmed: true });
    expect(imported).toMatchObject({ kind: 'referral', created: 1, updated: 0 });
    const [childId] = imported.childIds;
    const child = await org.must('children:get', { id: childId! });
    expect(child).toMatchObject({ name: 'Tolvan Tolvansson', identityNumber: null, birthYear: 2012, placementBasis: 'SoL' });
    expect(child.guardians.map((g) => g.name)).toEqual(['Anna Tolvansson', 'Bertil Tolvansson']);
    expect(child.enrolments).toEqual([expect.objectContaining({ status: 'interest' })]);
    state.childAtOrg = childId;
    state.enrolment = child.enrolments[0]!.id;
    // Audited with the package's kind and id, nothing personal.
    const audit = await auditSince(org, before);
    expect(audit.find((a) => a.channel === 'exchange:import')).toMatchObject({ entityId: `referral:${imported.packageId}` });
    expect(JSON.stringify(audit)).not.toContain('Tolvan');

    // Replayed: refused, nothing changed.
    expect(await org.call('exchange:import', { path: state.referral!, confirmed: true })).toMatchObject({
      ok: false,
      error: { code: 'exchange.alreadyImported' },
    });
    expect(await org.must('children:list', {})).toHaveLength(1);

    // Place the child in the group.
    const e = await org.must('enrolments:get', { id: state.enrolment });
    const offered = await org.must('enrolments:transition', { id: e.id, version: e.version, to: 'offered', groupId: group.id });
    await org.must('enrolments:transition', { id: offered.id, version: offered.version, to: 'admitted' });
  });

  test('receipt for the referral: the district sees it confirmed', async () => {
    const { district, org } = pair;
    const packages = await org.must('exchange:packages', {});
    const referralIn = packages.find((p) => p.direction === 'in' && p.kind === 'referral')!;
    const receipt = await org.must('exchange:makeReceipt', { packageId: referralIn.packageId, folder: out('receipt1') });
    await as(district, 'caseworker');
    const preview = await district.must('exchange:open', { path: receipt.path });
    expect(preview.items).toEqual([expect.objectContaining({ action: 'confirmReceipt', subject: referralIn.packageId })]);
    await district.must('exchange:import', { path: receipt.path, confirmed: true });
    const sent = (await district.must('exchange:packages', {})).find((p) => p.packageId === referralIn.packageId)!;
    expect(sent).toMatchObject({ direction: 'out', kind: 'referral' });
    expect(sent.receiptAt).not.toBeNull();
  });

  test('registration notice → district records it → its receipt marks "social services informed": the gate passes', async () => {
    const { district, org } = pair;
    const gateBefore = await org.must('enrolments:get', { id: state.enrolment! });
    expect(gateBefore.gate.ready).toBe(false);
    expect(gateBefore.gate.missing).toEqual([expect.objectContaining({ kind: 'socialServicesNotice' })]);
    const notice = await org.must('exchange:makeRegistrationNotice', {
      partnerId: pair.districtAtOrg,
      enrolmentIds: [state.enrolment!],
      folder: out('notice'),
    });
    // The district caseworker imports the notice (a coordinator may not).
    await as(district, 'coordinator');
    expect(await district.call('exchange:open', { path: notice.path })).toMatchObject({
      ok: false,
      error: { code: 'exchange.wrongKindForRole' },
    });
    await as(district, 'caseworker');
    const preview = await district.must('exchange:open', { path: notice.path });
    expect(preview.items).toEqual([
      { action: 'recordNotice', subject: 'Tolvan Tolvansson', detail: 'Vårgruppen 2026 2026-03-04' },
    ]);
    await district.must('exchange:import', { path: notice.path, confirmed: true });
    const receipt = await district.must('exchange:makeReceipt', { packageId: notice.packageId, folder: out('receipt2') });
    await org.must('exchange:import', { path: receipt.path, confirmed: true });
    const after = await org.must('enrolments:get', { id: state.enrolment! });
    expect(after.notice).toMatchObject({ informedOn: '2026-03-02', informedBy: 'Kvittens på besked (partnerutbyte)' });
    expect(after.gate.ready).toBe(true);
  });

  test('attendance, then a consent withdrawal pauses the enrolment at once and a new consent resumes it', async () => {
    const { district, org } = pair;
    onDayOf(org, '2026-03-04');
    onDayOf(district, '2026-03-04');
    let e = await org.must('enrolments:get', { id: state.enrolment! });
    e = await org.must('enrolments:transition', { id: e.id, version: e.version, to: 'participating' });
    const group = await org.must('supportGroups:get', { id: e.groupId! });
    await org.must('supportGroups:recordAttendance', {
      sessionId: group.sessions[0]!.id,
      entries: [{ enrolmentId: e.id, present: true }],
    });

    const guardian = (await district.must('children:get', { id: state.childAtDistrict! })).guardians[1]!;
    const change = (decision: 'withdrawn' | 'given') =>
      district.must('exchange:makeConsentChange', {
        partnerId: pair.orgAtDistrict,
        childId: state.childAtDistrict!,
        consent: { guardianId: guardian.id, scope: 'participation', decision, decidedOn: '2026-03-04', method: 'written' },
        folder: out(decision),
      });
    const withdrawal = await change('withdrawn');
    const preview = await org.must('exchange:open', { path: withdrawal.path });
    expect(preview.items).toEqual([
      {
        action: 'pauseEnrolment',
        subject: 'Tolvan Tolvansson',
        detail: 'Deltagande: återkallat 2026-03-04',
        consent: { scope: 'participation', decision: 'withdrawn', decidedOn: '2026-03-04' },
      },
    ]);
    await org.must('exchange:import', { path: withdrawal.path, confirmed: true });
    expect(await org.must('enrolments:get', { id: state.enrolment! })).toMatchObject({ paused: true });

    const renewed = await change('given');
    await org.must('exchange:import', { path: renewed.path, confirmed: true });
    expect(await org.must('enrolments:get', { id: state.enrolment! })).toMatchObject({ paused: false });
  });

  test('hand-back to the district’s key, erasure on the organisation’s side; the district keeps the data', async () => {
    const { district, org } = pair;
    const e = await org.must('enrolments:get', { id: state.enrolment! });
    const group = await org.must('supportGroups:get', { id: e.groupId! });
    onDayOf(org, group.sessions.at(-1)!.date);
    const closed = await org.must('supportGroups:close', {
      id: group.id,
      version: group.version,
      outcomes: [{ enrolmentId: e.id, outcome: 'completed' }],
    });
    // Not handed back yet: gallring refuses.
    expect(await org.call('erasure:erase', { groupIds: [closed.id], confirmed: true })).toMatchObject({
      ok: false,
      error: { code: 'erasure.notHandedBack' },
    });
    const handBack = await org.must('exchange:makeHandBack', { partnerId: pair.districtAtOrg, groupIds: [closed.id], folder: out('handback') });
    expect(handBack.enrolments).toBe(1);
    expect(handBack.path).toMatch(/Återföring till Malmö stad .*\.iop\.age$/);

    onDayOf(district, group.sessions.at(-1)!.date);
    await as(district, 'caseworker');
    const preview = await district.must('exchange:open', { path: handBack.path });
    expect(preview.kind).toBe('handBack');
    expect(preview.items).toContainEqual({ action: 'storeHandBack', subject: 'inskrivningar.csv', detail: '1 inskrivning' });
    await district.must('exchange:import', { path: handBack.path, confirmed: true });

    const erased = await org.must('erasure:erase', { groupIds: [closed.id], confirmed: true });
    expect(erased).toMatchObject({ enrolments: 1, childrenDeleted: 1 });
    expect(await org.must('children:list', {})).toEqual([]);

    const files = await district.must('exchange:receivedFiles', {});
    expect(files.map((f) => f.name).sort()).toEqual([
      'LASMIG.txt',
      'aterforing.pdf',
      'inskrivningar.csv',
      'narvaro.csv',
      'orosanmalningar.csv',
      'samtycken.csv',
    ]);
    const saved = await district.must('exchange:saveReceivedFile', {
      packageId: files[0]!.packageId,
      name: 'inskrivningar.csv',
      folder: out('saved'),
    });
    const csv = readFileSync(saved.path, 'utf8');
    expect(csv).toContain('Tolvan Tolvansson');
    expect(csv).toContain('Vårgruppen 2026');
    // The receipt for the hand-back goes back to the organisation.
    const receipt = await district.must('exchange:makeReceipt', { packageId: preview.packageId, folder: out('receipt3') });
    await org.must('exchange:import', { path: receipt.path, confirmed: true });
    expect((await org.must('exchange:packages', {})).find((p) => p.packageId === preview.packageId)?.receiptAt).not.toBeNull();
  });
});

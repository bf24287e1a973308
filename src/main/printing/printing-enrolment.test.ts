// The papers about one child: the consent form (signature lines for exactly
// who consents under the consent rules; information only under LVU) and the
// notice to social services, whose recorded hand-over satisfies the gate.
// Read back with pdftotext and from the DOCX.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PrintTarget } from '../../shared/ipc/printing';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { printer, type Printer } from '../../../test/support/printing/print-text';
import {
  admittedChild,
  consentFromAll,
  setUpGroup,
  testNumber,
} from '../../../test/support/support-groups/fixtures';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { addUser, passwordOf, signIn } from '../../../test/support/users';

let app: TempApp;
let setup: Awaited<ReturnType<typeof setUpGroup>>;
let p: Printer;

beforeEach(async () => {
  app = await createInstalledApp();
  setup = await setUpGroup(app);
  p = printer(app);
});
afterEach(async () => {
  p.dispose();
  await app.dispose();
});

const consentForm = (enrolmentId: number): PrintTarget => ({ document: 'consentForm', enrolmentId });
const notice = (enrolmentId: number): PrintTarget => ({ document: 'socialServicesNotice', enrolmentId });
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the consent form', () => {
  test('describes the whole activity, what is shared with whom, the right to withdraw, and asks each custodian', async () => {
    const { enrolment } = await admittedChild(app, setup.group.id, setup.programme.id);
    for (const format of ['pdf', 'docx'] as const) {
      const { result, text } = await p.text(consentForm(enrolment.id), { format });
      expect(result.fileName).toBe(
        `Samtycke Stödgrupp för familjehemsplacerade barn Tolvan Tolvansson.${format}`,
      );
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Samtycke till stödgrupp');
      expect(flat).toContain('Barn: Tolvan Tolvansson');
      expect(flat).toContain('Gruppen träffas 8 gånger, en gång i veckan, 120 minuter per träff.');
      expect(flat).toContain('diarienummer SN-2026/101');
      expect(flat).toContain('för barn och unga 7–18 år, 5–8 deltagare');
      expect(flat).toContain('Grupp: Vårgruppen 2026');
      expect(flat).toContain('Start: 2026-03-04 kl. 17:00');
      expect(flat).toContain('Gruppledare: Maria Svensson, Ahmed Yusuf');
      expect(flat).toContain('Vilka uppgifter som delas och med vem');
      expect(flat).toContain('Socialtjänsten i Norr lämnar barnets namn, ålder och kontaktuppgifter');
      expect(flat).toContain('Rätt att återkalla samtycket');
      expect(flat).toContain('Du kan när som helst återkalla det');
      expect(flat).toContain('Sara Lind, Familjehemsenheten Norr');
      // Joint custody: both custodians, each with both consents to tick and a signature.
      expect(flat).toContain('Vårdnadshavare: Anna Tolvansson');
      expect(flat).toContain('Vårdnadshavare: Bertil Tolvansson');
      expect(count(flat, 'Jag samtycker till att barnet deltar')).toBe(2);
      expect(count(flat, 'Namnteckning')).toBe(2);
      // The agreement fixture names no non-profit party: flagged, never invented.
      expect(flat).toContain('[uppgift saknas] driver Stödgrupp för familjehemsplacerade barn');
      expect(flat).toMatch(/Uppgifter som saknas .* Organisation som driver verksamheten/);
    }
  });

  test('under LVU it is information only: nobody is asked to sign', async () => {
    const { enrolment } = await admittedChild(app, setup.group.id, setup.programme.id, {
      name: 'Love Lvu',
      identityNumber: testNumber('2014-02-02'),
      placementBasis: 'LVU',
    });
    const { result, text } = await p.text(consentForm(enrolment.id));
    expect(result.fileName).toBe('Information Stödgrupp för familjehemsplacerade barn Love Lvu.pdf');
    expect(text).toContain('Information om stödgrupp');
    expect(text).toContain('inget samtycke från vårdnadshavare krävs');
    expect(text).toContain('ska inte skrivas under');
    expect(text).not.toContain('Namnteckning');
    expect(text).not.toContain('Jag samtycker');
    expect(text).toContain('Vilka uppgifter som delas');
  });

  test('a god man consents in the custodians’ place; the parents are not asked', async () => {
    const { enrolment } = await admittedChild(app, setup.group.id, setup.programme.id, {
      name: 'Ensam Kommande',
      identityKind: 'none',
      identityNumber: '',
      birthYear: 2013,
      guardians: [
        { name: 'Förälder Utomlands', phone: '', email: '', hasCustody: true },
        {
          name: 'Gunnar Godman',
          phone: '070-174 06 20',
          email: '',
          hasCustody: false,
          representative: 'godMan',
        },
      ],
    });
    const { text } = await p.text(consentForm(enrolment.id));
    // No Swedish number: what is known of the birth, said as such.
    expect(text).toContain('Född: 2013');
    expect(text).toContain('God man: Gunnar Godman');
    expect(text).toContain('Barnet har god man');
    expect(text).not.toContain('Förälder Utomlands');
    expect(count(text, 'Namnteckning')).toBe(1);
  });

  test('from 18 the person consents alone', async () => {
    const { enrolment } = await admittedChild(app, setup.group.id, setup.programme.id, {
      name: 'Vuxen Deltagare',
      identityNumber: testNumber('2008-01-10'),
    });
    const { text } = await p.text(consentForm(enrolment.id));
    expect(text).toContain('Du är 18 år eller äldre när gruppen börjar och bestämmer själv');
    expect(text).toContain('Deltagare: Vuxen Deltagare');
    expect(text).not.toContain('Anna Tolvansson');
    expect(count(text, 'Namnteckning')).toBe(1);
  });
});

describe('protected identity on the child’s papers', () => {
  const hidden = { street: 'Hemliga vägen 3', postalCode: '765 43', city: 'Skymninge' };

  test('the address appears in no document unless the user revealed it for that print', async () => {
    const { enrolment } = await admittedChild(app, setup.group.id, setup.programme.id, {
      name: 'Skyddad Person',
      identityNumber: testNumber('2014-08-08'),
      protectedIdentity: true,
      address: hidden,
      fosterHome: {
        name: 'Familjen Skymning',
        phone: '070-987 65 43',
        email: '',
        address: { street: 'Skuggvägen 1', postalCode: '765 44', city: 'Skymninge' },
      },
    });
    const masked: string[] = [];
    for (const target of [consentForm(enrolment.id), notice(enrolment.id)])
      for (const format of ['pdf', 'docx'] as const) masked.push((await p.text(target, { format })).text);
    masked.push((await p.text({ document: 'roster', groupId: setup.group.id })).text);
    masked.push(
      (
        await p.text({
          document: 'attendanceSheet',
          groupId: setup.group.id,
          sessionId: setup.group.sessions[0]!.id,
        })
      ).text,
    );
    for (const text of masked) {
      expect(text).not.toContain(hidden.street);
      expect(text).not.toContain('Skymninge');
      expect(text).not.toContain('070-987 65 43');
    }
    expect(masked[0]).toContain('Adress: Skyddade personuppgifter – skrivs inte ut');

    await addUser(app, 'caseworker', 'karin');
    await signIn(app, 'karin', passwordOf('karin'));
    const before = await lastAuditId(app);
    const revealed = await p.text(consentForm(enrolment.id), { revealed: true });
    expect(revealed.text).toContain('Adress: Hemliga vägen 3, 765 43 Skymninge');
    expect(revealed.result).toMatchObject({ withheld: 0, revealed: 1 });
    // The notice never needs the address, revealed or not.
    const revealedNotice = await p.text(notice(enrolment.id), { revealed: true });
    expect(revealedNotice.text).not.toContain(hidden.street);
    expect((await auditSince(app, before)).map((e) => [e.channel, e.entityType, e.entityId])).toEqual([
      ['printing:printRevealed', 'printout', String(enrolment.id)],
      ['printing:printRevealed', 'printout', String(enrolment.id)],
    ]);
  });
});

describe('the notice to social services', () => {
  test('says what, when and which group', async () => {
    const { enrolment } = await admittedChild(app, setup.group.id, setup.programme.id);
    for (const format of ['pdf', 'docx'] as const) {
      const { result, text } = await p.text(notice(enrolment.id), { format });
      expect(result.fileName).toBe(`Meddelande om anmälan Tolvan Tolvansson.${format}`);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Meddelande om anmälan till stödgrupp');
      expect(flat).toContain('Till socialtjänsten i Norr');
      expect(flat).toContain('Namn: Tolvan Tolvansson');
      expect(flat).toContain('Personnummer: 20121212-1212');
      expect(flat).toContain('Placering: SoL (frivillig)');
      expect(flat).toContain('Handläggare: Sara Lind, Familjehemsenheten Norr');
      expect(flat).toContain('Grupp: Vårgruppen 2026');
      expect(flat).toContain('Första träff: 2026-03-04 kl. 17:00');
      expect(flat).toContain('Anmäld: 2026-02-01');
      expect(flat).toContain('Samtycke: Inte komplett ännu');
      expect(flat).toContain('Barnet börjar 2026-03-04 kl. 17:00');
      expect(flat).toContain('Överlämnat av: Ada Admin');
    }
  });

  test('recording that it was handed over satisfies the gate’s notice item with that date', async () => {
    const { child, enrolment } = await admittedChild(app, setup.group.id, setup.programme.id);
    await consentFromAll(
      app,
      enrolment.id,
      child.guardians.map((g) => g.id),
    );
    const waiting = await app.must('enrolments:get', { id: enrolment.id });
    expect(waiting.gate).toEqual({
      ready: false,
      missing: [expect.objectContaining({ kind: 'socialServicesNotice' })],
    });

    const future = await app.call('printing:noticeHandedOver', {
      enrolmentId: enrolment.id,
      handedOverOn: '2026-03-03',
    });
    expect(future.ok ? null : future.error).toMatchObject({
      code: 'validation',
      fields: { informedOn: 'field.futureDate' },
    });
    expect((await app.must('enrolments:get', { id: enrolment.id })).version).toBe(waiting.version);

    const before = await lastAuditId(app);
    const handed = await app.must('printing:noticeHandedOver', {
      enrolmentId: enrolment.id,
      handedOverOn: '2026-02-27',
    });
    expect(handed.gate).toEqual({ ready: true, missing: [] });
    expect(handed.notice).toEqual({
      informedOn: '2026-02-27',
      informedBy: 'Ada Admin',
      informedWhom: 'Socialtjänsten i Norr (Sara Lind, Familjehemsenheten Norr), utskrivet meddelande',
    });
    expect((await auditSince(app, before)).map((e) => [e.channel, e.entityType, e.entityId])).toEqual([
      ['printing:noticeHandedOver', 'enrolment', String(enrolment.id)],
    ]);
    // The child may now start.
    const started = await app.must('enrolments:transition', {
      id: handed.id,
      version: handed.version,
      to: 'participating',
    });
    expect(started.status).toBe('participating');
  });
});

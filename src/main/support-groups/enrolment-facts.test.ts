// The four writers of recorded facts share one tail (recordFact): a new
// version, the gate refreshed when the fact feeds it, and the enrolment read
// back with that same gate. What each returns must be exactly what a fresh
// read shows, and the cached gate flags the lists filter on must agree.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Enrolment } from '../../shared/ipc/support-groups';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { admittedChild, notice, setUpGroup } from '../../../test/support/support-groups/fixtures';

let app: TempApp;
let setup: Awaited<ReturnType<typeof setUpGroup>>;
beforeEach(async () => {
  app = await createInstalledApp();
  setup = await setUpGroup(app);
});
afterEach(() => app.dispose());

async function expectFresh(returned: Enrolment, version: number): Promise<void> {
  expect(returned.version).toBe(version);
  expect(await app.must('enrolments:get', { id: returned.id })).toEqual(returned);
  const cached = await app.installation.db
    .selectFrom('enrolment')
    .select(['gate_ready', 'consent_paused'])
    .where('id', '=', returned.id)
    .executeTakeFirstOrThrow();
  expect(cached).toEqual({
    gate_ready: returned.gate.ready ? 1 : 0,
    consent_paused: returned.paused ? 1 : 0,
  });
}

test('consent, notice, child view and pre-visit each return the enrolment as a fresh read shows it', async () => {
  const { child, enrolment } = await admittedChild(app, setup.group.id, setup.programme.id);
  let version = enrolment.version;

  const withNotice = await app.must('enrolments:recordNotice', notice(enrolment.id));
  await expectFresh(withNotice, ++version);
  expect(withNotice.notice).toEqual({
    informedOn: '2026-02-21',
    informedBy: 'Kim Koordinator',
    informedWhom: 'Sara Lind, Familjehemsenheten Norr',
  });

  const [anna] = child.guardians;
  const withdrawn = await app.must('enrolments:recordConsent', {
    enrolmentId: enrolment.id,
    guardianId: anna!.id,
    scope: 'participation',
    decision: 'withdrawn',
    decidedOn: '2026-02-22',
    method: 'written',
    documentReference: 'Återkallelse',
  });
  await expectFresh(withdrawn, ++version);
  expect(withdrawn).toMatchObject({ paused: true, gate: { ready: false } });

  const withView = await app.must('enrolments:recordChildView', {
    enrolmentId: enrolment.id,
    recordedOn: '2026-02-23',
    summary: 'Vill gärna vara med.',
    recordedBy: 'Kim Koordinator',
  });
  await expectFresh(withView, ++version);
  expect(withView.childView).toEqual({
    recordedOn: '2026-02-23',
    summary: 'Vill gärna vara med.',
    recordedBy: 'Kim Koordinator',
  });

  const withVisit = await app.must('enrolments:recordPreVisit', {
    enrolmentId: enrolment.id,
    kind: 'homeVisit',
    visitedOn: '2026-02-24',
    visitedBy: 'Kim Koordinator',
  });
  await expectFresh(withVisit, ++version);
  expect(withVisit.preVisit).toEqual({
    kind: 'homeVisit',
    visitedOn: '2026-02-24',
    visitedBy: 'Kim Koordinator',
  });
});

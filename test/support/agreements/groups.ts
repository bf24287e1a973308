// Agreements of DOMAIN.md made active at a given day, with programmes and
// groups under them, for the tests of groups bound to their agreement. The
// test clock stands at 2026-03-02; `at` moves it for the set-up and back.
import type { AgreementData } from '../../../src/shared/agreements/model';
import type { Agreement } from '../../../src/shared/ipc/agreements';
import type { TempApp } from '../temp-app';
import { groupInput, programmeInput } from '../support-groups/fixtures';
import { activate, create } from './helpers';

export const testToday = '2026-03-02';

/** Runs `work` with the clock at `day` (09:00 UTC), then puts it back at the test day. */
export async function at<T>(app: TempApp, day: string, work: () => Promise<T>): Promise<T> {
  app.clock.set(new Date(`${day}T09:00:00.000Z`));
  try {
    return await work();
  } finally {
    app.clock.set(new Date(`${testToday}T09:00:00.000Z`));
  }
}

/** Creates and activates the agreement (decision and signatures on `decidedOn`). */
export async function activeAgreement(
  app: TempApp,
  data: AgreementData,
  decidedOn = '2026-02-19',
): Promise<Agreement> {
  return activate(app, await create(app, data), decidedOn);
}

/** A weekly programme (8 × 120 min) run by `organisationId`, and one group in it starting `startDate`. */
export async function programmeWithGroup(
  app: TempApp,
  agreementId: number,
  organisationId: number | null,
  startDate: string,
  name = `Grupp ${startDate}`,
) {
  const programme = await app.must('programmes:create', programmeInput(agreementId, { organisationId }));
  const group = await app.must('supportGroups:create', groupInput(programme.id, { name, startDate }));
  return { programme, group };
}

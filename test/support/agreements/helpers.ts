// A test installation with the fixture organisations in the register, and
// small helpers for agreements through the router.
import type { AgreementData } from '../../../src/shared/agreements/model';
import { addDays } from '../../../src/shared/dates';
import type { AppError } from '../../../src/shared/envelope';
import type { Agreement } from '../../../src/shared/ipc/agreements';
import { createInstalledApp, type TempApp } from '../temp-app';
import { registerAll, type OrgKey } from './fixtures';

export interface AgreementsApp {
  app: TempApp;
  ids: Record<OrgKey, number>;
}

export async function agreementsApp(): Promise<AgreementsApp> {
  const app = await createInstalledApp();
  const ids = await registerAll(app);
  return { app, ids };
}

export async function create(app: TempApp, data: AgreementData): Promise<Agreement> {
  return app.must('agreements:create', { data });
}

/** The error of a call that must fail. */
export async function failure(
  promise: Promise<{ ok: true; value: unknown } | { ok: false; error: AppError }>,
): Promise<AppError> {
  const result = await promise;
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

export async function agreementCount(app: TempApp): Promise<number> {
  const row = await app.installation.db
    .selectFrom('agreement')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Drives an agreement from draft to active with every public party's board decision and every party's signature. */
export async function activate(
  app: TempApp,
  agreement: Agreement,
  decisionDate = '2026-02-19',
): Promise<Agreement> {
  let a = agreement;
  a = await app.must('agreements:transition', {
    id: a.id,
    version: a.version,
    request: { to: 'forDecision' },
  });
  for (const party of a.data.parties.filter((p) => p.role === 'public')) {
    a = await app.must('agreements:recordDecision', {
      id: a.id,
      version: a.version,
      decision: {
        organisationId: party.organisationId,
        board: party.actingThrough,
        date: decisionDate,
        paragraph: '§ 42',
        proposal: '',
      },
    });
  }
  for (const party of a.data.parties) {
    a = await app.must('agreements:recordSignature', {
      id: a.id,
      version: a.version,
      signature: {
        organisationId: party.organisationId,
        name: 'Namn Namnsson',
        title: 'Ordförande',
        place: 'Malmö',
        date: decisionDate,
      },
    });
  }
  a = await app.must('agreements:transition', { id: a.id, version: a.version, request: { to: 'signed' } });
  return app.must('agreements:transition', { id: a.id, version: a.version, request: { to: 'active' } });
}

/**
 * Rescinds an active agreement the only way the rules allow: on a recorded
 * deficiency of its first non-profit party whose remedy deadline has passed.
 */
export async function rescind(app: TempApp, agreement: Agreement, date: string, reason: string): Promise<Agreement> {
  const party = agreement.data.parties.find((p) => p.role === 'nonprofit') ?? agreement.data.parties[0]!;
  const [deficiency] = await app.must('agreements:recordDeficiency', {
    agreementId: agreement.id,
    organisationId: party.organisationId,
    description: 'Åtagandet fullgjordes inte.',
    foundOn: addDays(date, -28),
    remedyBy: addDays(date, -14),
  });
  const current = await app.must('agreements:get', { id: agreement.id });
  return app.must('agreements:transition', {
    id: agreement.id,
    version: current.version,
    request: { to: 'rescinded', rescission: { date, reason, deficiencyId: deficiency!.id } },
  });
}

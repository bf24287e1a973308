// Programmes and groups bound to their agreement: a programme is run by one
// of the agreement's non-profit parties (in an umbrella, under that party's
// appendix); new programmes, groups and sessions are planned only while the
// agreement (or appendix) is open, and every planned session lies inside its
// period in force. A refusal names the period or the state and changes nothing.
import type { IsoDate } from '../../shared/dates';
import type { ErrorCode } from '../../shared/error-codes';
import { agreementStanding, type AgreementStanding } from '../agreements/agreement-standing';
import { AppFailure } from '../base/app-error';
import { today, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { nonprofitPartyRows } from './agreement-link-repository';

type Ctx = { db: ReadDb; clock: ServiceContext['clock'] };

const stateCodes: Record<Exclude<AgreementStanding['state'], 'open'>, ErrorCode> = {
  underNotice: 'supportGroups.agreementUnderNotice',
  ended: 'supportGroups.agreementEnded',
  rescinded: 'supportGroups.agreementRescinded',
};

/** The organisation must be a non-profit party; with several of them, one must be chosen. */
export async function requireRunningParty(
  db: ReadDb,
  agreementId: number,
  organisationId: number | null,
): Promise<void> {
  const parties = await nonprofitPartyRows(db, agreementId);
  if (organisationId === null) {
    if (parties.length > 1)
      throw new AppFailure('validation', {
        fields: { organisationId: 'supportGroups.runningPartyRequired' },
      });
    return;
  }
  if (!parties.some((p) => p.organisation_id === organisationId))
    throw new AppFailure('validation', { fields: { organisationId: 'supportGroups.notRunningParty' } });
}

/** Refuses when the agreement (appendix) is not open today: under notice, ended or rescinded. */
export async function requireOpen(
  ctx: Ctx,
  agreementId: number,
  organisationId: number | null,
  field: string,
): Promise<void> {
  const standing = await agreementStanding(ctx.db, agreementId, organisationId, today(ctx));
  if (standing.state === 'open') return;
  const code = stateCodes[standing.state];
  throw new AppFailure(code, {
    fields: { [field]: code },
    params: { start: standing.start, end: standing.end },
  });
}

export interface PlannedDate {
  date: IsoDate;
  /** The input path a refusal is shown on. */
  field: string;
}

/**
 * New or moved sessions of a programme's group: the agreement must be open
 * today, and each date inside the period in force (checked on the first date,
 * so an amendment in force then decides). Nothing planned: nothing to check.
 */
export async function requirePlanningAllowed(
  ctx: Ctx,
  programme: { agreement_id: number; organisation_id: number | null },
  planned: readonly PlannedDate[],
): Promise<void> {
  if (planned.length === 0) return;
  const sorted = [...planned].sort((a, b) => a.date.localeCompare(b.date));
  await requireOpen(ctx, programme.agreement_id, programme.organisation_id, sorted[0]!.field);
  const window = await agreementStanding(
    ctx.db,
    programme.agreement_id,
    programme.organisation_id,
    sorted[0]!.date,
  );
  const outside = sorted.find((p) => p.date < window.start || p.date > window.end);
  if (!outside) return;
  const code: ErrorCode =
    window.reason === 'appendix'
      ? 'supportGroups.outsideAppendixPeriod'
      : 'supportGroups.outsideAgreementPeriod';
  throw new AppFailure(code, {
    fields: { [outside.field]: code },
    params: { start: window.start, end: window.end },
  });
}

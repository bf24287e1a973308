// Builds a report: gathers the facts for the scope and period (live data and
// the anonymised records of erased enrolments), then computes the tables and
// applies suppression in shared code.
import { swedishDay } from '../../shared/dates';
import type { ParsedReportRequest, Report } from '../../shared/ipc/reports';
import { buildReport } from '../../shared/reports/build-report';
import type { ReportFacts } from '../../shared/reports/facts';
import { reportPeriod, yearsOf } from '../../shared/reports/periods';
import type { ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { feedbackFacts, groupFacts, sessionsHeld, targetFacts } from './activity-facts';
import { budgetFacts } from './budget-actuals';
import { concernReportCount } from './concern-reports';
import { commitmentFacts } from './commitment-facts';
import { deadlineFacts } from './deadline-facts';
import { effectFacts } from './effect-facts';
import { participations } from './participations';
import { readReportSettings } from './report-settings';
import { scopeAgreements } from './report-scope';
import { waitingAt } from './waiting-at';

export async function gatherFacts(ctx: ServiceContext<ReadDb>, request: ParsedReportRequest): Promise<ReportFacts> {
  const period = reportPeriod(request.period);
  const now = ctx.clock.now();
  const today = swedishDay(now);
  const settings = await readReportSettings(ctx.db);
  const agreements = await scopeAgreements(ctx.db, request.scope, period);
  const ids = agreements.map((a) => a.id);
  const periodEnd = period.to < today ? period.to : today;
  const [groups, sessions, taking, waiting, concern, feedback, budget, targets, deadlines, effect, followUp] =
    await Promise.all([
      groupFacts(ctx.db, ids, period),
      sessionsHeld(ctx.db, ids, period, today),
      participations(ctx.db, ids, period),
      waitingAt(ctx.db, ids, periodEnd),
      concernReportCount(ctx.db, ids, period),
      feedbackFacts(ctx.db, ids, period),
      budgetFacts(ctx.db, ids, yearsOf(period)),
      targetFacts(ctx.db, ids),
      deadlineFacts(ctx.db, ids, { kind: request.kind, period, today }),
      effectFacts(ctx.db, ids, period),
      commitmentFacts(ctx.db, ids, request.kind === 'steeringGroupStatus' ? today : periodEnd),
    ]);
  const single = request.scope.kind === 'agreement' ? agreements[0]! : null;
  return {
    kind: request.kind,
    scope: {
      kind: request.scope.kind,
      agreementId: single?.id ?? null,
      name: single ? single.label : 'Alla överenskommelser',
    },
    period,
    periodKind: request.period.kind,
    generatedAt: now.toISOString(),
    threshold: settings.threshold,
    agreements: agreements.map((a) => ({ id: a.id, label: a.label })),
    groups,
    sessionsHeld: sessions,
    participations: taking,
    waitingAtEnd: waiting,
    concernReports: concern,
    feedback,
    budget,
    targets,
    deadlines,
    effect,
    commitments: followUp.commitments,
    deficiencies: request.kind === 'steeringGroupStatus' ? followUp.deficiencies : [],
  };
}

export async function getReport(ctx: ServiceContext<ReadDb>, request: ParsedReportRequest): Promise<Report> {
  return buildReport(await gatherFacts(ctx, request));
}

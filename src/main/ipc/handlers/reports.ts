// Handlers of the reports contract. Reading a report is audited (it reads
// agreements and counts children); the entity id names the scope, never a person.
import type { ReportScopeInput } from '../../../shared/ipc/reports';
import { nowIso } from '../../context/service-context';
import { handler } from '../handler-def';
import { getActuals, saveActuals } from '../../reports/budget-actuals';
import { exportReport } from '../../reports/export/report-export';
import { getReport } from '../../reports/report-service';
import { readReportSettings, writeReportSettings } from '../../reports/report-settings';
import { listReportAgreements } from '../../reports/report-scope';

const scopeId = (scope: ReportScopeInput) =>
  scope.kind === 'all' ? 'all' : `agreement:${scope.agreementId}`;

export const reportHandlers = {
  'reports:agreements': handler('reports:agreements', {
    run: (ctx) => listReportAgreements(ctx.db),
    audit: { entityType: 'report' },
  }),
  'reports:get': handler('reports:get', {
    run: (ctx, input) => getReport(ctx.service, input),
    audit: { entityType: 'report', entityId: (i) => scopeId(i.scope) },
  }),
  'reports:export': handler('reports:export', {
    run: async (ctx, input) =>
      exportReport(
        await getReport(ctx.service, { scope: input.scope, period: input.period, kind: input.kind }),
        input.format,
        input.folder,
      ),
    audit: { entityType: 'report', entityId: (i) => `${scopeId(i.scope)}:${i.format}` },
  }),
  'reports:getSettings': handler('reports:getSettings', {
    run: (ctx) => readReportSettings(ctx.db),
    audit: null,
  }),
  'reports:updateSettings': handler('reports:updateSettings', {
    run: (ctx, input) => writeReportSettings(ctx.db, input),
    audit: { entityType: 'settings', entityId: () => 'reports' },
  }),
  'reports:getActuals': handler('reports:getActuals', {
    run: (ctx, input) => getActuals(ctx.db, input.agreementId, input.year),
    audit: { entityType: 'agreement', entityId: (i) => i.agreementId },
  }),
  'reports:saveActuals': handler('reports:saveActuals', {
    run: (ctx, input) =>
      saveActuals({ db: ctx.db, userId: ctx.service.user.id, now: nowIso(ctx) }, input),
    audit: { entityType: 'agreement', entityId: (i) => i.agreementId },
  }),
};

import { handler } from '../handler-def';
import { generateDocument } from '../../documents/document-service';
import { computeDashboard } from '../../agreements/agreement-dashboard';
import { recordSignature, transitionAgreement } from '../../agreements/agreement-lifecycle-service';
import {
  recordMeeting,
  recordPayment,
  removeMeeting,
  removePayment,
  setCompleted,
} from '../../agreements/agreement-records-service';
import { diffRevisions, listRevisions } from '../../agreements/agreement-revisions';
import {
  createAgreement,
  createFromTemplate,
  getAgreement,
  listAgreements,
  updateAgreement,
} from '../../agreements/agreement-service';

import {
  deleteAmendment,
  saveAmendment,
  signAmendment,
  transitionAmendment,
} from '../../agreements/amendments/amendment-service';
import {
  giveNotice,
  recordExtensionDecision,
  withdrawNotice,
} from '../../agreements/amendments/notice-service';

import { exportCalendar } from '../../calendar-export/calendar-export-service';
import { runErasure } from '../../erasure/erasure-routine';
import type { HandlerContext } from '../handler-def';

const agreement = 'agreement';

/**
 * A deletion of a record that can have attached files (a meeting, a draft
 * amendment): through the one erasure routine, in its own transaction, so the
 * files' bytes go from the log too (issue 14).
 */
async function erasing<T extends object>(
  ctx: HandlerContext,
  work: (service: HandlerContext['service']) => Promise<T>,
) {
  const { value } = await runErasure(ctx.installation.db, async (trx) => ({
    value: await work({ ...ctx.service, db: trx }),
  }));
  return value;
}

export const agreementHandlers = {
  'agreements:list': handler('agreements:list', {
    run: (ctx, input) => listAgreements(ctx.service, input),
    audit: { entityType: agreement },
  }),
  'agreements:get': handler('agreements:get', {
    run: (ctx, input) => getAgreement(ctx.service, input.id, input.asOf),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:createFromTemplate': handler('agreements:createFromTemplate', {
    run: (ctx, input) => createFromTemplate(ctx.service, input),
    audit: { entityType: agreement, entityId: (_i, out) => out?.id },
  }),
  'agreements:create': handler('agreements:create', {
    run: (ctx, input) => createAgreement(ctx.service, input.data),
    audit: { entityType: agreement, entityId: (_i, out) => out?.id },
  }),
  'agreements:update': handler('agreements:update', {
    run: (ctx, input) => updateAgreement(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:transition': handler('agreements:transition', {
    run: (ctx, input) => transitionAgreement(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:recordSignature': handler('agreements:recordSignature', {
    run: (ctx, input) => recordSignature(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:revisions': handler('agreements:revisions', {
    run: (ctx, input) => listRevisions(ctx.service, input.id),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:diff': handler('agreements:diff', {
    run: (ctx, input) => diffRevisions(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:recordPayment': handler('agreements:recordPayment', {
    run: (ctx, input) => recordPayment(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.agreementId },
  }),
  'agreements:removePayment': handler('agreements:removePayment', {
    run: (ctx, input) => removePayment(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.agreementId },
  }),
  'agreements:recordMeeting': handler('agreements:recordMeeting', {
    run: (ctx, input) => recordMeeting(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.agreementId },
  }),
  'agreements:removeMeeting': handler('agreements:removeMeeting', {
    transaction: false,
    run: (ctx, input) => erasing(ctx, (service) => removeMeeting(service, input)),
    audit: { entityType: agreement, entityId: (i) => i.agreementId },
  }),
  'agreements:setCompleted': handler('agreements:setCompleted', {
    run: (ctx, input) => setCompleted(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.agreementId },
  }),
  'agreements:saveAmendment': handler('agreements:saveAmendment', {
    run: (ctx, input) => saveAmendment(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:deleteAmendment': handler('agreements:deleteAmendment', {
    transaction: false,
    run: (ctx, input) => erasing(ctx, (service) => deleteAmendment(service, input)),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:transitionAmendment': handler('agreements:transitionAmendment', {
    run: (ctx, input) => transitionAmendment(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:signAmendment': handler('agreements:signAmendment', {
    run: (ctx, input) => signAmendment(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:giveNotice': handler('agreements:giveNotice', {
    run: (ctx, input) => giveNotice(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:withdrawNotice': handler('agreements:withdrawNotice', {
    run: (ctx, input) => withdrawNotice(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:recordExtensionDecision': handler('agreements:recordExtensionDecision', {
    run: (ctx, input) => recordExtensionDecision(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.id },
  }),
  'agreements:exportCalendar': handler('agreements:exportCalendar', {
    run: (ctx, input) => exportCalendar(ctx.service, input),
    audit: { entityType: 'agreementCalendar', entityId: (i) => i.agreementId ?? undefined },
  }),
  'agreements:dashboard': handler('agreements:dashboard', {
    run: (ctx, input) => computeDashboard(ctx.service, input.horizonDays),
    audit: { entityType: agreement },
  }),
  'agreements:generateDocument': handler('agreements:generateDocument', {
    run: (ctx, input) => generateDocument(ctx.service, input),
    audit: { entityType: 'agreementDocument', entityId: (i) => i.id },
  }),
};

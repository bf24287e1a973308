// Printouts are audited as `printout` with the group or enrolment id (the
// cover letter without one: it names several groups); a print with protected
// details revealed is its own channel, so the audit log says so.
import { handler } from '../handler-def';
import type { PrintTarget } from '../../../shared/ipc/printing';
import { print } from '../../printing/print-service';
import { recordNoticeHandedOver } from '../../printing/notice-handover';

const printedEntity = (target: PrintTarget) =>
  target.document === 'roster' || target.document === 'attendanceSheet'
    ? target.groupId
    : target.document === 'handBackLetter'
      ? null
      : target.enrolmentId;

export const printingHandlers = {
  'printing:print': handler('printing:print', {
    run: (ctx, input) => print(ctx.service, input, false),
    audit: { entityType: 'printout', entityId: (i) => printedEntity(i.target) },
  }),
  'printing:printRevealed': handler('printing:printRevealed', {
    run: (ctx, input) => print(ctx.service, input, true),
    audit: { entityType: 'printout', entityId: (i) => printedEntity(i.target) },
  }),
  'printing:noticeHandedOver': handler('printing:noticeHandedOver', {
    run: (ctx, input) => recordNoticeHandedOver(ctx.service, input),
    audit: { entityType: 'enrolment', entityId: (i) => i.enrolmentId },
  }),
};

// Handlers of programmes, groups, enrolments and the feedback log. Every one
// is audited: entity type and id only, never a name or free text.
import { addDays } from '../../../shared/dates';
import { handler } from '../handler-def';
import { recordAttendance } from '../../support-groups/attendance-service';
import { attention, enrolmentsByDistrict, waitingList } from '../../support-groups/enrolment-lists';
import {
  createEnrolment,
  recordChildView,
  recordConsent,
  recordNotice,
  recordPreVisit,
  setFee,
  transitionEnrolment,
} from '../../support-groups/enrolment-service';
import { getEnrolment } from '../../support-groups/enrolment-view';
import { createFeedback, listFeedback, updateFeedback } from '../../support-groups/feedback-service';
import { createGroup, listGroups, saveSessions, updateGroup } from '../../support-groups/group-service';
import { closeGroup } from '../../support-groups/group-closing';
import { getGroup } from '../../support-groups/group-view';
import {
  countProgrammes,
  createProgramme,
  getProgramme,
  listProgrammes,
  updateProgramme,
} from '../../support-groups/programme-service';
import { today } from '../../context/service-context';

/** How far ahead the dashboard looks for children not cleared to start. */
const attentionDays = 14;

export const supportGroupHandlers = {
  'programmes:list': handler('programmes:list', {
    run: (ctx, input) =>
      listProgrammes(ctx.service, input.agreementId, { query: input.query, limit: input.limit }),
    audit: { entityType: 'programme' },
  }),
  // A count of programmes names nothing and no one.
  'programmes:count': handler('programmes:count', {
    run: (ctx) => countProgrammes(ctx.db),
    audit: null,
  }),
  'programmes:get': handler('programmes:get', {
    run: (ctx, input) => getProgramme(ctx.service, input.id),
    audit: { entityType: 'programme', entityId: (i) => i.id },
  }),
  'programmes:create': handler('programmes:create', {
    run: (ctx, input) => createProgramme(ctx.service, input),
    audit: { entityType: 'programme', entityId: (_i, out) => out?.id },
  }),
  'programmes:update': handler('programmes:update', {
    run: (ctx, input) => updateProgramme(ctx.service, input),
    audit: { entityType: 'programme', entityId: (i) => i.id },
  }),

  'supportGroups:list': handler('supportGroups:list', {
    run: (ctx, input) => listGroups(ctx.db, input),
    audit: { entityType: 'supportGroup' },
  }),
  'supportGroups:get': handler('supportGroups:get', {
    run: (ctx, input) => getGroup(ctx.db, input.id),
    audit: { entityType: 'supportGroup', entityId: (i) => i.id },
  }),
  'supportGroups:create': handler('supportGroups:create', {
    run: (ctx, input) => createGroup(ctx.service, input),
    audit: { entityType: 'supportGroup', entityId: (_i, out) => out?.id },
  }),
  'supportGroups:update': handler('supportGroups:update', {
    run: (ctx, input) => updateGroup(ctx.service, input),
    audit: { entityType: 'supportGroup', entityId: (i) => i.id },
  }),
  'supportGroups:saveSessions': handler('supportGroups:saveSessions', {
    run: (ctx, input) => saveSessions(ctx.service, input),
    audit: { entityType: 'supportGroup', entityId: (i) => i.groupId },
  }),
  'supportGroups:close': handler('supportGroups:close', {
    run: (ctx, input) => closeGroup(ctx.service, input),
    audit: { entityType: 'supportGroup', entityId: (i) => i.id },
  }),
  'supportGroups:recordAttendance': handler('supportGroups:recordAttendance', {
    run: (ctx, input) => recordAttendance(ctx.service, input),
    audit: { entityType: 'session', entityId: (i) => i.sessionId },
  }),

  'enrolments:create': handler('enrolments:create', {
    run: (ctx, input) => createEnrolment(ctx.service, input),
    audit: { entityType: 'enrolment', entityId: (_i, out) => out?.id },
  }),
  'enrolments:get': handler('enrolments:get', {
    run: (ctx, input) => getEnrolment(ctx.db, input.id, today(ctx)),
    audit: { entityType: 'enrolment', entityId: (i) => i.id },
  }),
  'enrolments:transition': handler('enrolments:transition', {
    run: (ctx, input) => transitionEnrolment(ctx.service, input),
    audit: { entityType: 'enrolment', entityId: (i) => i.id },
  }),
  'enrolments:recordConsent': handler('enrolments:recordConsent', {
    run: (ctx, input) => recordConsent(ctx.service, input),
    audit: { entityType: 'enrolment', entityId: (i) => i.enrolmentId },
  }),
  'enrolments:recordNotice': handler('enrolments:recordNotice', {
    run: (ctx, input) => recordNotice(ctx.service, input),
    audit: { entityType: 'enrolment', entityId: (i) => i.enrolmentId },
  }),
  'enrolments:recordChildView': handler('enrolments:recordChildView', {
    run: (ctx, input) => recordChildView(ctx.service, input),
    audit: { entityType: 'enrolment', entityId: (i) => i.enrolmentId },
  }),
  'enrolments:recordPreVisit': handler('enrolments:recordPreVisit', {
    run: (ctx, input) => recordPreVisit(ctx.service, input),
    audit: { entityType: 'enrolment', entityId: (i) => i.enrolmentId },
  }),
  'enrolments:setFee': handler('enrolments:setFee', {
    run: (ctx, input) => setFee(ctx.service, input),
    audit: { entityType: 'enrolment', entityId: (i) => i.enrolmentId },
  }),
  'enrolments:waitingList': handler('enrolments:waitingList', {
    run: (ctx, input) => waitingList(ctx.db, input.programmeId, today(ctx)),
    audit: { entityType: 'enrolment' },
  }),
  'enrolments:byDistrict': handler('enrolments:byDistrict', {
    run: (ctx, input) => enrolmentsByDistrict(ctx.db, input),
    audit: { entityType: 'enrolment' },
  }),
  'enrolments:attention': handler('enrolments:attention', {
    run: (ctx) => attention(ctx.db, addDays(today(ctx), attentionDays)),
    audit: { entityType: 'enrolment' },
  }),

  'feedback:list': handler('feedback:list', {
    run: (ctx, input) => listFeedback(ctx.db, input.agreementId),
    audit: { entityType: 'feedback' },
  }),
  'feedback:create': handler('feedback:create', {
    run: (ctx, input) => createFeedback(ctx.service, input),
    audit: { entityType: 'feedback', entityId: (_i, out) => out?.id },
  }),
  'feedback:update': handler('feedback:update', {
    run: (ctx, input) => updateFeedback(ctx.service, input),
    audit: { entityType: 'feedback', entityId: (i) => i.id },
  }),
};

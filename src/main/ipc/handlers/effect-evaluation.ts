// Handlers of effect evaluation. Every one is audited with ids only; the
// answer sheets are personal data, read and written only here. Results are
// aggregates (and suppressed), audited like reports are.
import { handler } from '../handler-def';
import { answersOf, groupAnswers, recordAnswer } from '../../effect-evaluation/answer-service';
import {
  createInstrument,
  getProgrammeInstruments,
  listInstruments,
  setProgrammeInstruments,
} from '../../effect-evaluation/instrument-service';
import { effectResults } from '../../reports/effect-facts';

export const effectHandlers = {
  // An instrument names no one: its items and scales only.
  'effect:instruments': handler('effect:instruments', {
    run: (ctx) => listInstruments(ctx.db),
    audit: null,
  }),
  'effect:createInstrument': handler('effect:createInstrument', {
    run: (ctx, input) => createInstrument(ctx.service, input),
    audit: { entityType: 'effectInstrument', entityId: (_i, out) => out?.id },
  }),
  'effect:programmeInstruments': handler('effect:programmeInstruments', {
    run: (ctx, input) => getProgrammeInstruments(ctx.db, input.programmeId),
    audit: null,
  }),
  'effect:setProgrammeInstruments': handler('effect:setProgrammeInstruments', {
    run: (ctx, input) => setProgrammeInstruments(ctx.service, input),
    audit: { entityType: 'programme', entityId: (i) => i.programmeId },
  }),
  'effect:groupAnswers': handler('effect:groupAnswers', {
    run: (ctx, input) => groupAnswers(ctx.db, input.groupId),
    audit: { entityType: 'supportGroup', entityId: (i) => i.groupId },
  }),
  'effect:answers': handler('effect:answers', {
    run: (ctx, input) => answersOf(ctx.db, input.enrolmentId),
    audit: { entityType: 'enrolment', entityId: (i) => i.enrolmentId },
  }),
  'effect:recordAnswer': handler('effect:recordAnswer', {
    run: (ctx, input) => recordAnswer(ctx.service, input),
    audit: { entityType: 'enrolment', entityId: (i) => i.enrolmentId },
  }),
  'effect:results': handler('effect:results', {
    run: (ctx, input) => effectResults(ctx.service, input),
    audit: { entityType: 'effectResults' },
  }),
};

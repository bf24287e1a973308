// Deficiencies, disputes, repayments and the boards' decisions of an agreement.
import { handler } from '../handler-def';
import { recordDecision } from '../../agreements/decisions/decision-service';
import {
  listDeficiencies,
  recordDeficiency,
  setDeficiencyOutcome,
} from '../../agreements/deficiencies/deficiency-service';
import {
  closeCircumstanceNotice,
  listCircumstanceNotices,
  recordCircumstanceNotice,
} from '../../agreements/deficiencies/circumstance-notice-service';
import { recordDeficiencyStep } from '../../agreements/deficiencies/deficiency-step-service';
import { closeDispute, listDisputes, openDispute } from '../../agreements/disputes/dispute-service';
import {
  listRepayments,
  proposeRepayment,
  recordRepayment,
} from '../../agreements/repayments/repayment-service';

const audit = { entityType: 'agreement', entityId: (i: { agreementId: number }) => i.agreementId };

export const agreementDeficiencyHandlers = {
  'agreements:deficiencies': handler('agreements:deficiencies', {
    run: (ctx, input) => listDeficiencies(ctx.service, input.agreementId),
    audit,
  }),
  'agreements:recordDeficiency': handler('agreements:recordDeficiency', {
    run: (ctx, input) => recordDeficiency(ctx.service, input),
    audit,
  }),
  'agreements:setDeficiencyOutcome': handler('agreements:setDeficiencyOutcome', {
    run: (ctx, input) => setDeficiencyOutcome(ctx.service, input),
    audit,
  }),
  'agreements:disputes': handler('agreements:disputes', {
    run: (ctx, input) => listDisputes(ctx.service, input.agreementId),
    audit,
  }),
  'agreements:openDispute': handler('agreements:openDispute', {
    run: (ctx, input) => openDispute(ctx.service, input),
    audit,
  }),
  'agreements:closeDispute': handler('agreements:closeDispute', {
    run: (ctx, input) => closeDispute(ctx.service, input),
    audit,
  }),
  'agreements:repayments': handler('agreements:repayments', {
    run: (ctx, input) => listRepayments(ctx.service, input.agreementId),
    audit,
  }),
  'agreements:proposeRepayment': handler('agreements:proposeRepayment', {
    run: (ctx, input) => proposeRepayment(ctx.service, input),
    audit,
  }),
  'agreements:recordRepayment': handler('agreements:recordRepayment', {
    run: (ctx, input) => recordRepayment(ctx.service, input),
    audit,
  }),
  'agreements:recordDecision': handler('agreements:recordDecision', {
    run: (ctx, input) => recordDecision(ctx.service, input),
    audit: { entityType: 'agreement', entityId: (i) => i.id },
  }),
};

export const deficiencyProcessHandlers = {
  'agreements:recordDeficiencyStep': handler('agreements:recordDeficiencyStep', {
    run: (ctx, input) => recordDeficiencyStep(ctx.service, input),
    audit,
  }),
  'agreements:circumstanceNotices': handler('agreements:circumstanceNotices', {
    run: (ctx, input) => listCircumstanceNotices(ctx.service, input.agreementId),
    audit,
  }),
  'agreements:recordCircumstanceNotice': handler('agreements:recordCircumstanceNotice', {
    run: (ctx, input) => recordCircumstanceNotice(ctx.service, input),
    audit,
  }),
  'agreements:closeCircumstanceNotice': handler('agreements:closeCircumstanceNotice', {
    run: (ctx, input) => closeCircumstanceNotice(ctx.service, input),
    audit,
  }),
};

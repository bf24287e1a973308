// The payments part of the agreements channels: the yearly funds confirmations.
import { handler } from '../handler-def';
import {
  recordFundsConfirmation,
  removeFundsConfirmation,
} from '../../agreements/funds-confirmations/funds-confirmation-service';

const agreement = 'agreement';

export const agreementPaymentHandlers = {
  'agreements:recordFundsConfirmation': handler('agreements:recordFundsConfirmation', {
    run: (ctx, input) => recordFundsConfirmation(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.agreementId },
  }),
  'agreements:removeFundsConfirmation': handler('agreements:removeFundsConfirmation', {
    run: (ctx, input) => removeFundsConfirmation(ctx.service, input),
    audit: { entityType: agreement, entityId: (i) => i.agreementId },
  }),
};

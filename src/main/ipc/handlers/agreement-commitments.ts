// Commitments followed up: statuses, tick-offs by hand.
import { handler } from '../handler-def';
import {
  commitmentStatuses,
  listTickOffs,
  recordTickOff,
} from '../../agreements/commitments/commitment-service';

const audit = { entityType: 'agreement', entityId: (i: { agreementId: number }) => i.agreementId };

export const commitmentHandlers = {
  'agreements:commitmentStatuses': handler('agreements:commitmentStatuses', {
    run: (ctx, input) => commitmentStatuses(ctx.service, input),
    audit,
  }),
  'agreements:tickOffs': handler('agreements:tickOffs', {
    run: (ctx, input) => listTickOffs(ctx.service, input.agreementId),
    audit,
  }),
  'agreements:recordTickOff': handler('agreements:recordTickOff', {
    run: (ctx, input) => recordTickOff(ctx.service, input),
    audit,
  }),
};

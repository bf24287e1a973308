// Commitments followed up: statuses, tick-offs by hand, and removing one
// recorded by mistake through the one erasure routine (its note may name
// people: secure_delete and the log checkpointed, like other mistakes).
import { handler } from '../handler-def';
import {
  commitmentStatuses,
  listTickOffs,
  recordTickOff,
  removeTickOff,
} from '../../agreements/commitments/commitment-service';
import { eraseAttachmentsOf, runErasure } from '../../erasure/erasure-routine';

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
  'agreements:removeTickOff': handler('agreements:removeTickOff', {
    transaction: false,
    run: async (ctx, input) => {
      // Its files go with it, bytes and all; a refused removal rolls this back too.
      const { value } = await runErasure(ctx.installation.db, async (trx) => {
        await eraseAttachmentsOf(trx, { tickOffIds: [input.tickOffId] });
        return { value: await removeTickOff({ ...ctx.service, db: trx }, input) };
      });
      return value;
    },
    audit,
  }),
};

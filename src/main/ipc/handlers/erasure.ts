// Handlers of the gallring contract. Audit entries name only the groups
// (ids), never a child. Erasure runs outside the router's transaction: it
// commits its own, then checkpoints and truncates the write-ahead log (which
// cannot run inside a transaction).
import { handler } from '../handler-def';
import { generatePassphrase } from '../../backup/passphrase';
import { erase } from '../../erasure/erase-service';
import { erasureOverview, erasureSummary } from '../../erasure/erasure-overview';
import { handBack } from '../../erasure/handback-service';

const groupsId = (ids: readonly number[]) => `groups:${[...ids].sort((a, b) => a - b).join(',')}`;

export const erasureHandlers = {
  'erasure:overview': handler('erasure:overview', {
    run: (ctx, input) => erasureOverview(ctx.service, input),
    audit: { entityType: 'erasure' },
  }),
  'erasure:summary': handler('erasure:summary', {
    run: (ctx) => erasureSummary(ctx.service),
    audit: null,
  }),
  'erasure:suggestPassphrase': handler('erasure:suggestPassphrase', {
    run: async () => ({ passphrase: generatePassphrase() }),
    audit: null,
  }),
  'erasure:handBack': handler('erasure:handBack', {
    run: async (ctx, input) => ({
      packages: await handBack(ctx.service, input),
    }),
    audit: { entityType: 'supportGroup', entityId: (i) => groupsId(i.groupIds) },
  }),
  'erasure:erase': handler('erasure:erase', {
    transaction: false,
    // Erasure opens its own transaction, so it gets the connection itself.
    run: (ctx, input) => erase({ ...ctx.service, db: ctx.installation.db }, input.groupIds),
    audit: { entityType: 'supportGroup', entityId: (i) => groupsId(i.groupIds) },
  }),
};

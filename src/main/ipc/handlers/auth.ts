import { handler } from '../handler-def';
import { openAlerts } from '../../audit/integrity-alerts';

export const authHandlers = {
  'auth:users': handler('auth:users', { run: async (ctx) => ctx.installation.lockScreenUsers(), audit: null }),
  'auth:unlock': handler('auth:unlock', {
    run: (ctx, input) => ctx.installation.unlock(input.username, input.password),
    audit: { entityType: 'user', entityId: (_i, out) => out?.userId },
  }),
  'auth:recover': handler('auth:recover', {
    run: (ctx, input) => ctx.installation.recover(input.username, input.recoveryKey, input.newPassword),
    audit: { entityType: 'user', entityId: (_i, out) => out?.userId },
  }),
  'auth:lock': handler('auth:lock', {
    // Runs outside a transaction: it closes the database. Its audit entry waits for the next unlock.
    transaction: false,
    run: async (ctx) => {
      await ctx.installation.lock();
      return null;
    },
    audit: { entityType: 'user' },
  }),
  'auth:changePassword': handler('auth:changePassword', {
    run: (ctx, input) => ctx.installation.changePassword(ctx.db, input.currentPassword, input.newPassword),
    audit: { entityType: 'user', entityId: (_i, out) => out?.userId },
  }),
  // Not audited: asked on every start screen, and it reads nothing personal.
  'auth:alerts': handler('auth:alerts', { run: (ctx) => openAlerts(ctx.db, ctx.service.user.role), audit: null }),
};


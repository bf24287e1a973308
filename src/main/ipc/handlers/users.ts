import { handler } from '../handler-def';
import { createUser, listUsers, resetPassword, setDisabled } from '../../users/users-service';

export const usersHandlers = {
  'users:list': handler('users:list', { run: (ctx) => listUsers(ctx.service), audit: { entityType: 'user' } }),
  'users:create': handler('users:create', {
    run: (ctx, input) => createUser(ctx.service, ctx.installation, input),
    audit: { entityType: 'user', entityId: (_i, out) => out?.id },
  }),
  'users:resetPassword': handler('users:resetPassword', {
    run: (ctx, input) => resetPassword(ctx.service, ctx.installation, input),
    audit: { entityType: 'user', entityId: (i) => i.userId },
  }),
  'users:setDisabled': handler('users:setDisabled', {
    run: (ctx, input) => setDisabled(ctx.service, ctx.installation, input),
    audit: { entityType: 'user', entityId: (i) => i.userId },
  }),
};

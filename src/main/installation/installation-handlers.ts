import { handler } from '../ipc/handler';

export const installationHandlers = {
  'installation:status': handler('installation:status', {
    run: async (ctx) => ctx.installation.status(),
    audit: null,
  }),
  'installation:setup': handler('installation:setup', {
    run: (ctx, input) => ctx.installation.setup(input),
    audit: { entityType: 'installation' },
  }),
};

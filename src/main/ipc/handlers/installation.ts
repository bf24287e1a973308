import { handler } from '../handler-def';

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

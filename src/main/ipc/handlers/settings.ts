import { handler } from '../handler-def';
import { readSettings, writeSettings } from '../../settings/settings-repository';

export const settingsHandlers = {
  'settings:get': handler('settings:get', { run: (ctx) => readSettings(ctx.db), audit: null }),
  'settings:update': handler('settings:update', {
    run: async (ctx, input) => {
      await writeSettings(ctx.db, input);
      ctx.installation.setIdleLockMinutes(input.idleLockMinutes);
      return readSettings(ctx.db);
    },
    audit: { entityType: 'settings' },
  }),
};

// Handlers of the retention rules. Erasing opens its own transaction and then
// empties the write-ahead log (the erasure routine), so it runs outside the
// router's; its audit entry names the rule only, never a child.
import { handler } from '../handler-def';
import { eraseByRule, retentionSummary } from '../../erasure/retention-rules-service';
import { readRetentionSettings, writeRetentionSettings } from '../../settings/retention-settings';

export const retentionHandlers = {
  'retention:summary': handler('retention:summary', {
    run: (ctx) => retentionSummary(ctx.service),
    audit: null,
  }),
  'retention:erase': handler('retention:erase', {
    transaction: false,
    run: (ctx, input) => eraseByRule({ ...ctx.service, db: ctx.installation.db }, input.rule),
    audit: { entityType: 'retention', entityId: (i) => i.rule },
  }),
  'retention:settings': handler('retention:settings', {
    run: (ctx) => readRetentionSettings(ctx.db),
    audit: null,
  }),
  'retention:updateSettings': handler('retention:updateSettings', {
    run: (ctx, input) => writeRetentionSettings(ctx.db, input),
    audit: { entityType: 'settings', entityId: () => 'retention' },
  }),
};

// Handlers of the attachments contract (issue 14). Audit entries name ids
// only — the record as `kind:id` for a list, the file's id otherwise — never
// a file name, which can hold a person's name. Removing is erasure: it opens
// its own transaction and then empties the log, outside the router's.
import { handler } from '../handler-def';
import {
  addAttachment,
  listAttachments,
  saveAttachmentCopy,
  viewAttachment,
} from '../../attachments/attachment-service';
import { removeAttachment } from '../../erasure/attachment-removal';

export const attachmentHandlers = {
  'attachments:list': handler('attachments:list', {
    run: (ctx, input) => listAttachments(ctx.service, input.record),
    audit: { entityType: 'attachments', entityId: (i) => `${i.record.kind}:${i.record.id}` },
  }),
  'attachments:add': handler('attachments:add', {
    run: (ctx, input) => addAttachment(ctx.service, input),
    audit: { entityType: 'attachment', entityId: (_i, o) => o?.id },
  }),
  'attachments:saveCopy': handler('attachments:saveCopy', {
    run: (ctx, input) => saveAttachmentCopy(ctx.service, input),
    audit: { entityType: 'attachment', entityId: (i) => i.id },
  }),
  'attachments:view': handler('attachments:view', {
    run: (ctx, input) => viewAttachment(ctx.service, input.id),
    audit: { entityType: 'attachment', entityId: (i) => i.id },
  }),
  'attachments:remove': handler('attachments:remove', {
    transaction: false,
    run: async (ctx, input) => {
      const { removed } = await removeAttachment({ ...ctx.service, db: ctx.installation.db }, input);
      return { removed };
    },
    audit: { entityType: 'attachment', entityId: (i) => i.id },
  }),
};

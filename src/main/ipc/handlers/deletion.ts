// Handlers of the deletion contract. Each deletion opens its own transaction
// and then empties the write-ahead log (the erasure routine), so it runs
// outside the router's transaction. Audit entries name the entity's id only.
import { handler } from '../handler-def';
import { deleteChildByMistake, deleteDraftAgreement, deleteUnusedOrganisation } from '../../erasure/deletion-service';

export const deletionHandlers = {
  'children:deleteMistake': handler('children:deleteMistake', {
    transaction: false,
    run: (ctx, input) => deleteChildByMistake({ ...ctx.service, db: ctx.installation.db }, input),
    audit: { entityType: 'child', entityId: (i) => i.id },
  }),
  'agreements:deleteDraft': handler('agreements:deleteDraft', {
    transaction: false,
    run: (ctx, input) => deleteDraftAgreement({ ...ctx.service, db: ctx.installation.db }, input),
    audit: { entityType: 'agreement', entityId: (i) => i.id },
  }),
  'organisations:delete': handler('organisations:delete', {
    transaction: false,
    run: (ctx, input) => deleteUnusedOrganisation({ ...ctx.service, db: ctx.installation.db }, input),
    audit: { entityType: 'organisation', entityId: (i) => i.id },
  }),
};

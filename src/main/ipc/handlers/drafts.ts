// Handlers of form drafts. Every call is audited with entity type `draft` and
// the form and record only (`child:12`, `group:new`), never the contents.
import { handler } from '../handler-def';
import { discardDraft, getDraft, listOwnDrafts, saveDraft } from '../../drafts/draft-service';

const entityId = (i: { form: string; recordId: number | null }) => `${i.form}:${i.recordId ?? 'new'}`;

export const draftHandlers = {
  'drafts:save': handler('drafts:save', {
    run: (ctx, input) => saveDraft(ctx.service, input),
    audit: { entityType: 'draft', entityId },
  }),
  'drafts:get': handler('drafts:get', {
    run: (ctx, input) => getDraft(ctx.service, input),
    audit: { entityType: 'draft', entityId },
  }),
  'drafts:list': handler('drafts:list', {
    run: (ctx) => listOwnDrafts(ctx.service),
    audit: { entityType: 'draft' },
  }),
  'drafts:discard': handler('drafts:discard', {
    run: (ctx, input) => discardDraft(ctx.service, input),
    audit: { entityType: 'draft', entityId },
  }),
};

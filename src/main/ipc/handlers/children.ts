// Every children channel is audited with entity type `child` and the child's
// id only (never a name or number); lists are audited without an id.
import { handler } from '../handler-def';
import {
  addConcernReport,
  createChild,
  getChild,
  liftProtection,
  listChildren,
  listDistricts,
  revealChild,
  updateChild,
} from '../../children/child-service';

export const childHandlers = {
  'children:list': handler('children:list', {
    run: (ctx, input) => listChildren(ctx.db, input),
    audit: { entityType: 'child' },
  }),
  'children:districts': handler('children:districts', {
    run: (ctx) => listDistricts(ctx.db),
    audit: null,
  }),
  'children:get': handler('children:get', {
    run: (ctx, input) => getChild(ctx.service, input.id),
    audit: { entityType: 'child', entityId: (i) => i.id },
  }),
  'children:create': handler('children:create', {
    run: (ctx, input) => createChild(ctx.service, input),
    audit: { entityType: 'child', entityId: (_i, out) => out?.id },
  }),
  'children:update': handler('children:update', {
    run: (ctx, input) => updateChild(ctx.service, input),
    audit: { entityType: 'child', entityId: (i) => i.id },
  }),
  'children:liftProtection': handler('children:liftProtection', {
    run: (ctx, input) => liftProtection(ctx.service, input),
    audit: { entityType: 'child', entityId: (i) => i.id },
  }),
  'children:reveal': handler('children:reveal', {
    run: (ctx, input) => revealChild(ctx.db, input.id),
    audit: { entityType: 'child', entityId: (i) => i.id },
  }),
  'children:addConcernReport': handler('children:addConcernReport', {
    run: (ctx, input) => addConcernReport(ctx.service, input),
    audit: { entityType: 'child', entityId: (i) => i.childId },
  }),
};

// Every children channel is audited with entity type `child` and the child's
// id only (never a name or number); lists are audited without an id.
import { handler } from '../ipc/handler';
import { serviceContext } from '../support-groups/service-context';
import {
  addConcernReport,
  createChild,
  getChild,
  liftProtection,
  listChildren,
  listDistricts,
  revealChild,
  updateChild,
} from './child-service';

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
    run: (ctx, input) => getChild(ctx, input.id),
    audit: { entityType: 'child', entityId: (i) => i.id },
  }),
  'children:create': handler('children:create', {
    run: (ctx, input) => createChild(serviceContext(ctx), input),
    audit: { entityType: 'child', entityId: (_i, out) => out?.id },
  }),
  'children:update': handler('children:update', {
    run: (ctx, input) => updateChild(serviceContext(ctx), input),
    audit: { entityType: 'child', entityId: (i) => i.id },
  }),
  'children:liftProtection': handler('children:liftProtection', {
    run: (ctx, input) => liftProtection(serviceContext(ctx), input),
    audit: { entityType: 'child', entityId: (i) => i.id },
  }),
  'children:reveal': handler('children:reveal', {
    run: (ctx, input) => revealChild(ctx.db, input.id),
    audit: { entityType: 'child', entityId: (i) => i.id },
  }),
  'children:addConcernReport': handler('children:addConcernReport', {
    run: (ctx, input) => addConcernReport(serviceContext(ctx), input),
    audit: { entityType: 'child', entityId: (i) => i.childId },
  }),
};

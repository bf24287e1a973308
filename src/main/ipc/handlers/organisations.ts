import { handler, sessionOf, type HandlerContext } from '../handler-def';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from '../../organisations/organisation-service';

const serviceContext = (ctx: HandlerContext) => ({ db: ctx.db, clock: ctx.clock, userId: sessionOf(ctx).userId });

export const organisationHandlers = {
  'organisations:list': handler('organisations:list', {
    run: (ctx, input) => listOrganisations(ctx.db, input.query),
    audit: { entityType: 'organisation' },
  }),
  'organisations:get': handler('organisations:get', {
    run: (ctx, input) => getOrganisation(ctx.db, input.id),
    audit: { entityType: 'organisation', entityId: (i) => i.id },
  }),
  'organisations:create': handler('organisations:create', {
    run: (ctx, input) => createOrganisation(serviceContext(ctx), input),
    audit: { entityType: 'organisation', entityId: (_i, out) => out?.id },
  }),
  'organisations:update': handler('organisations:update', {
    run: (ctx, input) => updateOrganisation(serviceContext(ctx), input),
    audit: { entityType: 'organisation', entityId: (i) => i.id },
  }),
};

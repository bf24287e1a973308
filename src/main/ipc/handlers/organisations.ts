import { handler } from '../handler-def';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from '../../organisations/organisation-service';

export const organisationHandlers = {
  'organisations:list': handler('organisations:list', {
    run: (ctx, input) => listOrganisations(ctx.db, input.query, { limit: input.limit, kinds: input.kinds }),
    audit: { entityType: 'organisation' },
  }),
  'organisations:get': handler('organisations:get', {
    run: (ctx, input) => getOrganisation(ctx.db, input.id),
    audit: { entityType: 'organisation', entityId: (i) => i.id },
  }),
  'organisations:create': handler('organisations:create', {
    run: (ctx, input) => createOrganisation(ctx.service, input),
    audit: { entityType: 'organisation', entityId: (_i, out) => out?.id },
  }),
  'organisations:update': handler('organisations:update', {
    run: (ctx, input) => updateOrganisation(ctx.service, input),
    audit: { entityType: 'organisation', entityId: (i) => i.id },
  }),
};

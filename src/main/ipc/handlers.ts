// Every channel's handler, assembled from the domains. The type makes a
// missing or extra channel a compile error.
import { auditHandlers } from '../audit/audit-handlers';
import { authHandlers } from '../auth/auth-handlers';
import { fileHandlers } from '../files/file-handlers';
import { installationHandlers } from '../installation/installation-handlers';
import { organisationHandlers } from '../organisations/organisation-handlers';
import { settingsHandlers } from '../settings/settings-handlers';
import { usersHandlers } from '../users/users-handlers';
import type { Handlers } from './handler';

export const handlers: Handlers = {
  ...installationHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...organisationHandlers,
  ...auditHandlers,
  ...fileHandlers,
};

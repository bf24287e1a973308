// Every channel's handler, assembled from the domains. The type makes a
// missing or extra channel a compile error.
import { agreementHandlers } from '../agreements/agreement-handlers';
import { auditHandlers } from '../audit/audit-handlers';
import { authHandlers } from '../auth/auth-handlers';
import { backupHandlers } from '../backup/backup-handlers';
import { fileHandlers } from '../files/file-handlers';
import { installationHandlers } from '../installation/installation-handlers';
import { organisationHandlers } from '../organisations/organisation-handlers';
import { reportHandlers } from '../reports/report-handlers';
import { erasureHandlers } from '../erasure/erasure-handlers';
import { settingsHandlers } from '../settings/settings-handlers';
import { childHandlers } from '../children/child-handlers';
import { supportGroupHandlers } from '../support-groups/support-group-handlers';
import { usersHandlers } from '../users/users-handlers';
import type { Handlers } from './handler';

export const handlers: Handlers = {
  ...installationHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...organisationHandlers,
  ...childHandlers,
  ...supportGroupHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...agreementHandlers,
  ...fileHandlers,
  ...reportHandlers,
  ...erasureHandlers,
};

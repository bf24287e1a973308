// Every channel's handler, assembled from the domains. The type makes a
// missing or extra channel a compile error.
import { agreementDeficiencyHandlers, deficiencyProcessHandlers } from './agreement-deficiencies';
import { agreementHandlers } from './agreements';
import { commitmentHandlers } from './agreement-commitments';
import { agreementPaymentHandlers } from './agreement-payments';
import { attachmentHandlers } from './attachments';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { backupHandlers } from './backup';
import { fileHandlers } from './files';
import { importHandlers } from './import';
import { installationHandlers } from './installation';
import { organisationHandlers } from './organisations';
import { reportHandlers } from './reports';
import { erasureHandlers } from './erasure';
import { exchangeHandlers } from './exchange';
import { deletionHandlers } from './deletion';
import { draftHandlers } from './drafts';
import { retentionHandlers } from './retention';
import { settingsHandlers } from './settings';
import { childHandlers } from './children';
import { supportGroupHandlers } from './support-groups';
import { effectHandlers } from './effect-evaluation';
import { usersHandlers } from './users';
import { printingHandlers } from './printing';
import type { Handlers } from '../handler-def';

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
  ...agreementPaymentHandlers,
  ...agreementDeficiencyHandlers,
  ...deficiencyProcessHandlers,
  ...commitmentHandlers,
  ...fileHandlers,
  ...reportHandlers,
  ...erasureHandlers,
  ...deletionHandlers,
  ...draftHandlers,
  ...retentionHandlers,
  ...printingHandlers,
  ...importHandlers,
  ...effectHandlers,
  ...attachmentHandlers,
  ...exchangeHandlers,
};

// Migrations served from code (static imports), so they survive bundling.
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-agreements';
import * as m0003 from './0003-support-groups';
import * as m0004 from './0004-reports';
import * as m0005 from './0005-protection-changes';
import * as m0006 from './0006-attendance-totals';
import * as m0007 from './0007-audit-channel-index';
import * as m0008 from './0008-living-agreements';
import * as m0009 from './0009-payment-rounding-funds';
import * as m0010 from './0010-deficiencies';
import * as m0011 from './0011-programme-organisation';
import * as m0012 from './0012-who-consents';
import * as m0013 from './0013-deletion-runs';
import * as m0014 from './0014-deficiency-process';
import * as m0015 from './0015-form-drafts';
import * as m0016 from './0016-structured-commitments';
import * as m0017 from './0017-effect-evaluation';
import * as m0018 from './0018-attachments';
import * as m0019 from './0019-exchange';
import * as m0020 from './0020-effect-group-sums';
import * as m0021 from './0021-calendar-stamps';
import * as m0022 from './0022-exchange-package-children';
import * as m0023 from './0023-tick-off-attachments';
import * as m0024 from './0024-deficiency-commitment-key';

export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-agreements': m0002,
  '0003-support-groups': m0003,
  '0004-reports': m0004,
  '0005-protection-changes': m0005,
  '0006-attendance-totals': m0006,
  '0007-audit-channel-index': m0007,
  '0008-living-agreements': m0008,
  '0009-payment-rounding-funds': m0009,
  '0010-deficiencies': m0010,
  '0011-programme-organisation': m0011,
  '0012-who-consents': m0012,
  '0013-deletion-runs': m0013,
  '0014-deficiency-process': m0014,
  '0015-form-drafts': m0015,
  '0016-structured-commitments': m0016,
  '0017-effect-evaluation': m0017,
  '0018-attachments': m0018,
  '0019-exchange': m0019,
  '0020-effect-group-sums': m0020,
  '0021-calendar-stamps': m0021,
  '0022-exchange-package-children': m0022,
  '0023-tick-off-attachments': m0023,
  '0024-deficiency-commitment-key': m0024,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

export const latestMigration = Object.keys(migrations).sort().at(-1) ?? '';

// Fills an installation with demo data for trying the app, screenshots and
// benchmarks: the installation itself (when missing), demo users of every role
// and invented organisations. Later domains add their own seed step here.
import type { App } from '../app/create-app';
import { importOrganisations } from '../organisations/organisation-import';
import { inventedOrganisations } from './seed-organisations';
import { seedRandom } from './seed-random';
import { existingOrgNumbers } from './seed-repository';
import { seedUsers } from './seed-users';
import { seedSupportGroups, supportGroupScales, type SupportGroupScale, type SupportGroupSeedSummary } from './seed-support-groups';

const isSupportGroupScale = (scale: string): scale is SupportGroupScale => Object.hasOwn(supportGroupScales, scale);

export const seedScales = {
  small: { organisations: 25 },
  medium: { organisations: 500 },
  large: { organisations: 5000 },
  // Support groups (issue 4): a municipality, and a municipality times ten.
  municipality: { organisations: 500 },
  x10: { organisations: 5000 },
} as const;
export type SeedScale = keyof typeof seedScales;

export const demoOrganisationName = 'Exempelstadens socialförvaltning';
export const demoAdmin = { username: 'admin', displayName: 'Ada Administratör' } as const;

export interface SeedSummary {
  createdInstallation: boolean;
  recoveryKey: string | null;
  users: number;
  organisations: number;
  supportGroups: SupportGroupSeedSummary | null;
}

/**
 * Seeds `app`. A missing installation is created with the demo admin; an
 * existing one must be unlocked by an administrator. Every demo user gets
 * `password`. Organisations already present (same number) are left alone.
 */
export async function seed(
  app: App,
  options: { scale: SeedScale; password: string; seed?: number; onProgress?: (text: string) => void },
): Promise<SeedSummary> {
  const { installation } = app;
  let recoveryKey: string | null = null;
  if (installation.state === 'uninitialised') {
    const result = await installation.setup({ organisationName: demoOrganisationName, admin: { ...demoAdmin, password: options.password } });
    recoveryKey = result.recoveryKey;
  }
  const session = installation.session;
  if (!session || session.role !== 'admin') throw new Error('seeding needs an administrator signed in');
  const random = seedRandom(options.seed ?? 20260302);
  const now = installation.clock.now().toISOString();
  const users = await seedUsers(installation, installation.db, now, options.password);
  const wanted = inventedOrganisations(seedScales[options.scale].organisations, random);
  const existing = await existingOrgNumbers(installation.db);
  const fresh = wanted.filter((o) => !existing.has(o.orgNumber));
  const organisations = await installation.db
    .transaction()
    .execute((trx) => importOrganisations({ db: trx, clock: installation.clock, userId: session.userId }, fresh));
  const supportGroups = isSupportGroupScale(options.scale)
    ? await seedSupportGroups(installation, {
        scale: options.scale,
        random,
        userId: session.userId,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      })
    : null;
  return { createdInstallation: recoveryKey !== null, recoveryKey, users, organisations, supportGroups };
}

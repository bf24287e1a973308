// Agreements for the synthetic support groups, created through the
// agreements domain's own template service (so its invariants, search index
// and revisions hold): one municipality and one non-profit per agreement,
// starting in different years.
import { createFromTemplate } from '../agreements/agreement-service';
import type { Installation } from '../app/installation';
import type { DbOrTrx } from '../db/schema/database';
import type { SeedRandom } from './seed-random';
import { organisationKinds } from './seed-repository';

export async function seedAgreements(
  installation: Installation,
  db: DbOrTrx,
  options: {
    count: number;
    today: string;
    yearsBack: number;
    random: SeedRandom;
    userId: number;
    onProgress: (text: string) => void;
  },
): Promise<number[]> {
  const organisations = await organisationKinds(db);
  const municipalities = organisations.filter((o) => o.kind === 'municipality').map((o) => o.id);
  const nonprofits = organisations.filter((o) => o.kind === 'nonprofit').map((o) => o.id);
  if (municipalities.length === 0 || nonprofits.length === 0)
    throw new Error('seeding agreements needs municipalities and non-profits');
  const thisYear = Number(options.today.slice(0, 4));
  const ctx = { db, clock: installation.clock, userId: options.userId, role: 'admin' as const };
  const ids: number[] = [];
  for (let i = 0; i < options.count; i++) {
    const startYear = thisYear - options.yearsBack + 1 + (i % options.yearsBack) - 1;
    const agreement = await createFromTemplate(ctx, {
      templateKey: 'supportGroups',
      registrationNumber: `SEED-${startYear}/${String(i + 1).padStart(4, '0')}`,
      title: '',
      start: `${startYear}-01-01`,
      slots: {
        municipality: [options.random.pick(municipalities)],
        organisation: [options.random.pick(nonprofits)],
      },
    });
    ids.push(agreement.id);
    if ((i + 1) % 250 === 0) options.onProgress(`  överenskommelser: ${i + 1} av ${options.count}`);
  }
  return ids;
}

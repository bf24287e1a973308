// Agreements for the synthetic support groups, created through the
// agreements domain's own template service (so its invariants, search index
// and revisions hold): one municipality and one non-profit per agreement,
// starting in different years. Their groups fall inside their period.
import { createFromTemplate } from '../agreements/agreement-service';
import type { Installation } from '../installation/installation';
import type { SeedRandom } from './seed-random';
import { organisationKinds } from './seed-repository';
import type { WriteDb } from '../db/handles';

/** A seeded agreement: its period bounds its groups; its one non-profit party runs its programmes. */
export interface SeedAgreement {
  id: number;
  start: string;
  end: string;
  organisationId: number;
}

export async function seedAgreements(
  installation: Installation,
  db: WriteDb,
  options: {
    count: number;
    today: string;
    yearsBack: number;
    random: SeedRandom;
    userId: number;
    onProgress: (text: string) => void;
  },
): Promise<SeedAgreement[]> {
  const organisations = await organisationKinds(db);
  const municipalities = organisations.filter((o) => o.kind === 'municipality').map((o) => o.id);
  const nonprofits = organisations.filter((o) => o.kind === 'nonprofit').map((o) => o.id);
  if (municipalities.length === 0 || nonprofits.length === 0)
    throw new Error('seeding agreements needs municipalities and non-profits');
  const thisYear = Number(options.today.slice(0, 4));
  const ctx = { db, clock: installation.clock, user: { id: options.userId, role: 'admin' as const } };
  const seeded: SeedAgreement[] = [];
  for (let i = 0; i < options.count; i++) {
    // Two-year agreements starting in each year of the history, the last this year, so every
    // year's groups (this year's running and planned ones too) have an agreement in force.
    const startYear = thisYear - options.yearsBack + 1 + (i % options.yearsBack);
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
    seeded.push({
      id: agreement.id,
      start: agreement.data.period.start,
      end: agreement.data.period.end,
      organisationId: agreement.data.parties.find((p) => p.role === 'nonprofit')!.organisationId,
    });
    if ((i + 1) % 250 === 0) options.onProgress(`  överenskommelser: ${i + 1} av ${options.count}`);
  }
  return seeded;
}

// Seeds the support-group domain: agreements (through the agreements
// service), programmes, children with guardians, groups in every status over
// several years, enrolments, consents in every state, attendance, fees,
// concern reports and feedback. Bulk rows go through the batched insert path
// inside transactions, so the x10 scale (about 200 000 children, 400 000
// enrolments and 3 000 000 attendance rows) finishes in minutes.
import { addDays, swedishDay } from '../../shared/dates';
import { setExtraIncomeCount } from '../agreements/extra-income';
import type { Installation } from '../installation/installation';
import { anyProgramme, childIdentityNumbers, insertBatched, nextId } from './seed-repository';
import { TestNumberAllocator } from './identity-numbers';
import { districts } from './people';
import { seedAgreements } from './seed-agreements';
import { makeChildren, type SeedChild } from './seed-children';
import { ChildPool } from './seed-child-pool';
import {
  emptyBatch,
  planGroup,
  planWaiting,
  type GroupBatch,
  type Ids,
  type SeedGroupOptions,
} from './seed-groups';
import { planProgrammes } from './seed-programmes';
import type { SeedRandom } from './seed-random';

export const supportGroupScales = {
  small: { agreements: 3, children: 150, yearsBack: 3 },
  municipality: { agreements: 200, children: 20_000, yearsBack: 5 },
  x10: { agreements: 2_000, children: 200_000, yearsBack: 5 },
} as const;
export type SupportGroupScale = keyof typeof supportGroupScales;

export interface SupportGroupSeedSummary {
  skipped: boolean;
  agreements: number;
  programmes: number;
  children: number;
  groups: number;
  enrolments: number;
  attendance: number;
}

const childChunk = 10_000;
const flushEnrolments = 20_000;

export async function seedSupportGroups(
  installation: Installation,
  options: {
    scale: SupportGroupScale;
    random: SeedRandom;
    userId: number;
    onProgress?: (text: string) => void;
  },
): Promise<SupportGroupSeedSummary> {
  const db = installation.db;
  const progress = options.onProgress ?? (() => {});
  const scale = supportGroupScales[options.scale];
  const random = options.random;
  const now = installation.clock.now().toISOString();
  const today = swedishDay(installation.clock.now());
  const summary: SupportGroupSeedSummary = {
    skipped: false,
    agreements: 0,
    programmes: 0,
    children: 0,
    groups: 0,
    enrolments: 0,
    attendance: 0,
  };
  if (await anyProgramme(db)) return { ...summary, skipped: true };
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

  progress(`Överenskommelser (${scale.agreements}) …`);
  const agreements = await db.transaction().execute((trx) =>
    seedAgreements(installation, trx, {
      count: scale.agreements,
      today,
      yearsBack: scale.yearsBack,
      random,
      userId: options.userId,
      onProgress: progress,
    }),
  );
  summary.agreements = agreements.length;
  const agreementIds = agreements.map((a) => a.id);

  const groupsPerProgrammeYear = Math.max(
    2,
    Math.round((scale.children * 0.34) / (scale.agreements * 1.2 * (scale.yearsBack + 0.5))),
  );
  const programmes = planProgrammes(
    agreements,
    await nextId(db, 'programme'),
    groupsPerProgrammeYear,
    random,
    now,
  );
  await db.transaction().execute((trx) =>
    insertBatched(
      trx,
      'programme',
      programmes.map((p) => p.row),
    ),
  );
  summary.programmes = programmes.length;
  progress(`Insatser: ${programmes.length} (${elapsed()})`);

  // Children, in chunks, each chunk in its own transaction.
  const numbers = new TestNumberAllocator();
  numbers.reserve(await childIdentityNumbers(db));
  let childId = await nextId(db, 'child');
  let guardianId = await nextId(db, 'guardian');
  const children: SeedChild[] = [];
  for (let done = 0; done < scale.children; done += childChunk) {
    const chunk = makeChildren(Math.min(childChunk, scale.children - done), childId, guardianId, {
      today,
      yearsBack: scale.yearsBack,
      random,
      numbers,
      now,
    });
    childId += chunk.length;
    guardianId += chunk.reduce((n, c) => n + c.guardians.length, 0);
    await db.transaction().execute(async (trx) => {
      await insertBatched(
        trx,
        'child',
        chunk.map((c) => c.row),
      );
      await insertBatched(
        trx,
        'guardian',
        chunk.flatMap((c) => c.guardians),
      );
      await insertBatched(
        trx,
        'child_search_token',
        chunk.flatMap((c) => c.tokens.map((token) => ({ token, child_id: c.id }))),
      );
    });
    // Keep only what enrolment planning needs.
    for (const c of chunk) children.push({ ...c, row: {} as SeedChild['row'], guardians: [], tokens: [] });
    progress(`Barn: ${done + chunk.length} av ${scale.children} (${elapsed()})`);
  }
  summary.children = children.length;

  // Groups with sessions, enrolments, consents and attendance, flushed in batches.
  const pool = new ChildPool(children);
  const ids: Ids = {
    group: await nextId(db, 'support_group'),
    session: await nextId(db, 'group_session'),
    enrolment: await nextId(db, 'enrolment'),
    consent: await nextId(db, 'consent'),
  };
  const groupOptions: SeedGroupOptions = {
    random,
    today,
    now,
    userId: options.userId,
    active: new Set(),
    // The small demo set is tiny: make sure a paused enrolment is among it.
    withdrawalRate: options.scale === 'small' ? 0.25 : 0.03,
    pausedWanted: options.scale === 'small' ? 1 : 0,
  };
  const extraIncome: GroupBatch['extraIncome'] = new Map();
  let batch: GroupBatch = { ...emptyBatch(), extraIncome };
  const flush = async () => {
    const current = batch;
    batch = { ...emptyBatch(), extraIncome };
    await db.transaction().execute(async (trx) => {
      await insertBatched(trx, 'support_group', current.groups);
      await insertBatched(trx, 'group_session', current.sessions);
      await insertBatched(trx, 'enrolment', current.enrolments);
      await insertBatched(trx, 'consent', current.consents);
      await insertBatched(trx, 'attendance', current.attendance);
    });
    summary.groups += current.groups.length;
    summary.enrolments += current.enrolments.length;
    summary.attendance += current.attendance.length;
    progress(
      `Grupper: ${summary.groups}, deltaganden: ${summary.enrolments}, närvarorader: ${summary.attendance} (${elapsed()})`,
    );
  };
  const thisYear = Number(today.slice(0, 4));
  const firstYear = thisYear - scale.yearsBack + 1;
  for (const programme of programmes) {
    for (let year = firstYear; year <= thisYear; year++) {
      for (let k = 0; k < programme.groupsPerYear; k++) {
        const offset = Math.floor(((k + random.next()) * 365) / programme.groupsPerYear);
        planGroup(batch, ids, programme, addDays(`${year}-01-10`, Math.min(offset, 340)), pool, groupOptions);
      }
    }
    planWaiting(batch, ids, programme, pool, 2 + random.int(4), groupOptions);
    if (batch.enrolments.length >= flushEnrolments) await flush();
  }
  await flush();

  await db.transaction().execute(async (trx) => {
    for (const [agreementId, years] of extraIncome) {
      for (const [year, set] of years) {
        await setExtraIncomeCount(trx, {
          agreementId,
          year,
          source: 'supportGroups',
          children: set.size,
          at: now,
        });
      }
    }
    const reports = children
      .filter(() => random.next() < 0.015)
      .map((c) => ({
        child_id: c.id,
        reported_on: addDays(today, -random.int(365 * scale.yearsBack)),
        social_services: `Socialtjänsten, ${random.pick(districts)}`,
        reported_by: 'Gruppledaren',
        recorded_by_user_id: options.userId,
        recorded_at: now,
      }));
    await insertBatched(trx, 'concern_report', reports);
    const feedback = agreementIds.flatMap((agreementId) =>
      Array.from({ length: options.scale === 'small' ? 4 : 1 }, () => {
        const receivedOn = addDays(today, -random.int(365 * scale.yearsBack));
        const closed = random.next() < 0.7;
        return {
          agreement_id: agreementId,
          programme_id: null,
          received_on: receivedOn,
          channel: random.pick(['conversation', 'phone', 'email', 'letter', 'form', 'other'] as const),
          category: random.pick(['praise', 'suggestion', 'complaint', 'question'] as const),
          summary: random.pick([
            'Ett familjehem uppskattade att gruppledarna ringde efter varje träff.',
            'Önskemål om träffar tidigare på eftermiddagen.',
            'Informationen före start kom för sent till familjehemmet.',
            'Fråga om resor till och från träffarna.',
          ]),
          response: closed ? 'Besvarat och diskuterat i samverkansgruppen.' : '',
          closed: (closed ? 1 : 0) as 0 | 1,
          closed_on: closed ? receivedOn : null,
          version: 1,
          created_at: now,
          updated_at: now,
        };
      }),
    );
    await insertBatched(trx, 'feedback', feedback);
  });
  progress(`Klart på ${elapsed()}.`);
  return summary;
}

// Partner exchange (issue 15): make and open a package of 1,000 referrals
// between two real installations, through the router as a user would.
// Targets: make ≤ 2 s, open (verify + preview) ≤ 2 s; the import is shown too.
// Printed, never asserted.
//
//   npx tsx bench/exchange.ts [--referrals 1000] [--samples 3]
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { mkdtempSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createAgreement, childInput, programmeInput } from '../test/support/support-groups/fixtures';
import { as, exchangePair } from '../test/support/exchange';
import { fmtBytes, fmtMs, recordFigure } from './support/figures';

const { values } = parseArgs({ options: { referrals: { type: 'string', default: '1000' }, samples: { type: 'string', default: '3' } } });
const count = Number(values.referrals);
const samples = Number(values.samples);
const programme = 'Stödgrupp för familjehemsplacerade barn';

const pair = await exchangePair();
try {
  await as(pair.org, 'coordinator');
  await pair.org.must('programmes:create', programmeInput(await createAgreement(pair.org), { ageMin: 0, ageMax: 25 }));
  await as(pair.district, 'caseworker');
  const referrals = [];
  for (let i = 0; i < count; i++) {
    // Half under SoL with both custodians' consent, half under LVU; every tenth protected.
    const lvu = i % 2 === 1;
    const child = await pair.district.must(
      'children:create',
      childInput({
        name: `Barn ${i} Benchsson`,
        identityKind: 'none',
        identityNumber: '',
        birthYear: 2010 + (i % 8),
        placementBasis: lvu ? 'LVU' : 'SoL',
        protectedIdentity: i % 10 === 0,
      }),
    );
    const consents = lvu
      ? []
      : child.guardians.flatMap((g) =>
          (['participation', 'dataSharing'] as const).map((scope) => ({
            guardianId: g.id,
            scope,
            decision: 'given' as const,
            decidedOn: '2026-02-20',
            method: 'written' as const,
          })),
        );
    referrals.push({ childId: child.id, programme, consents });
  }

  const make: number[] = [];
  const open: number[] = [];
  const imported: number[] = [];
  let bytes = 0;
  for (let s = 0; s < samples; s++) {
    await as(pair.district, 'caseworker');
    const folder = mkdtempSync(join(pair.folder, `bench-${s}-`));
    let t = performance.now();
    const made = await pair.district.must('exchange:makeReferral', { partnerId: pair.orgAtDistrict, folder, referrals });
    make.push(performance.now() - t);
    bytes = statSync(made.path).size;
    await as(pair.org, 'coordinator');
    t = performance.now();
    const preview = await pair.org.must('exchange:open', { path: made.path });
    open.push(performance.now() - t);
    if (preview.items.filter((i) => i.action === 'createChild' || i.action === 'updateChild').length !== count) throw new Error('preview is short');
    t = performance.now();
    await pair.org.must('exchange:import', { path: made.path, confirmed: true });
    imported.push(performance.now() - t);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rows: [string, string, number, number | null][] = [
    ['exchange.make', `make a package of ${count} referrals`, median(make), 2000],
    ['exchange.open', `open it (decrypt, verify, preview)`, median(open), 2000],
    ['exchange.import', `import it (first time creates, later updates)`, median(imported), null],
  ];
  console.log(`Partner exchange, ${count} referrals, package ${fmtBytes(bytes)}, median of ${samples}`);
  for (const [key, label, ms, target] of rows) {
    const ok = target === null ? null : ms <= target;
    console.log(`  ${label.padEnd(50)} ${fmtMs(ms).padStart(10)}  ${target === null ? '' : `target ≤ ${target} ms ${ok ? 'OK' : 'MISSED'}`}`);
    recordFigure({ key, label, value: fmtMs(ms), target: target === null ? '' : `≤ ${target} ms`, ok });
  }
  console.log(`  each sample: make ${make.map(fmtMs).join(', ')}; open ${open.map(fmtMs).join(', ')}; import ${imported.map(fmtMs).join(', ')}`);
} finally {
  await pair.dispose();
}

// Issue 15: a package opens without the app. Debian's `age` decrypts it with
// the recipient's identity (written by `exchange key export`), and the
// signature checks with the procedure README.md documents — the
// test runs that very block. Also the command line: open, import after "ja",
// and the documented exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAgreement, childInput, programmeInput } from '../support/support-groups/fixtures';
import { as, exchangePair, type ExchangePair } from '../support/exchange';
import { adminPassword } from '../support/temp-app';
import { passwordOf } from '../support/users';

const cli = join(process.cwd(), 'src', 'main', 'cli', 'index.ts');
const run = (args: string[], stdin = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { input: stdin, encoding: 'utf8', timeout: 60_000 });

let pair: ExchangePair;
let work: string;
let referral: string;
let districtCard: string;
let agreementId: number;

beforeAll(async () => {
  pair = await exchangePair();
  work = mkdtempSync(join(pair.folder, 'work-'));
  await as(pair.org, 'coordinator');
  agreementId = await createAgreement(pair.org);
  await pair.org.must('programmes:create', programmeInput(agreementId));
  await as(pair.district, 'caseworker');
  const child = await pair.district.must(
    'children:create',
    childInput({ placementBasis: 'LVU', identityKind: 'none', identityNumber: '', birthYear: 2014 }),
  );
  // The command line runs on the real clock: the package must not have expired by then.
  pair.district.clock.set(new Date());
  referral = (
    await pair.district.must('exchange:makeReferral', {
      partnerId: pair.orgAtDistrict,
      folder: work,
      referrals: [{ childId: child.id, programme: 'Stödgrupp för familjehemsplacerade barn', consents: [] }],
    })
  ).path;
  // The district's card as the organisation imported it (exchangePair saved it under card-*).
  const cardDirs = readdirSync(pair.folder).filter((n) => n.startsWith('card-'));
  districtCard = cardDirs
    .map((d) => join(pair.folder, d, readdirSync(join(pair.folder, d))[0]!))
    .find((p) => readFileSync(p, 'utf8').includes('Malmö stad'))!;
  // The command line needs the folders closed.
  await pair.district.close();
  await pair.org.close();
}, 90_000);
afterAll(() => {
  for (const dir of [pair.district.dataDir, pair.org.dataDir, pair.folder]) rmSync(dir, { recursive: true, force: true });
});

const procedure = (() => {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const block = /<!-- procedure -->\n```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no procedure block');
  return block[1]!;
})();

describe('without the app', () => {
  test('age -d -i decrypts, and the documented procedure verifies the signature', () => {
    const key = join(work, 'nyckel.txt');
    const exported = run(['exchange', 'key', 'export', '--data-dir', pair.org.dataDir, '--user', 'admin', '--out', key], `${adminPassword}\n`);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    const dir = mkdtempSync(join(work, 'manual-'));
    const output = execFileSync('sh', ['-c', procedure], {
      cwd: dir,
      env: { ...process.env, NYCKEL: key, PAKET: referral, KORT: districtCard },
      encoding: 'utf8',
    });
    expect(output).toContain('Signature Verified Successfully');
    expect(output).toContain('Paketet är äkta.');
    expect(readdirSync(join(dir, 'paket')).sort()).toEqual(['content.json', 'manifest.json', 'manifest.sig']);
    expect(JSON.parse(readFileSync(join(dir, 'paket', 'content.json'), 'utf8')).referrals[0].child.birthYear).toBe(2014);

    // A changed content file fails the procedure's hash check; a changed manifest fails openssl.
    writeFileSync(join(dir, 'paket', 'content.json'), '{"referrals":[]}\n');
    const check = procedure.slice(procedure.indexOf('# Avsändarens'));
    expect(() => execFileSync('sh', ['-c', `set -eu\n${check}`], { cwd: dir, env: { ...process.env, KORT: districtCard }, stdio: 'pipe' })).toThrow();
  });
});

describe('the command line', () => {
  test('exchange open shows what an import would do; --import asks, and the exit codes say what happened', () => {
    const args = ['exchange', 'open', referral, '--data-dir', pair.org.dataDir, '--user', 'kim'];
    const pw = `${passwordOf('kim')}\n`;
    const shown = run(args, pw);
    expect(shown.stderr).toBe('');
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('Anmälan från Malmö stad');
    expect(shown.stdout).toContain('Nytt barn: Tolvan Tolvansson (född 2014)');
    expect(run([...args, '--import'], `${pw}nej\n`).status).toBe(8);
    const imported = run([...args, '--import'], `${pw}ja\n`);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('Importerat: 1 nya, 0 uppdaterade.');
    const replay = run([...args, '--import'], `${pw}ja\n`);
    expect(replay.status).toBe(7);
    expect(replay.stderr).toContain('redan importerat');
    // The district's admin may not import a referral at the organisation either: refused (7).
    expect(run(['exchange', 'open', referral, '--data-dir', pair.org.dataDir, '--user', 'admin'], `${adminPassword}\n`).status).toBe(7);
  });

  test('exchange card export writes the card and shows the fingerprint', () => {
    const out = mkdtempSync(join(work, 'card-'));
    const r = run(['exchange', 'card', 'export', '--data-dir', pair.district.dataDir, '--user', 'admin', '--out', out], `${adminPassword}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Fingeravtryck att läsa upp för partnern: \d{5}( \d{5}){5}/);
    expect(readdirSync(out)).toEqual([expect.stringMatching(/^Kontaktkort Malmö stad .*\.iopkort$/)]);
  });
});

describe('a scheduled report package', () => {
  test('exchange make report writes the annual report for the partner; the public party keeps it', async () => {
    const out = mkdtempSync(join(work, 'report-'));
    const r = run(
      ['exchange', 'make', 'report', '--data-dir', pair.org.dataDir, '--user', 'kim', '--partner', String(pair.districtAtOrg), '--agreement', String(agreementId), '--year', '2026', '--out', out],
      `${passwordOf('kim')}\n`,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [name] = readdirSync(out);
    expect(name).toMatch(/^Rapport till Malmö stad .*\.iop\.age$/);
    const path = join(out, name!);
    const opened = run(['exchange', 'open', path, '--data-dir', pair.district.dataDir, '--user', 'karin', '--import'], `${passwordOf('karin')}\nja\n`);
    expect(opened.stderr).toBe('');
    expect(opened.stdout).toContain('Rapport från Svenska Röda Korset');
    expect(opened.stdout).toContain('Rapporten sparas här');
    expect(opened.status).toBe(0);
    expect(run(['exchange', 'make', 'report', '--data-dir', pair.org.dataDir, '--user', 'kim'], `${passwordOf('kim')}\n`).status).toBe(1);
  });
});

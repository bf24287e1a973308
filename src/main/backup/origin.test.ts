// Where a backup comes from (issue 13, defect 5). Anyone with the public backup
// key can make a file the real key opens; only this installation's master key
// makes a seal that verifies. Restore over existing data refuses a backup this
// installation did not seal unless an administrator accepts it; a fresh
// restore shows the installation id and key fingerprint to compare with a
// printed record; backups from earlier versions still verify and restore.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSeal } from './backup-origin';
import { createTempApp, tempDataDir, type TempApp } from '../../../test/support/temp-app';
import { adminPassword, digestsOf, keyOf, passphrase, repack, reopen, runJob, seededApp, testScryptLogN, withoutAudit } from '../../../test/support/backup/support';

const fixture = join(import.meta.dirname, '../../../test/support/backup/v1-backup.age');
/** The installation that wrote the format-1 fixture (before this change). */
const fixtureInstallation = '9a37b8fb-f67f-46b2-a230-1d519fda2a10';

let victim: TempApp;
let identity: string;
let recipient: string;
const dir = tempDataDir();
const cleanup: string[] = [dir];

/** Another installation on another machine: its own master key and data. */
async function otherInstallation(name: string): Promise<TempApp> {
  const app = createTempApp(tempDataDir(), { backups: { scryptLogN: testScryptLogN } });
  cleanup.push(app.dataDir);
  await app.must('installation:setup', { organisationName: name, admin: { username: 'admin', displayName: 'Annan Admin', password: adminPassword } });
  return app;
}

/**
 * The keyring less the stored audit-log head: the refusal is itself audited, and the head
 * follows the log whenever its writer gets to it (sooner or later on a busy machine), just as
 * the database is compared without its audit log.
 */
function keyringWithoutAuditHead(): unknown {
  const { auditHead: _head, ...rest } = JSON.parse(readFileSync(join(victim.dataDir, 'keyring.json'), 'utf8')) as Record<string, unknown>;
  return rest;
}

/** Restore over the victim's data must be refused, with nothing changed. */
async function expectRefusedOver(file: string, code: 'backup.originUnverified' | 'backup.noOriginProof') {
  const before = withoutAudit(await digestsOf(victim.dataDir, keyOf(victim)));
  const keyring = keyringWithoutAuditHead();
  const job = await runJob(victim, 'backup:startRestore', { file, secret: { kind: 'identity', identity } });
  expect(job.state).toBe('failed');
  expect(job.error?.code).toBe(code);
  // Plain Swedish, saying what it is and that nothing changed.
  expect(job.error?.message).toMatch(code === 'backup.originUnverified' ? /inte gjord av den här installationen/ : /tidigare version/);
  expect(job.error?.message).toMatch(/Ingenting har ändrats/);
  expect(victim.installation.state).toBe('unlocked');
  expect(keyringWithoutAuditHead()).toEqual(keyring);
  expect(withoutAudit(await digestsOf(victim.dataDir, keyOf(victim)))).toEqual(before);
  return job;
}

beforeAll(async () => {
  victim = await seededApp();
  cleanup.push(victim.dataDir);
  ({ identity, recipient } = await victim.must('backup:generateKey', {}));
});
afterAll(async () => {
  await victim.close();
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

describe('this installation’s own backups', () => {
  it('verify as sealed by this installation and restore over its data without a question', async () => {
    const created = await runJob(victim, 'backup:startCreate', { folder: dir, encryption: { kind: 'recipient' } });
    if (created.result?.kind !== 'create') throw new Error(JSON.stringify(created.error));
    const status = await victim.must('backup:status', {});
    expect(status.keyFingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/);
    expect(status.installationId).toBe(victim.installation.installationId);

    const verified = await runJob(victim, 'backup:startVerify', { file: created.result.path, secret: { kind: 'identity', identity } });
    expect(verified.origin).toEqual({ proof: 'verified', installationId: status.installationId, keyFingerprint: status.keyFingerprint });

    const restored = await runJob(victim, 'backup:startRestore', { file: created.result.path, secret: { kind: 'identity', identity } });
    expect(restored.error).toBeNull();
    expect(restored.origin?.proof).toBe('verified');
    await victim.must('auth:unlock', { username: 'admin', password: adminPassword });
  });

  it('record the audit chain head of the database they contain', async () => {
    const created = await runJob(victim, 'backup:startCreate', { folder: dir, encryption: { kind: 'recipient' } });
    if (created.result?.kind !== 'create') throw new Error(JSON.stringify(created.error));
    let manifest: { auditHead: { lastId: number; hash: string; count: number } } | null = null;
    const copy = join(dir, 'audit-head-copy.age');
    await repack(
      created.result.path,
      copy,
      (entries) => {
        manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
        return entries;
      },
      { kind: 'identity', identity },
      { kind: 'recipients', recipients: [recipient] },
    );
    // The backup job's own audit entry comes after the backup: the head is the last entry before it.
    const log = await victim.installation.db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id').execute();
    const head = manifest!.auditHead;
    expect(head.count).toBe(head.lastId);
    expect(log.find((row) => row.id === head.lastId)?.hash).toBe(head.hash);
    expect(log.at(-1)!.id).toBeGreaterThanOrEqual(head.lastId);
    // A manifest that states another head than the database holds is refused, even with a fresh seal.
    const lying = join(dir, 'audit-head-lie.age');
    await repack(
      created.result.path,
      lying,
      (entries) => resealed(entries, keyOf(victim), (m) => ({ ...m, auditHead: { ...head, count: head.count - 1 } })),
      { kind: 'identity', identity },
      { kind: 'recipients', recipients: [recipient] },
    );
    const job = await runJob(victim, 'backup:startVerify', { file: lying, secret: { kind: 'identity', identity } });
    expect(job.error?.code).toBe('backup.tampered');
  });
});

/** Entries with an edited manifest and a seal over the new hashes, made with `key` (a forger's own). */
function resealed(
  entries: { name: string; data: Buffer }[],
  key: Buffer,
  edit: (manifest: Record<string, unknown>) => Record<string, unknown>,
  keyringEdit: (keyring: Record<string, unknown>) => Record<string, unknown> = (k) => k,
): { name: string; data: Buffer }[] {
  const edited = entries
    .filter((e) => e.name !== 'seal.json')
    .map((e) => {
      if (e.name === 'manifest.json') return { ...e, data: Buffer.from(JSON.stringify(edit(JSON.parse(e.data.toString('utf8'))))) };
      if (e.name === 'keyring.json') return { ...e, data: Buffer.from(JSON.stringify(keyringEdit(JSON.parse(e.data.toString('utf8'))))) };
      return e;
    });
  const hashes = edited.map((e) => ({ name: e.name, size: e.data.length, sha256: createHash('sha256').update(e.data).digest('hex') }));
  return [...edited, { name: 'seal.json', data: Buffer.from(JSON.stringify(makeSeal(key, hashes))) }];
}

describe('a forged backup, made with the public backup key', () => {
  it('is refused over existing data until an administrator accepts it', async () => {
    // The forger has their own installation and this installation's public key, nothing else.
    const forger = await otherInstallation('Förfalskarna');
    try {
      await forger.must('backup:setRecipient', { recipient });
      const forged = await runJob(forger, 'backup:startCreate', { folder: dir, encryption: { kind: 'recipient' } });
      if (forged.result?.kind !== 'create') throw new Error(JSON.stringify(forged.error));
      // The file opens with this installation's secret key: age alone proves nothing about who made it.
      const verified = await runJob(victim, 'backup:startVerify', { file: forged.result.path, secret: { kind: 'identity', identity } });
      expect(verified.state).toBe('succeeded');
      expect(verified.origin?.proof).toBe('mismatch');

      await expectRefusedOver(forged.result.path, 'backup.originUnverified');
    } finally {
      await forger.close();
    }
  });

  it('claiming this installation’s id, with a seal the forger made, is still flagged and shows another fingerprint', async () => {
    const forger = await otherInstallation('Förfalskarna igen');
    try {
      await forger.must('backup:setRecipient', { recipient });
      const made = await runJob(forger, 'backup:startCreate', { folder: dir, encryption: { kind: 'recipient' } });
      if (made.result?.kind !== 'create') throw new Error(JSON.stringify(made.error));
      const ownId = victim.installation.installationId!;
      const file = join(dir, 'forged-claiming-id.age');
      // Re-encrypted to the public key only; the forger seals with the one master key they have.
      await repack(
        made.result.path,
        file,
        (entries) => resealed(entries, keyOf(forger), (m) => ({ ...m, installationId: ownId }), (k) => ({ ...k, installationId: ownId })),
        { kind: 'identity', identity },
        { kind: 'recipients', recipients: [recipient] },
      );
      const job = await expectRefusedOver(file, 'backup.originUnverified');
      const status = await victim.must('backup:status', {});
      expect(job.origin?.proof).toBe('mismatch');
      expect(job.origin?.installationId).toBe(ownId);
      expect(job.origin?.keyFingerprint).not.toBe(status.keyFingerprint);
    } finally {
      await forger.close();
    }
  });

  it('in the earlier format (no seal at all) is refused the same way', async () => {
    // A downgrade: the forger writes a format-1 file, which cannot carry a seal.
    const file = join(dir, 'forged-v1.age');
    await repack(fixture, file, (entries) => entries, { kind: 'passphrase', passphrase }, { kind: 'recipients', recipients: [recipient] });
    const job = await expectRefusedOver(file, 'backup.noOriginProof');
    expect(job.origin).toMatchObject({ proof: 'none', installationId: fixtureInstallation });
  });
});

describe('another installation’s backup', () => {
  it('is flagged on verify and restores over existing data only once accepted', async () => {
    const other = await otherInstallation('Grannkommunen');
    const otherStatus = await other.must('backup:status', {});
    await other.must('backup:setRecipient', { recipient });
    const made = await runJob(other, 'backup:startCreate', { folder: dir, encryption: { kind: 'recipient' } });
    await other.close();
    if (made.result?.kind !== 'create') throw new Error(JSON.stringify(made.error));

    const verified = await runJob(victim, 'backup:startVerify', { file: made.result.path, secret: { kind: 'identity', identity } });
    expect(verified.origin).toEqual({ proof: 'mismatch', installationId: otherStatus.installationId, keyFingerprint: otherStatus.keyFingerprint });
    if (verified.result?.kind !== 'verify') throw new Error('not verified');
    expect(verified.result.manifest.origin.proof).toBe('mismatch');

    const refused = await expectRefusedOver(made.result.path, 'backup.originUnverified');
    expect(refused.origin?.installationId).toBe(otherStatus.installationId);

    const accepted = await runJob(victim, 'backup:startRestore', {
      file: made.result.path,
      secret: { kind: 'identity', identity },
      acceptUnverifiedOrigin: true,
    });
    expect(accepted.error).toBeNull();
    expect(victim.installation.installationId).toBe(otherStatus.installationId);
    await victim.must('auth:unlock', { username: 'admin', password: adminPassword });
    expect((await victim.must('backup:status', {})).keyFingerprint).toBe(otherStatus.keyFingerprint);
  });
});

describe('backups made by earlier versions (format 1)', () => {
  it('still verify, with no proof of origin', async () => {
    const job = await runJob(victim, 'backup:startVerify', { file: fixture, secret: { kind: 'passphrase', passphrase } });
    expect(job.error).toBeNull();
    expect(job.origin).toMatchObject({ proof: 'none', installationId: fixtureInstallation });
  });

  it('restore into a fresh installation, after inspect shows their id and fingerprint', async () => {
    const fresh = reopen(tempDataDir());
    cleanup.push(fresh.dataDir);
    try {
      const inspection = await fresh.must('backup:inspect', { file: fixture, secret: { kind: 'passphrase', passphrase } });
      expect(inspection.origin).toMatchObject({ proof: 'none', installationId: fixtureInstallation });
      expect(inspection.organisationName).toBe('Gamla kommunen');
      const job = await runJob(fresh, 'backup:startFreshRestore', {
        file: fixture,
        secret: { kind: 'passphrase', passphrase },
        keyFingerprint: inspection.origin.keyFingerprint,
      });
      expect(job.error).toBeNull();
      await fresh.must('auth:unlock', { username: 'admin', password: adminPassword });
      expect((await fresh.must('backup:status', {})).keyFingerprint).toBe(inspection.origin.keyFingerprint);
    } finally {
      await fresh.close();
    }
  });

  it('restore over existing data once an administrator accepts the missing proof', async () => {
    const refused = await runJob(victim, 'backup:startRestore', { file: fixture, secret: { kind: 'passphrase', passphrase } });
    expect(refused.error?.code).toBe('backup.noOriginProof');
    const job = await runJob(victim, 'backup:startRestore', {
      file: fixture,
      secret: { kind: 'passphrase', passphrase },
      acceptUnverifiedOrigin: true,
    });
    expect(job.error).toBeNull();
    expect(victim.installation.installationId).toBe(fixtureInstallation);
    await victim.must('auth:unlock', { username: 'admin', password: adminPassword });
  });
});

describe('a fresh restore on a new machine', () => {
  it('cannot check the seal, shows the fingerprint, and refuses a file whose fingerprint is not the one shown', async () => {
    const source = await otherInstallation('Källan');
    const sourceStatus = await source.must('backup:status', {});
    const made = await runJob(source, 'backup:startCreate', { folder: dir, encryption: { kind: 'passphrase', passphrase } });
    await source.close();
    if (made.result?.kind !== 'create') throw new Error(JSON.stringify(made.error));

    const fresh = reopen(tempDataDir());
    cleanup.push(fresh.dataDir);
    try {
      const inspection = await fresh.must('backup:inspect', { file: made.result.path, secret: { kind: 'passphrase', passphrase } });
      expect(inspection.origin).toEqual({
        proof: 'notChecked',
        installationId: sourceStatus.installationId,
        keyFingerprint: sourceStatus.keyFingerprint,
      });
      const wrong = await runJob(fresh, 'backup:startFreshRestore', {
        file: made.result.path,
        secret: { kind: 'passphrase', passphrase },
        keyFingerprint: '0000-0000-0000-0000-0000-0000-0000-0000',
      });
      expect(wrong.error?.code).toBe('backup.originUnverified');
      expect(fresh.installation.state).toBe('uninitialised');
      const job = await runJob(fresh, 'backup:startFreshRestore', {
        file: made.result.path,
        secret: { kind: 'passphrase', passphrase },
        keyFingerprint: inspection.origin.keyFingerprint,
      });
      expect(job.error).toBeNull();
      expect(job.origin?.proof).toBe('notChecked');
    } finally {
      await fresh.close();
    }
  });
});

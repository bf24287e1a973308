// Seed → backup → restore into a fresh data folder: every table identical by
// content hash, users sign in with the passwords they had.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackupFileName } from './backup-names';
import { tempDataDir, type TempApp } from '../../../test/support/temp-app';
import { adminPassword, createPassphraseBackup, digestsOf, keyOf, passphrase, reopen, runJob, seededApp, withoutAudit } from '../../../test/support/backup/support';

describe('backup round trip', () => {
  let source: TempApp;
  let backupFile: string;
  let liveDigests: Awaited<ReturnType<typeof digestsOf>>;
  const cleanup: string[] = [];

  beforeAll(async () => {
    source = await seededApp();
    liveDigests = await digestsOf(source.dataDir, keyOf(source));
    backupFile = await createPassphraseBackup(source);
  });
  afterAll(async () => {
    await source.dispose();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a named age file into the backups folder, listed and never in plain text', async () => {
    expect(backupFile.startsWith(join(source.dataDir, 'backups'))).toBe(true);
    expect(parseBackupFileName(backupFile.split('/').at(-1)!)?.kind).toBe('manual');
    expect(readFileSync(backupFile).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    const list = await source.must('backup:list', {});
    expect(list.map((f) => f.path)).toContain(backupFile);
  });

  it('verifies without restoring, and the list then shows the file as verified', async () => {
    const job = await runJob(source, 'backup:startVerify', { file: backupFile, secret: { kind: 'passphrase', passphrase } });
    expect(job.state).toBe('succeeded');
    expect(job.result?.kind).toBe('verify');
    const list = await source.must('backup:list', {});
    expect(list.find((f) => f.path === backupFile)?.verified?.ok).toBe(true);
  });

  it('restores into a fresh data folder from the first-run channel; old passwords work and tables match', async () => {
    const dir = tempDataDir();
    cleanup.push(dir);
    const fresh = reopen(dir);
    try {
      expect((await fresh.must('installation:status', {})).state).toBe('uninitialised');
      const job = await runJob(fresh, 'backup:startFreshRestore', { file: backupFile, secret: { kind: 'passphrase', passphrase } });
      expect(job.error).toBeNull();
      expect(job.state).toBe('succeeded');
      expect((await fresh.must('installation:status', {})).state).toBe('locked');

      const session = await fresh.must('auth:unlock', { username: 'handlaggare', password: adminPassword });
      expect(session.role).toBe('caseworker');
      await fresh.must('auth:lock', {});
      await fresh.must('auth:unlock', { username: 'admin', password: adminPassword });
      expect(withoutAudit(await digestsOf(dir, keyOf(fresh)))).toEqual(withoutAudit(liveDigests));
      expect((await fresh.must('audit:verify', {})).ok).toBe(true);
      const audit = await fresh.must('audit:list', { entityType: 'backup' });
      expect(audit.entries.map((e) => e.channel)).toContain('backup:startFreshRestore');
    } finally {
      await fresh.close();
    }
  });

  it('restores with the X25519 backup key, whose secret half the app never stores', async () => {
    const { identity, recipient } = await source.must('backup:generateKey', {});
    expect((await source.must('backup:status', {})).recipient).toBe(recipient);
    const settingValues = JSON.stringify(await source.installation.db.selectFrom('setting').selectAll().execute());
    expect(settingValues).not.toContain(identity);
    const job = await runJob(source, 'backup:startCreate', { folder: null, encryption: { kind: 'recipient' } });
    expect(job.state).toBe('succeeded');
    if (job.result?.kind !== 'create') throw new Error('no file');
    const verified = await runJob(source, 'backup:startVerify', { file: job.result.path, secret: { kind: 'identity', identity } });
    expect(verified.state).toBe('succeeded');
  });

  it('restores over existing data: safety backup first, then locked, then the backup’s passwords apply', async () => {
    const other = await seededApp();
    cleanup.push(other.dataDir);
    try {
      await other.must('organisations:create', {
        name: 'Föreningen som bara finns i den andra installationen',
        kind: 'nonprofit',
        orgNumber: '802002-8711',
        address: { street: '', postalCode: '', city: '' },
        paymentAccount: null,
        contacts: [],
        requirements: [],
      });
      const otherDigests = await digestsOf(other.dataDir, keyOf(other));
      const job = await runJob(other, 'backup:startRestore', { file: backupFile, secret: { kind: 'passphrase', passphrase } });
      expect(job.error).toBeNull();
      if (job.result?.kind !== 'restore' || !job.result.safetyBackupPath) throw new Error('no safety backup');
      expect(other.installation.state).toBe('locked');

      // The installation's passwords now come from the backup's keyring.
      await other.must('auth:unlock', { username: 'admin', password: adminPassword });
      expect(withoutAudit(await digestsOf(other.dataDir, keyOf(other)))).toEqual(withoutAudit(liveDigests));

      // The safety backup holds what was replaced and opens with the same passphrase.
      const safety = await runJob(other, 'backup:startVerify', { file: job.result.safetyBackupPath, secret: { kind: 'passphrase', passphrase } });
      if (safety.result?.kind !== 'verify') throw new Error('safety backup does not verify');
      const organisations = safety.result.manifest.tables.find((t) => t.name === 'organisation');
      expect(organisations?.rows).toBe(otherDigests.find((t) => t.name === 'organisation')?.rows);
    } finally {
      await other.close();
    }
  });
});

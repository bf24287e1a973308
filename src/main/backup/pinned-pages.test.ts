// The one-pass backup copies the database file's own pages while a read
// transaction pins them. Another connection keeps writing and asking for
// checkpoints all the while: no checkpoint may write into the file until the
// backup has read it, and the backup verifies (seal, quick_check, audit head)
// with exactly the rows that were there when it began.
import { randomBytes } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { expect, it } from 'vitest';
import { dataPaths } from '../base/data-paths';
import { applyKey } from '../db/open-database';
import { keyOf, passphrase, runJob, seededApp } from '../../../test/support/backup/support';

it('pins the pages: concurrent writes and checkpoints do not reach the copy', async () => {
  const app = await seededApp();
  const other = new SqliteDatabase(dataPaths(app.dataDir).database);
  try {
    applyKey(other, keyOf(app));
    other.pragma('busy_timeout = 0');
    other.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, data BLOB NOT NULL) STRICT');
    const insert = other.prepare('INSERT INTO bulk (data) VALUES (?)');
    other.transaction(() => {
      for (let i = 0; i < 480; i++) insert.run(randomBytes(64 * 1024));
    })();
    other.pragma('wal_checkpoint(TRUNCATE)');
    const before = 480;

    const { jobId } = await app.must('backup:startCreate', { folder: null, encryption: { kind: 'passphrase', passphrase } });
    let written = 0;
    let heldBack = 0;
    while (app.backup.jobs.get(jobId).state === 'running') {
      insert.run(randomBytes(64 * 1024));
      written++;
      const [result] = other.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
      // While the backup reads the file, what was written stays in the log.
      if (result && result.checkpointed < result.log) heldBack++;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const job = await app.backup.wait(jobId);
    if (job.result?.kind !== 'create') throw new Error(JSON.stringify(job.error));
    expect(written).toBeGreaterThan(0);
    expect(heldBack).toBeGreaterThan(0);

    const verified = await runJob(app, 'backup:startVerify', { file: job.result.path, secret: { kind: 'passphrase', passphrase } });
    if (verified.result?.kind !== 'verify') throw new Error(JSON.stringify(verified.error));
    // The rows of one moment: the backup began after the first few of the concurrent inserts at most.
    const rows = verified.result.manifest.tables.find((t) => t.name === 'bulk')?.rows ?? 0;
    expect(rows).toBeGreaterThanOrEqual(before);
    expect(rows).toBeLessThan(before + written);
    // Once the backup has ended, checkpoints go through again.
    const [after] = other.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    expect(after).toEqual({ busy: 0, log: 0, checkpointed: 0 });
  } finally {
    other.close();
    await app.dispose();
  }
});

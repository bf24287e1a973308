// A backup taken while the app keeps writing: the snapshot is consistent, so
// the backup verifies against its own manifest.
import { expect, it } from 'vitest';
import { inventedOrgNumber } from '../seed/seed-organisations';
import { passphrase, runJob, seededApp } from '../../../test/support/backup/support';

it('backs up consistently while organisations are being created', async () => {
  const app = await seededApp();
  try {
    const runtime = app.backup;
    const before = (await app.must('organisations:list', { query: '' })).length;
    const { jobId } = await app.must('backup:startCreate', { folder: null, encryption: { kind: 'passphrase', passphrase } });
    let written = 0;
    while (runtime.jobs.get(jobId).state === 'running' || written < 20) {
      await app.must('organisations:create', {
        name: `Skrivs under säkerhetskopieringen ${written}`,
        kind: 'nonprofit',
        orgNumber: inventedOrgNumber('80', 500000 + written),
        address: { street: '', postalCode: '', city: '' },
        paymentAccount: null,
        contacts: [{ name: 'Kim Kontakt', role: '', phone: '', email: '' }],
        requirements: [],
      });
      written++;
      // Each call is one IPC message in the app; let the worker's messages in between.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const job = await runtime.wait(jobId);
    if (job.result?.kind !== 'create') throw new Error(JSON.stringify(job.error));
    const verified = await runJob(app, 'backup:startVerify', { file: job.result.path, secret: { kind: 'passphrase', passphrase } });
    if (verified.result?.kind !== 'verify') throw new Error(JSON.stringify(verified.error));
    const rows = verified.result.manifest.tables.find((t) => t.name === 'organisation')!.rows;
    expect(rows).toBeGreaterThanOrEqual(before);
    expect(rows).toBeLessThanOrEqual(before + written);
  } finally {
    await app.dispose();
  }
});

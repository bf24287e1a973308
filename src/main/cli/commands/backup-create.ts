import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ageRecipient, minPassphraseLength, type BackupEncryption } from '../../../shared/ipc/backup';
import { writeRecipient } from '../../backup/backup-settings';
import { AppFailure } from '../../base/app-error';
import { openApp, unlockAs } from '../cli-app';
import { type CliContext, UsageError } from '../cli-context';
import { formatSize, runJob } from '../job-runner';

export async function backupCreate(args: string[], ctx: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      out: { type: 'string' },
      user: { type: 'string' },
      'password-file': { type: 'string' },
      recipient: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'passphrase-stdin': { type: 'boolean' },
    },
    strict: true,
  });
  const dataDir = resolve(ctx.require(values['data-dir'], 'data-dir'));
  const out = resolve(ctx.require(values.out, 'out'));
  const choices = [values.recipient, values['passphrase-file'], values['passphrase-stdin']].filter(Boolean);
  if (choices.length > 1) throw new UsageError(ctx.text.oneSecret);
  const app = openApp(dataDir, 'read');
  try {
    await unlockAs(app, ctx, values);
    let encryption: BackupEncryption = { kind: 'recipient' };
    if (values.recipient) {
      const recipient = ageRecipient.safeParse(values.recipient);
      if (!recipient.success) throw new AppFailure('validation', { fields: { recipient: 'backup.recipientFormat' } });
      // A recipient on the command line is public; it is remembered as the installation's backup key.
      await writeRecipient(app.installation.db, recipient.data);
    } else if (values['passphrase-file'] || values['passphrase-stdin']) {
      const passphrase = values['passphrase-file'] ? ctx.readSecretFile(values['passphrase-file']) : await ctx.nextStdinLine();
      if (passphrase.length < minPassphraseLength) throw new AppFailure('validation', { fields: { passphrase: 'passphrase.tooShort' } });
      encryption = { kind: 'passphrase', passphrase };
    }
    const runtime = app.backup;
    const result = await runJob(runtime, await runtime.startCreate({ folder: out, encryption }), ctx);
    if (result.kind === 'create') ctx.out(ctx.text.created(result.path, formatSize(result.sizeBytes)));
  } finally {
    await app.close();
  }
}

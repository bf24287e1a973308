import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { writeRecipient } from '../../backup/backup-settings';
import { openApp, unlockAs } from '../cli-app';
import { type CliContext, UsageError } from '../cli-context';

export async function backupKeygen(args: string[], ctx: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, 'data-dir': { type: 'string' }, user: { type: 'string' }, 'password-file': { type: 'string' } },
    strict: true,
  });
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  if (values['data-dir']) {
    const app = openApp(resolve(values['data-dir']), 'change');
    try {
      await unlockAs(app, ctx, values);
      await writeRecipient(app.installation.db, recipient);
    } finally {
      await app.close();
    }
  }
  // The same layout as age-keygen, so `age -d -i FILE` reads it.
  const file = `# created: ${new Date().toISOString()}\n# public key: ${recipient}\n${identity}\n`;
  if (values.out) {
    const out = resolve(values.out);
    try {
      writeFileSync(out, file, { mode: 0o600, flag: 'wx' });
    } catch {
      throw new UsageError(ctx.text.fileExists(out));
    }
    ctx.out(ctx.text.keygenWritten(out));
  } else {
    ctx.out(ctx.text.keygenIdentityWarning);
    ctx.out(file.trimEnd());
  }
  ctx.out(ctx.text.keygenRecipient(recipient));
  if (values['data-dir']) ctx.out(ctx.text.keygenStored);
}

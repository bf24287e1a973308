import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { seed, seedScales, type SeedScale } from '../../seed/seed';
import { openApp } from '../cli-app';
import { type CliContext, UsageError } from '../cli-context';

export async function seedCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string' }, scale: { type: 'string', default: 'small' }, user: { type: 'string', default: 'admin' }, 'password-file': { type: 'string' } },
    strict: true,
  });
  if (!Object.hasOwn(seedScales, values.scale)) throw new UsageError(ctx.text.missingOption('scale small|medium|large|municipality|x10'));
  const app = openApp(resolve(ctx.require(values['data-dir'], 'data-dir')), 'change');
  try {
    let password: string;
    if (app.installation.state === 'uninitialised') {
      password = await ctx.password(values);
    } else {
      password = await ctx.password(values);
      await app.installation.unlock(values.user.trim().toLowerCase(), password);
    }
    // Progress of the larger scales goes to stderr, so stdout stays the summary.
    const summary = await seed(app, { scale: values.scale as SeedScale, password, onProgress: (line) => ctx.err(line) });
    if (summary.recoveryKey) ctx.out(ctx.text.seededInstallation(summary.recoveryKey));
    ctx.out(ctx.text.seeded(summary.users, summary.organisations));
    if (summary.supportGroups && !summary.supportGroups.skipped) ctx.out(ctx.text.seededSupportGroups(summary.supportGroups));
  } finally {
    await app.close();
  }
}


// Opening the app for a command: the same services as the window, no router
// (nothing comes from a renderer), unlocked with the user's own password.
import { createApp, type App } from '../app/create-app';
import type { FolderUse } from '../installation/installation';
import { AppFailure } from '../base/app-error';
import type { CliContext } from './cli-context';

/**
 * `read`: a command that only reads (backup create/verify, audit verify) and
 * runs beside the app; `change`: a command that changes data (restore, seed,
 * keygen into an installation), refused while the app or another command holds
 * the folder (exit code 6).
 */
export function openApp(dataDir: string, use: Exclude<FolderUse, 'app'>): App {
  // No renderer exists here, so no sender is ever trusted.
  return createApp({ dataDir, isTrustedSender: () => false, folderUse: use });
}

/** Unlocks as `--user`; with `adminOnly`, refuses other roles. */
export async function unlockAs(app: App, ctx: CliContext, options: { user?: string | undefined; 'password-file'?: string | undefined }, adminOnly = true): Promise<void> {
  if (app.installation.state === 'uninitialised') throw new AppFailure('installation.missing');
  const user = ctx.require(options.user, 'user').trim().toLowerCase();
  const session = await app.installation.unlock(user, await ctx.password(options));
  const allowed = !adminOnly || session.role === 'admin';
  await app.installation.audit({
    at: app.installation.clock.now().toISOString(),
    userId: session.userId,
    role: session.role,
    channel: 'cli:unlock',
    entityType: 'user',
    entityId: String(session.userId),
    outcome: allowed ? 'ok' : 'denied',
  });
  if (!allowed) {
    await app.installation.lock();
    throw new AppFailure('forbidden');
  }
}

// `exchange card export|import`, `exchange open FILE [--import]`, `exchange key export`:
// the partner exchange from the command line, with the same services, checks
// and audit entries as the window. A package is always verified and shown
// first; `--import` then asks for "ja" on standard input (after the password).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportResult, PackagePreview } from '../../../shared/ipc/exchange';
import type { App } from '../../app/create-app';
import { appendAudit } from '../../audit/audit-repository';
import { AppFailure } from '../../base/app-error';
import type { ServiceContext } from '../../context/service-context';
import { exportCard, identityView, requireIdentity } from '../../exchange/identity-service';
import { importPackage, openPackage } from '../../exchange/open-service';
import { importCard, verifyPartner } from '../../exchange/partner-service';
import { makeReport } from '../../exchange/report-kind';
import { openApp, unlockAs } from '../cli-app';
import { type CliContext, UsageError } from '../cli-context';
import { exitCodes, type ExitCode } from '../exit-codes';

const common = { 'data-dir': { type: 'string' }, user: { type: 'string' }, 'password-file': { type: 'string' } } as const;

/** Runs a service as the signed-in user in one transaction with its audit entry. */
async function asUser<T>(
  app: App,
  channel: string,
  run: (ctx: ServiceContext) => Promise<T>,
  entity: (value: NoInfer<T>) => { type: string; id: string | null },
): Promise<T> {
  const session = app.installation.session;
  if (!session) throw new AppFailure('locked');
  const clock = app.installation.clock;
  return app.installation.db.transaction().execute(async (db) => {
    const value = await run({ db, clock, user: { id: session.userId, role: session.role } });
    const e = entity(value);
    await appendAudit(db, {
      at: clock.now().toISOString(),
      userId: session.userId,
      role: session.role,
      channel,
      entityType: e.type,
      entityId: e.id,
      outcome: 'ok',
    });
    return value;
  });
}

const packageEntity = (p: { kind: string; packageId: string }) => ({ type: 'exchangePackage', id: `${p.kind}:${p.packageId}` });

async function withApp<T>(
  values: { 'data-dir'?: string | undefined; user?: string | undefined; 'password-file'?: string | undefined },
  ctx: CliContext,
  adminOnly: boolean,
  body: (app: App) => Promise<T>,
): Promise<T> {
  const app = openApp(resolve(ctx.require(values['data-dir'], 'data-dir')), 'change');
  try {
    await unlockAs(app, ctx, values, adminOnly);
    return await body(app);
  } finally {
    await app.close();
  }
}

async function cardCommand(args: string[], ctx: CliContext): Promise<ExitCode> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { ...common, out: { type: 'string' }, fingerprint: { type: 'string' }, 'compared-with': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (action === 'export') {
    const folder = resolve(ctx.require(values.out, 'out'));
    return withApp(values, ctx, true, async (app) => {
      const { path } = await asUser(app, 'cli:exchange:exportCard', (s) => exportCard(s, folder), () => ({ type: 'exchangeIdentity', id: null }));
      const view = (await identityView(app.installation.db))!;
      ctx.out(ctx.text.exchangeCardWritten(path, view.fingerprint));
      return exitCodes.ok;
    });
  }
  if (action === 'import' && positionals.length === 1) {
    const file = resolve(positionals[0]!);
    return withApp(values, ctx, true, async (app) => {
      const partner = await asUser(app, 'cli:exchange:importCard', (s) => importCard(s, file), (p) => ({ type: 'exchangePartner', id: String(p.id) }));
      ctx.out(ctx.text.exchangeCardImported(partner.organisationName, partner.installationName, partner.fingerprint));
      if (values.fingerprint === undefined) {
        ctx.out(ctx.text.exchangeCompareFingerprint);
        return exitCodes.ok;
      }
      const comparedWith = ctx.require(values['compared-with'], 'compared-with');
      const fingerprint = values.fingerprint;
      await asUser(
        app,
        'cli:exchange:verifyPartner',
        (s) => verifyPartner(s, { partnerId: partner.id, fingerprint, comparedWith }),
        () => ({ type: 'exchangePartner', id: String(partner.id) }),
      );
      ctx.out(ctx.text.exchangePartnerVerified);
      return exitCodes.ok;
    });
  }
  throw new UsageError(ctx.text.unknownCommand);
}

function programmeChoices(list: string[] | undefined): { programme: string; programmeId: number }[] {
  return (list ?? []).map((entry) => {
    const at = entry.lastIndexOf('=');
    const id = Number(entry.slice(at + 1));
    if (at <= 0 || !Number.isInteger(id) || id <= 0) throw new UsageError(`--programme "${entry}"`);
    return { programme: entry.slice(0, at), programmeId: id };
  });
}

async function openCommand(args: string[], ctx: CliContext): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...common, import: { type: 'boolean' }, programme: { type: 'string', multiple: true } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError(ctx.text.unknownCommand);
  const file = resolve(positionals[0]!);
  const choices = programmeChoices(values.programme);
  return withApp(values, ctx, false, async (app) => {
    const preview = await asUser<PackagePreview>(app, 'cli:exchange:open', (s) => openPackage(s, file), packageEntity);
    ctx.out(ctx.text.exchangePreviewHead(preview.kind, preview.partner.organisationName, preview.packageId, preview.createdAt, preview.expiresAt));
    for (const item of preview.items) ctx.out(`  ${ctx.text.exchangeAction[item.action]}: ${item.subject}${item.detail ? ` (${item.detail})` : ''}`);
    for (const name of preview.unknownProgrammes) ctx.out(ctx.text.exchangeUnknownProgramme(name, preview.programmes));
    if (!values.import) return exitCodes.ok;
    ctx.out(ctx.text.exchangeConfirm);
    const answer = (await ctx.nextStdinLine()).trim().toLowerCase();
    if (answer !== 'ja' && answer !== 'yes') {
      ctx.err(ctx.text.exchangeNotConfirmed);
      return exitCodes.notConfirmed;
    }
    const result = await asUser<ImportResult>(app, 'cli:exchange:import', (s) => importPackage(s, { path: file, programmeChoices: choices }), packageEntity);
    ctx.out(ctx.text.exchangeImported(result.created, result.updated));
    return exitCodes.ok;
  });
}

/** Writes the secret age key, so `age -d -i FILE` opens packages without the app (README.md, "Partner exchange"). */
async function keyCommand(args: string[], ctx: CliContext): Promise<ExitCode> {
  const [action, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { ...common, out: { type: 'string' } }, strict: true });
  if (action !== 'export') throw new UsageError(ctx.text.unknownCommand);
  const out = resolve(ctx.require(values.out, 'out'));
  return withApp(values, ctx, true, async (app) => {
    const identity = await asUser(app, 'cli:exchange:exportKey', (s) => requireIdentity(s.db), () => ({ type: 'exchangeIdentity', id: null }));
    try {
      writeFileSync(out, `# public key: ${identity.age_recipient}\n${identity.age_identity}\n`, { mode: 0o600, flag: 'wx' });
    } catch {
      throw new UsageError(ctx.text.fileExists(out));
    }
    ctx.out(ctx.text.keygenWritten(out));
    return exitCodes.ok;
  });
}

/** `exchange make report`: for a scheduled task, the annual report package for a partner. */
async function makeCommand(args: string[], ctx: CliContext): Promise<ExitCode> {
  const [kind, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { ...common, out: { type: 'string' }, partner: { type: 'string' }, agreement: { type: 'string' }, year: { type: 'string' } },
    strict: true,
  });
  if (kind !== 'report') throw new UsageError(ctx.text.unknownCommand);
  const number = (name: 'partner' | 'agreement' | 'year') => {
    const value = Number(ctx.require(values[name], name));
    if (!Number.isInteger(value) || value <= 0) throw new UsageError(`--${name}`);
    return value;
  };
  const input = { partnerId: number('partner'), agreementId: number('agreement'), year: number('year'), folder: resolve(ctx.require(values.out, 'out')) };
  return withApp(values, ctx, false, async (app) => {
    const made = await asUser(app, 'cli:exchange:makeReport', (s) => makeReport(s, input), (m) => ({
      type: 'exchangePackage',
      id: `report:${m.packageId}`,
    }));
    ctx.out(ctx.text.exchangeMade(made.path));
    return exitCodes.ok;
  });
}

export const exchangeCommands = {
  'exchange card': cardCommand,
  'exchange open': openCommand,
  'exchange key': keyCommand,
  'exchange make': makeCommand,
};

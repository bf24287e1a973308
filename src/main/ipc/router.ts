// The one router in main: every IPC call passes here. It checks the sender,
// parses the input with the channel's schema, enforces the role, runs the
// handler (in a transaction with its audit entry), validates the output and
// returns an envelope. Nothing throws across the process boundary.
import type { ErrorCode } from '../../shared/error-codes';
import { fail, ok, type AppError, type Envelope } from '../../shared/envelope';
import { message } from '../../shared/i18n/messages';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import type { BackupRuntime } from '../backup/backup-runtime';
import type { Clock } from '../base/clock';
import type { Installation } from '../installation/installation';
import type { Session } from '../../shared/ipc/installation';
import { appendAudit } from '../audit/audit-repository';
import type { FilePickers } from '../files/file-pickers';
import { AppFailure, isAppFailure } from '../base/app-error';
import type { ServiceContext } from '../context/service-context';
import type { WriteDb } from '../db/handles';
import type { HandlerContext, HandlerDef, Handlers } from './handler-def';
import { fieldsFromIssues } from './validation-fields';

export interface CallerInfo {
  /** URL of the frame that sent the call. */
  senderUrl: string;
}

export interface Router {
  invoke(channel: string, input: unknown, caller: CallerInfo): Promise<Envelope<unknown>>;
}

export interface RouterOptions {
  installation: Installation;
  backup: BackupRuntime;
  clock: Clock;
  handlers: Handlers;
  pickers: FilePickers;
  isTrustedSender: (url: string) => boolean;
  /**
   * Where unexpected errors are reported. It gets the error's name, code and
   * stack frames only: messages can quote personal data, so they never leave here.
   */
  logError?: (channel: string, details: string) => void;
}

type Outcome = 'ok' | 'denied' | 'invalid' | 'failed';
const deniedCodes: ReadonlySet<ErrorCode> = new Set([
  'forbidden',
  'locked',
  'passwordChangeRequired',
  'auth.wrongCredentials',
  'auth.throttled',
  'auth.userDisabled',
  'auth.wrongRecoveryKey',
]);

const toError = (code: ErrorCode, details: Omit<AppError, 'code' | 'message'> = {}): AppError => ({
  code,
  message: message(code, 'sv', details.params),
  ...details,
});

export function createRouter(options: RouterOptions): Router {
  const { installation, backup, clock, handlers, isTrustedSender, pickers } = options;
  const report = options.logError ?? ((channel, details) => console.error(`[router] ${channel}: ${details}`));
  const logError = (channel: string, error: unknown) => report(channel, describe(error));
  const trusted = (url: unknown) => {
    try {
      return typeof url === 'string' && isTrustedSender(url);
    } catch {
      return false;
    }
  };

  /**
   * The handler's context. Its ServiceContext is built once, on first use, over
   * the same handle: the transaction, or the live database for channels that
   * run without one. A call without a session has none.
   */
  function contextFor(session: Session | null, db: () => WriteDb): HandlerContext {
    let service: ServiceContext | undefined;
    return {
      installation,
      backup,
      clock,
      pickers,
      session,
      get db() {
        return db();
      },
      get service() {
        if (!session) throw new Error('handler needs a session');
        service ??= { db: db(), clock, user: { id: session.userId, role: session.role } };
        return service;
      },
    };
  }

  async function audit(
    name: Channel,
    def: HandlerDef<Channel>,
    outcome: Outcome,
    input: unknown,
    output: unknown,
    sessionBefore: Session | null,
    inputParsed: boolean,
  ): Promise<void> {
    if (!def.audit && outcome === 'ok') return;
    // After a lock the session is gone; after an unlock it has just begun.
    const session = installation.session ?? sessionBefore;
    // An entity id comes only from parsed input: raw input could carry any text (a name, an identity number).
    const entityId =
      inputParsed && def.audit?.entityId
        ? safeEntityId(() => def.audit?.entityId?.(input as never, output as never))
        : null;
    const userId = session?.userId ?? usernameUserId(input);
    const entry = {
      at: clock.now().toISOString(),
      userId,
      role: session?.role ?? null,
      channel: name,
      entityType: def.audit?.entityType ?? null,
      entityId,
      outcome,
    };
    try {
      await installation.audit(entry);
    } catch (error) {
      // Never dropped: the entry waits in the locked queue (as failed: the call fails) and joins the chain at the next unlock.
      installation.queueAudit({ ...entry, outcome: outcome === 'ok' ? 'failed' : outcome });
      throw error;
    }
  }

  function usernameUserId(input: unknown): number | null {
    const username = (input as { username?: unknown } | null)?.username;
    return typeof username === 'string' ? installation.userIdFor(username.trim().toLowerCase()) : null;
  }

  async function invoke(name: string, rawInput: unknown, caller: CallerInfo): Promise<Envelope<unknown>> {
    try {
      return await route(name, rawInput, caller);
    } catch (error) {
      // Last line of defence (e.g. an input whose getters throw while parsed): nothing throws across the boundary.
      logError(String(name), error);
      return fail(toError('internal'));
    }
  }

  async function route(name: string, rawInput: unknown, caller: CallerInfo): Promise<Envelope<unknown>> {
    if (!trusted(caller?.senderUrl)) return fail(toError('untrustedSender'));
    if (!isChannel(name)) return fail(toError('unknownChannel'));
    const spec = contract[name];
    const def = handlers[name] as HandlerDef<Channel>;

    if (spec.access.kind === 'session') {
      const session = installation.session;
      if (!session) {
        await safeAudit(name, def, 'denied', rawInput, undefined, null, false);
        return fail(toError('locked'));
      }
      if (!spec.access.roles.includes(session.role)) {
        await safeAudit(name, def, 'denied', rawInput, undefined, null, false);
        return fail(toError('forbidden'));
      }
      if (session.mustChangePassword && !spec.access.whilePasswordChangeRequired) {
        return fail(toError('passwordChangeRequired'));
      }
    }

    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      await safeAudit(name, def, 'invalid', rawInput, undefined, null, false);
      return fail(toError('validation', { fields: fieldsFromIssues(parsed.error.issues, rawInput) }));
    }
    const input = parsed.data;

    // The user, fixed for the whole call: a lock half-way must not turn it anonymous.
    const sessionAtStart = installation.session;
    try {
      let output: unknown;
      if (spec.access.kind === 'session' && def.transaction !== false) {
        output = await installation.withKeyringAfterCommit(() =>
          installation.db.transaction().execute(async (trx) => {
            const ctx = contextFor(sessionAtStart, () => trx);
            const result = spec.output.parse(await def.run(ctx, input as never));
            // Locked while the handler ran: the connection is closed, nothing may commit.
            if (sessionAtStart && installation.session?.userId !== sessionAtStart.userId)
              throw new AppFailure('locked');
            if (def.audit) {
              const session = sessionAtStart;
              await appendAudit(trx, {
                at: clock.now().toISOString(),
                userId: session?.userId ?? null,
                role: session?.role ?? null,
                channel: name,
                entityType: def.audit.entityType,
                entityId: safeEntityId(() => def.audit?.entityId?.(input as never, result as never)),
                outcome: 'ok',
              });
            }
            return result;
          }),
        );
      } else {
        const sessionBefore = installation.session;
        const ctx = contextFor(sessionBefore, () => installation.db);
        output = spec.output.parse(await def.run(ctx, input as never));
        if (!(await safeAudit(name, def, 'ok', input, output, sessionBefore))) {
          // An action the log cannot record fails; a sign-in it could not record is undone.
          if (!sessionBefore && installation.session) await installation.lock();
          return fail(toError('audit.writeFailed'));
        }
      }
      return ok(output);
    } catch (error) {
      if (isAppFailure(error)) {
        await safeAudit(
          name,
          def,
          deniedCodes.has(error.code) ? 'denied' : 'failed',
          input,
          undefined,
          sessionAtStart,
        );
        return fail(toError(error.code, error.details));
      }
      // A session call whose database was closed under it by a lock: say so plainly.
      if (spec.access.kind === 'session' && !installation.session) {
        await safeAudit(name, def, 'failed', input, undefined, sessionAtStart);
        return fail(toError('locked'));
      }
      logError(name, error);
      await safeAudit(name, def, 'failed', input, undefined, sessionAtStart);
      return fail(toError('internal'));
    }
  }

  async function safeAudit(
    name: Channel,
    def: HandlerDef<Channel>,
    outcome: Outcome,
    input: unknown,
    output: unknown,
    sessionBefore: Session | null = null,
    inputParsed = true,
  ): Promise<boolean> {
    try {
      await audit(name, def, outcome, input, output, sessionBefore, inputParsed);
      return true;
    } catch (error) {
      logError(`${name} (audit)`, error);
      return false;
    }
  }

  return { invoke };
}

function safeEntityId(get: () => string | number | null | undefined): string | null {
  try {
    const value = get();
    return value === null || value === undefined ? null : String(value);
  } catch {
    return null;
  }
}

/** Error name and stack frames only: messages can quote data, so they stay out of logs. */
function describe(error: unknown): string {
  if (error instanceof AppFailure) return error.code;
  if (error instanceof Error) {
    const frames = (error.stack ?? '').split('\n').slice(1, 6).join('\n');
    return `${error.name}${'code' in error ? ` (${String((error as { code: unknown }).code)})` : ''}\n${frames}`;
  }
  return typeof error;
}

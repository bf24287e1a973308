// The command line: the same services as the window, for IT administrators
// and scheduled tasks. Returns the exit code (see exit-codes.ts).
import { message, type Language } from '../../shared/i18n/messages';
import { isAppFailure } from '../base/app-error';
import { CliContext, type CliIo, UsageError } from './cli-context';
import { auditVerify } from './commands/audit-verify';
import { backupCreate } from './commands/backup-create';
import { backupKeygen } from './commands/backup-keygen';
import { backupRestore } from './commands/backup-restore';
import { backupVerify } from './commands/backup-verify';
import { exchangeCommands } from './commands/exchange';
import { seedCommand } from './commands/seed';
import { exitCodeFor, exitCodes, type ExitCode } from './exit-codes';

type Command = (args: string[], ctx: CliContext) => Promise<ExitCode | void>;

const commands: Record<string, Command> = {
  'backup create': backupCreate,
  'backup verify': backupVerify,
  'backup restore': backupRestore,
  'backup keygen': backupKeygen,
  'audit verify': auditVerify,
  seed: seedCommand,
  ...exchangeCommands,
};

/** Takes `--lang` out of the arguments (it may stand anywhere). */
function takeLanguage(args: string[]): { lang: Language; rest: string[] } {
  const rest: string[] = [];
  let lang: Language = 'sv';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : args[++i];
      if (value === 'en' || value === 'sv') lang = value;
      continue;
    }
    rest.push(arg);
  }
  return { lang, rest };
}

export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const { lang, rest } = takeLanguage(argv);
  const ctx = new CliContext(io, lang);
  if (rest.length === 0 || rest.includes('--help') || rest.includes('-h')) {
    ctx.out(ctx.text.usage);
    return rest.length === 0 ? exitCodes.usage : exitCodes.ok;
  }
  const name = [`${rest[0]} ${rest[1] ?? ''}`.trim(), rest[0]!].find((n) => Object.hasOwn(commands, n));
  if (!name) {
    ctx.err(ctx.text.unknownCommand);
    return exitCodes.usage;
  }
  try {
    const code = await commands[name]!(rest.slice(name.split(' ').length), ctx);
    return code ?? exitCodes.ok;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      ctx.err(error.message);
      return exitCodes.usage;
    }
    if (isAppFailure(error)) {
      ctx.err(message(error.code, lang));
      return exitCodeFor(error.code);
    }
    // Unexpected: the name only, messages can quote data.
    ctx.err(`${message('internal', lang)} (${error instanceof Error ? error.name : typeof error})`);
    return exitCodes.other;
  }
}

// IPC handlers for import from Excel and CSV (see src/shared/ipc/import.ts).
// The file is picked and read here; a user may import only the kinds whose
// form they may save. The commit is audited as one entry whose id holds only
// the kind and the counts.
import type { ImportKind } from '../../../shared/import/fields';
import { contract } from '../../../shared/ipc/contract';
import type { Session } from '../../../shared/ipc/installation';
import { AppFailure } from '../../base/app-error';
import { today } from '../../context/service-context';
import { commitImport } from '../../import/import-commit';
import { openImportFile, saveMapping } from '../../import/import-open';
import { previewImport } from '../../import/import-preview';
import { closeSession, getSession } from '../../import/import-sessions';
import { writeSkippedCsv } from '../../import/skipped-csv';
import { handler, type HandlerContext } from '../handler-def';
import type { ReadDb } from '../../db/handles';

const formOf: Record<ImportKind, 'organisations:create' | 'children:create' | 'enrolments:create'> = {
  organisations: 'organisations:create',
  children: 'children:create',
  waitingList: 'enrolments:create',
};

function user(ctx: { session: Session | null }): Session {
  if (!ctx.session) throw new AppFailure('locked');
  return ctx.session;
}

/** The same roles as the form that creates one record of the kind. */
function requireFormRole(session: Session, kind: ImportKind): void {
  const access = contract[formOf[kind]].access;
  if (access.kind === 'session' && !access.roles.includes(session.role)) throw new AppFailure('forbidden');
}

/**
 * What keeps the open files: the database handle of this unlock. A lock closes
 * it, so a file opened before is gone for good (and its memory with the handle).
 */
const owner = (ctx: { installation: { db: object } }): object => ctx.installation.db;

function sessionOf(ctx: HandlerContext<ReadDb>, id: string) {
  const session = getSession(owner(ctx), id, user(ctx).userId);
  requireFormRole(user(ctx), session.kind);
  return session;
}

export const importHandlers = {
  'import:open': handler('import:open', {
    // No transaction: the dialog may stay open for minutes.
    transaction: false,
    run: async (ctx, input) => {
      const session = user(ctx);
      requireFormRole(session, input.kind);
      const path = await ctx.pickers.chooseFile('importFile');
      if (path === null) return null;
      const opened = await openImportFile(ctx.db, owner(ctx), {
        ...input,
        userId: session.userId,
        path,
      });
      return {
        sessionId: opened.session.id,
        fileName: opened.session.fileName,
        headers: opened.session.headers,
        headerLine: opened.headerLine,
        rowCount: opened.rowCount,
        suggested: opened.suggested,
      };
    },
    audit: { entityType: 'import', entityId: (input) => input.kind },
  }),
  'import:preview': handler('import:preview', {
    run: async (ctx, input) => previewImport(ctx.service, sessionOf(ctx, input.sessionId), input.mapping),
    audit: { entityType: 'import' },
  }),
  'import:progress': handler('import:progress', {
    transaction: false,
    run: async (ctx, input) => ({ ...sessionOf(ctx, input.sessionId).progress }),
    audit: null,
  }),
  'import:cancel': handler('import:cancel', {
    transaction: false,
    run: async (ctx, input) => {
      sessionOf(ctx, input.sessionId).controller.abort();
      return null;
    },
    audit: null,
  }),
  'import:commit': handler('import:commit', {
    run: async (ctx, input) => {
      const session = sessionOf(ctx, input.sessionId);
      const mapping = session.mapping;
      const result = await commitImport(ctx.service, session, new Set(input.leftOut));
      if (mapping) await saveMapping(ctx.db, session, mapping);
      return result;
    },
    // Counts only: never a name or a number from the file.
    audit: {
      entityType: 'import',
      entityId: (_input, output) =>
        output ? `${output.kind}: ${output.created} skapade, ${output.skipped.length} ej importerade` : null,
    },
  }),
  'import:exportSkipped': handler('import:exportSkipped', {
    transaction: false,
    run: async (ctx, input) => {
      const session = sessionOf(ctx, input.sessionId);
      if (!session.skipped || session.skipped.length === 0) throw new AppFailure('import.nothingSkipped');
      const folder = await ctx.pickers.chooseFolder('exportFolder');
      if (folder === null) return { fileName: null };
      return { fileName: writeSkippedCsv(session, folder, today(ctx.service)) };
    },
    audit: { entityType: 'import' },
  }),
  'import:close': handler('import:close', {
    transaction: false,
    run: async (ctx, input) => {
      closeSession(owner(ctx), input.sessionId, user(ctx).userId);
      return null;
    },
    audit: null,
  }),
};

// Saving a checked file: every valid row the user did not leave out, through
// the same service paths as the forms, inside the caller's one transaction
// (the router's, with its one audit entry): all rows or none. A cancel or any
// row the services refuse rolls the whole file back.
import type { RowData, RowProblem } from '../../shared/import/row-input';
import { message } from '../../shared/i18n/messages';
import { AppFailure, isAppFailure } from '../base/app-error';
import { importChildren } from '../children/child-import';
import type { ServiceContext } from '../context/service-context';
import { importOrganisations } from '../organisations/organisation-import';
import { createEnrolment } from '../support-groups/enrolment-service';
import { childIdsByIdentityNumber } from './import-repository';
import { beginStep, inSteps, type CheckedRow, type ImportSession } from './import-sessions';

export interface CommitResult {
  kind: ImportSession['kind'];
  created: number;
  skipped: { line: number; problems: RowProblem[] }[];
}

const batchSize = 500;
const leftOutProblem: RowProblem = { field: null, code: 'import.leftOut' };

/** The row a service refused: the whole import fails, naming the row's line and the rule's reason. */
function rowFailed(row: CheckedRow, error: unknown): never {
  if (!isAppFailure(error)) throw error;
  const reason = Object.values(error.details.fields ?? {})[0] ?? error.code;
  throw new AppFailure('import.rowRefused', {
    params: { line: String(row.line), reason: message(reason, 'sv', error.details.params) },
    fields: error.details.fields ?? {},
  });
}

async function saveRows(
  ctx: ServiceContext,
  session: ImportSession,
  signal: AbortSignal,
  rows: CheckedRow[],
): Promise<void> {
  const data = (row: CheckedRow): RowData => {
    if (!row.data) throw new Error('unchecked row');
    return row.data;
  };
  if (session.kind === 'organisations') {
    const list = rows.map((r) => {
      const d = data(r);
      if (d.kind !== 'organisations') throw new Error('wrong kind');
      return d.data;
    });
    // One batched insert (the seeding path); duplicates were found in the preview and are checked again here.
    await inSteps(
      session,
      signal,
      [list],
      async (all) => {
        await importOrganisations(ctx, all);
        session.progress.done = all.length;
      },
      1,
    );
    return;
  }
  if (session.kind === 'children') {
    // Batches of a few hundred: progress and cancel between them, one transaction around all.
    const batches = Array.from({ length: Math.ceil(rows.length / batchSize) }, (_, b) =>
      rows.slice(b * batchSize, (b + 1) * batchSize),
    );
    await inSteps(
      session,
      signal,
      batches,
      async (batch) => {
        const list = batch.map((row) => {
          const d = data(row);
          if (d.kind !== 'children') throw new Error('wrong kind');
          return d.data;
        });
        await importChildren(ctx, list, (i, error) => rowFailed(batch[i] as CheckedRow, error));
        session.progress.done += batch.length;
      },
      1,
    );
    return;
  }
  const programmeId = session.programmeId;
  if (programmeId === null) throw new AppFailure('import.programmeRequired');
  const ids = await childIdsByIdentityNumber(
    ctx.db,
    rows.map((r) => (r.data?.kind === 'waitingList' ? r.data.data.identityNumber : '')),
  );
  await inSteps(session, signal, rows, async (row) => {
    const d = data(row);
    if (d.kind !== 'waitingList') throw new Error('wrong kind');
    const childId = ids.get(d.data.identityNumber);
    if (childId === undefined)
      rowFailed(row, new AppFailure('validation', { fields: { identityNumber: 'import.childNotFound' } }));
    await createEnrolment(ctx, {
      childId,
      programmeId,
      groupId: null,
      status: 'waitlisted',
      referredOn: d.data.referredOn,
      ageOverrideReason: '',
      otherMunicipality: d.data.otherMunicipality,
    }).catch((error: unknown) => rowFailed(row, error));
  });
}

export async function commitImport(
  ctx: ServiceContext,
  session: ImportSession,
  leftOut: ReadonlySet<number>,
): Promise<CommitResult> {
  const checked = session.checked;
  if (!checked) throw new AppFailure('import.previewFirst');
  const toSave = checked.filter((r) => r.data !== null && !leftOut.has(r.line));
  const skipped = checked
    .filter((r) => r.data === null || leftOut.has(r.line))
    .map((r) => ({
      index: r.index,
      line: r.line,
      problems: r.data === null ? r.problems : [leftOutProblem],
    }));
  if (toSave.length === 0) throw new AppFailure('import.nothingToSave');
  const signal = beginStep(session, 'saving', toSave.length);
  try {
    await saveRows(ctx, session, signal, toSave);
  } finally {
    session.progress = { phase: 'idle', done: 0, total: 0 };
  }
  // Saved: a second commit of the same check would only meet its own rows as duplicates.
  session.checked = null;
  session.skipped = skipped;
  return {
    kind: session.kind,
    created: toSave.length,
    skipped: skipped.map(({ line, problems }) => ({ line, problems })),
  };
}

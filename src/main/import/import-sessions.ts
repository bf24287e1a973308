// The files being imported, held in main between the dialog and the commit:
// the table read from the file, the mapping, the checked rows and the
// progress of the running step. Kept per unlock (keyed by the database handle
// the unlock opened, so a lock drops them), one per user at a time (opening a
// file discards the previous one), gone after an hour unused or when the user
// closes the import.
import { randomUUID } from 'node:crypto';
import type { ImportKind } from '../../shared/import/fields';
import type { ColumnMapping } from '../../shared/import/mapping';
import type { RowData, RowProblem } from '../../shared/import/row-input';
import type { ImportProgress } from '../../shared/ipc/import';
import { AppFailure } from '../base/app-error';
import type { Table } from './read-table';

export interface CheckedRow {
  /** Index into the table's rows. */
  index: number;
  /** 1-based line in the file. */
  line: number;
  cells: Record<string, string>;
  problems: RowProblem[];
  /** The validated form data; absent when the row has problems. */
  data: RowData | null;
}

export interface ImportSession {
  id: string;
  userId: number;
  kind: ImportKind;
  programmeId: number | null;
  fileName: string;
  table: Table;
  headerIndex: number;
  headers: string[];
  mapping: ColumnMapping | null;
  checked: CheckedRow[] | null;
  /** After a commit: the rows not saved, with why. */
  skipped: { index: number; line: number; problems: RowProblem[] }[] | null;
  progress: ImportProgress;
  controller: AbortController;
  lastUsed: number;
}

const idleMs = 60 * 60 * 1000;
const stores = new WeakMap<object, Map<string, ImportSession>>();

function storeFor(owner: object): Map<string, ImportSession> {
  let store = stores.get(owner);
  if (!store) {
    store = new Map();
    stores.set(owner, store);
  }
  const now = Date.now();
  for (const [id, s] of store) if (now - s.lastUsed > idleMs) store.delete(id);
  return store;
}

export function openSession(
  owner: object,
  init: Omit<
    ImportSession,
    'id' | 'mapping' | 'checked' | 'skipped' | 'progress' | 'controller' | 'lastUsed'
  >,
): ImportSession {
  const store = storeFor(owner);
  for (const [id, s] of store) if (s.userId === init.userId) store.delete(id);
  const session: ImportSession = {
    ...init,
    id: randomUUID(),
    mapping: null,
    checked: null,
    skipped: null,
    progress: { phase: 'idle', done: 0, total: 0 },
    controller: new AbortController(),
    lastUsed: Date.now(),
  };
  store.set(session.id, session);
  return session;
}

/** The user's own session; another user's is as gone as an expired one. */
export function getSession(owner: object, id: string, userId: number): ImportSession {
  const session = storeFor(owner).get(id);
  if (!session || session.userId !== userId) throw new AppFailure('import.sessionGone');
  session.lastUsed = Date.now();
  return session;
}

export function closeSession(owner: object, id: string, userId: number): void {
  const store = storeFor(owner);
  if (store.get(id)?.userId === userId) store.delete(id);
}

/** A fresh signal for the step about to run (a cancel ends only the running step). */
export function beginStep(
  session: ImportSession,
  phase: ImportProgress['phase'],
  total: number,
): AbortSignal {
  session.controller = new AbortController();
  session.progress = { phase, done: 0, total };
  return session.controller.signal;
}

const chunk = 250;

/**
 * Runs `work` over the items, yielding to the event loop every few rows so
 * progress and cancel calls are answered; a cancel throws `import.cancelled`.
 */
export async function inSteps<T>(
  session: ImportSession,
  signal: AbortSignal,
  items: readonly T[],
  work: (item: T, i: number) => Promise<void> | void,
  /** Items between yields; 1 for batches that report their own progress. */
  every = chunk,
): Promise<void> {
  const own = every === 1;
  for (let i = 0; i < items.length; i++) {
    if (i % every === 0) {
      if (!own) session.progress.done = i;
      await new Promise((resolve) => setImmediate(resolve));
      if (signal.aborted) throw new AppFailure('import.cancelled');
    }
    await work(items[i] as T, i);
  }
  if (!own) session.progress.done = items.length;
  if (signal.aborted) throw new AppFailure('import.cancelled');
}

// Every server call of the import screen, in one hook (so the query layer can
// take it over in one place). The file is chosen and read in main; this holds
// only what main answered: column names, the mapping, the checked rows, the
// rows left out, and the summary. A running check or save is followed with
// import:progress and can be cancelled.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { ImportKind } from '../../../../shared/import/fields';
import type { ColumnMapping } from '../../../../shared/import/mapping';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { ImportProgress } from '../../../../shared/ipc/import';
import { runApi } from '../../data/use-api-mutation';

export type Opened = NonNullable<ChannelOutput<'import:open'>>;
export type Preview = ChannelOutput<'import:preview'>;
export type Committed = ChannelOutput<'import:commit'>;
type Programme = ChannelOutput<'programmes:list'>[number];
type Busy = 'open' | 'preview' | 'commit' | 'export' | null;

const pollMs = 200;

export function useImport(kind: ImportKind) {
  const [programmes, setProgrammes] = useState<Programme[]>([]);
  const [programmeId, setProgrammeId] = useState<number | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [leftOut, setLeftOut] = useState<ReadonlySet<number>>(new Set());
  const [committed, setCommitted] = useState<Committed | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const session = useRef<string | null>(null);

  useEffect(() => {
    if (kind !== 'waitingList') return;
    void runApi('programmes:list', {}).then((r) => {
      if (r.ok) setProgrammes(r.value);
    });
  }, [kind]);

  // The file stays open in main until the screen is left.
  useEffect(
    () => () => {
      const id = session.current;
      if (id) void runApi('import:close', { sessionId: id });
    },
    [],
  );

  /** Runs a call while polling its progress. */
  const withProgress = useCallback(async <T>(what: Busy, run: () => Promise<T>): Promise<T> => {
    setBusy(what);
    setError(null);
    const id = session.current;
    const timer = id
      ? setInterval(() => {
          void runApi('import:progress', { sessionId: id }).then((r) => {
            if (r.ok) setProgress(r.value);
          });
        }, pollMs)
      : null;
    try {
      return await run();
    } finally {
      if (timer) clearInterval(timer);
      setProgress(null);
      setBusy(null);
    }
  }, []);

  const chooseFile = useCallback(async () => {
    const result = await withProgress('open', () =>
      runApi('import:open', { kind, programmeId: kind === 'waitingList' ? programmeId : null }),
    );
    if (!result.ok) return setError(result.error);
    if (result.value === null) return;
    if (session.current) void runApi('import:close', { sessionId: session.current! });
    session.current = result.value.sessionId;
    setOpened(result.value);
    setMapping(result.value.suggested);
    setPreview(null);
    setCommitted(null);
    setExported(null);
    setLeftOut(new Set());
  }, [kind, programmeId, withProgress]);

  const check = useCallback(async () => {
    const id = session.current;
    if (!id) return;
    const result = await withProgress('preview', () => runApi('import:preview', { sessionId: id, mapping }));
    if (!result.ok) return setError(result.error);
    setPreview(result.value);
    setLeftOut(new Set());
  }, [mapping, withProgress]);

  const commit = useCallback(async () => {
    const id = session.current;
    if (!id) return;
    const result = await withProgress('commit', () =>
      runApi('import:commit', { sessionId: id, leftOut: [...leftOut] }),
    );
    if (!result.ok) return setError(result.error);
    setCommitted(result.value);
  }, [leftOut, withProgress]);

  const cancel = useCallback(async () => {
    const id = session.current;
    if (id) await runApi('import:cancel', { sessionId: id });
  }, []);

  const exportSkipped = useCallback(async () => {
    const id = session.current;
    if (!id) return;
    const result = await withProgress('export', () => runApi('import:exportSkipped', { sessionId: id }));
    if (!result.ok) return setError(result.error);
    if (result.value.fileName) setExported(result.value.fileName);
  }, [withProgress]);

  const toggleRow = useCallback((line: number, include: boolean) => {
    setLeftOut((current) => {
      const next = new Set(current);
      if (include) next.delete(line);
      else next.add(line);
      return next;
    });
  }, []);

  const setColumn = useCallback((field: string, column: number | null) => {
    setMapping((current) => ({ ...current, [field]: column }));
    // A changed mapping needs a new check.
    setPreview(null);
  }, []);

  const startOver = useCallback(() => {
    setOpened(null);
    setPreview(null);
    setCommitted(null);
    setExported(null);
    setError(null);
  }, []);

  return {
    programmes,
    programmeId,
    setProgrammeId,
    opened,
    mapping,
    setColumn,
    preview,
    leftOut,
    toggleRow,
    committed,
    exported,
    busy,
    progress,
    error,
    chooseFile,
    check,
    commit,
    cancel,
    exportSkipped,
    startOver,
  };
}
export type ImportState = ReturnType<typeof useImport>;

// Every server call of the attachments panel (issue 14), in one place so the
// data layer can take it over: the record's list, adding a file picked in
// main's dialog, saving a copy into a folder picked the same way, and
// removing. The bytes never come to the renderer: main reads and writes them.
import { useCallback, useEffect, useState } from 'react';
import type { AppError, Envelope } from '../../../../shared/envelope';
import type { Attachment, AttachmentRecord } from '../../../../shared/ipc/attachments';
import { runApi } from '../../data/use-api-mutation';

interface State {
  items: Attachment[];
  mayChange: boolean;
  loading: boolean;
  error: AppError | null;
}

/** What an action ended in: done (with a value), cancelled in the dialog, or refused. */
export type Outcome<T> =
  { kind: 'done'; value: T } | { kind: 'cancelled' } | { kind: 'failed'; error: AppError };

async function picked(purpose: 'attachmentFile' | 'attachmentFolder'): Promise<Envelope<string | null>> {
  const result =
    purpose === 'attachmentFile'
      ? await runApi('files:chooseFile', { purpose })
      : await runApi('files:chooseFolder', { purpose });
  return result.ok ? { ok: true, value: result.value.path } : result;
}

async function withPick<T>(
  purpose: 'attachmentFile' | 'attachmentFolder',
  run: (path: string) => Promise<Envelope<T>>,
): Promise<Outcome<T>> {
  const path = await picked(purpose);
  if (!path.ok) return { kind: 'failed', error: path.error };
  if (path.value === null) return { kind: 'cancelled' };
  const result = await run(path.value);
  return result.ok ? { kind: 'done', value: result.value } : { kind: 'failed', error: result.error };
}

export function useAttachments(record: AttachmentRecord) {
  const { kind, id } = record;
  const [state, setState] = useState<State>({ items: [], mayChange: false, loading: true, error: null });

  const reload = useCallback(async () => {
    const result = await runApi('attachments:list', { record: { kind, id } });
    setState((s) =>
      result.ok
        ? { items: result.value.items, mayChange: result.value.mayChange, loading: false, error: null }
        : { ...s, loading: false, error: result.error },
    );
  }, [kind, id]);

  useEffect(() => {
    setState({ items: [], mayChange: false, loading: true, error: null });
    void reload();
  }, [reload]);

  const add = useCallback(async (): Promise<Outcome<Attachment>> => {
    const outcome = await withPick('attachmentFile', (path) =>
      runApi('attachments:add', { record: { kind, id }, path }),
    );
    if (outcome.kind === 'done') await reload();
    return outcome;
  }, [kind, id, reload]);

  const saveCopy = useCallback(
    (attachmentId: number): Promise<Outcome<{ fileName: string }>> =>
      withPick('attachmentFolder', (folder) => runApi('attachments:saveCopy', { id: attachmentId, folder })),
    [],
  );

  const view = useCallback((attachmentId: number) => runApi('attachments:view', { id: attachmentId }), []);

  const remove = useCallback(
    async (attachmentId: number): Promise<Envelope<unknown>> => {
      const result = await runApi('attachments:remove', { id: attachmentId, confirmed: true });
      if (result.ok) await reload();
      return result;
    },
    [reload],
  );

  return { ...state, add, saveCopy, view, remove };
}

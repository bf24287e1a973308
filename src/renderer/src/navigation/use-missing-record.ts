import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { AppError } from '../../../shared/envelope';
import { pathOf, type Route } from './routes';

/**
 * A record page whose record main no longer has (erased, deleted) or will not
 * show this user (after another user unlocked) gives way to its list, in place
 * of the page in history and with no error: the user is where they were as
 * far as still possible. `error` is the store's answer for the record `id`;
 * an error already there when `id` was opened belongs to an earlier record.
 */
export function useLeaveMissingRecord(id: number | null, error: AppError | null, list: Route): void {
  const navigate = useNavigate();
  const listPath = pathOf(list);
  const opened = useRef<{ id: number | null; error: AppError | null } | null>(null);
  useEffect(() => {
    if (opened.current?.id !== id) {
      opened.current = { id, error };
      return;
    }
    if (id === null || !error || error === opened.current.error) return;
    if (error.code === 'notFound' || error.code === 'forbidden') void navigate(listPath, { replace: true });
  }, [id, error, listPath, navigate]);
}

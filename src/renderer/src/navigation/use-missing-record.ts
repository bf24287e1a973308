import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { AppError } from '../../../shared/envelope';
import { pathOf, type Route } from './routes';

/**
 * A record page whose record main no longer has (erased, deleted) or will not
 * show this user (after another user unlocked) gives way to its list, in place
 * of the page in history and with no error: the user is where they were as
 * far as still possible.
 */
export function useLeaveMissingRecord(error: AppError | null, list: Route): void {
  const navigate = useNavigate();
  const code = error?.code;
  const listPath = pathOf(list);
  useEffect(() => {
    if (code === 'notFound' || code === 'forbidden') void navigate(listPath, { replace: true });
  }, [code, listPath, navigate]);
}

// A refused or failed call as the cache carries it: TanStack Query treats a
// thrown error as the query's error, so the envelope's AppError travels inside.
import type { AppError } from '../../../shared/envelope';

export class ApiFailure extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'ApiFailure';
  }
}

/** The AppError behind a query's error, for ErrorAlert; null when there is none. */
export function appErrorOf(error: unknown): AppError | null {
  if (error instanceof ApiFailure) return error.appError;
  if (error) return { code: 'internal', message: '' };
  return null;
}
